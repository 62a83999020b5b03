import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { cardSvg } from '../../../src/images/card.ts';
import { palettePng } from '../../../src/images/palette-png.ts';
import { publicationSvg } from '../../../src/images/publication.ts';
import { draw, FONT_FAMILY, fontFiles } from '../../../src/images/raster.ts';
import { unitsChart, unitsText } from './fixtures.ts';
import { decodePng } from './png-decode.ts';

/** resvg's rendering of an SVG, as the engine draws it: its pixels and its own RGBA PNG (the reference). */
function resvg(svg: string, width: number) {
  const r = new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false, fontFiles: fontFiles(), defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY } });
  const image = r.render();
  return { pixels: image.pixels, width: image.width, height: image.height, png: image.asPng() };
}

/** The two PNGs hold exactly the same RGBA pixels. */
function expectSamePixels(a: Uint8Array, b: Uint8Array) {
  const da = decodePng(a);
  const db = decodePng(b);
  expect([da.width, da.height]).toEqual([db.width, db.height]);
  expect(Buffer.compare(Buffer.from(da.rgba), Buffer.from(db.rgba))).toBe(0);
}

const chart = unitsChart;
const pub = publicationSvg(chart.wide, unitsText);
const card = cardSvg({ lang: 'en', kicker: 'Chart · Units', title: 'IKM business units by province', chartSvg: chart.wide, footer: 'Source: BPS, via Kontan, 3 November 2019', brand: 'Atlas IKM' });

/** 256 one-pixel columns of one colour at every opacity 0/255 … 255/255, on nothing (transparent). */
const everyAlpha = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="2" viewBox="0 0 256 2">${Array.from({ length: 256 }, (_, i) => `<rect x="${i}" width="1" height="2" fill="#c86433" fill-opacity="${(i / 255).toFixed(4)}"/>`).join('')}</svg>`;
/** A smooth gradient in two directions: thousands of colours. */
const gradient = `<svg xmlns="http://www.w3.org/2000/svg" width="300" height="300"><defs><linearGradient id="g" x2="1" y2="1"><stop offset="0" stop-color="#ff0000"/><stop offset="1" stop-color="#0000ff"/></linearGradient></defs><rect width="300" height="300" fill="url(#g)"/></svg>`;

describe('palette PNG', () => {
  it('holds exactly the pixels of resvg’s PNG for a real publication image, at 1× and 2×', () => {
    for (const width of [1200, 2400]) {
      const r = resvg(pub, width);
      const p = palettePng(r.pixels, r.width, r.height);
      expect(p, `${width} px fits a palette`).toBeDefined();
      expect(decodePng(p!).colourType).toBe(3);
      expectSamePixels(p!, r.png);
      expect(p!.length).toBeLessThan(r.png.length);
    }
  });

  it('holds exactly the pixels of resvg’s PNG for a social card with a chart, and the engine uses it', () => {
    const r = resvg(card, 1200);
    const d = draw(card, 1200);
    expect(d.encoder).toBe('palette');
    expect(decodePng(d.png).colourType).toBe(3);
    expectSamePixels(d.png, r.png);
  });

  it('an opaque image has PLTE and no tRNS; the chunks are in the order the spec asks', () => {
    const r = resvg(pub, 1200);
    expect(decodePng(palettePng(r.pixels, r.width, r.height)!).chunks).toEqual(['IHDR', 'PLTE', 'IDAT', 'IEND']);
  });

  it('a translucent image has tRNS, and its straight colours match resvg’s at every alpha value', () => {
    const r = resvg(everyAlpha, 256);
    const p = palettePng(r.pixels, r.width, r.height);
    expect(p).toBeDefined();
    const d = decodePng(p!);
    expect(d.chunks).toEqual(['IHDR', 'PLTE', 'tRNS', 'IDAT', 'IEND']);
    expect(new Set(Array.from({ length: 256 }, (_, i) => d.rgba[i * 4 + 3])).size).toBeGreaterThan(250); // (nearly) every alpha is there
    expectSamePixels(p!, r.png);
  });

  it('falls back to resvg’s RGBA PNG, byte for byte, when an image has more than 256 colours', () => {
    const r = resvg(gradient, 300);
    expect(new Set(new Uint32Array(new Uint8Array(r.pixels).buffer)).size).toBeGreaterThan(256);
    expect(palettePng(r.pixels, r.width, r.height)).toBeUndefined();
    const d = draw(gradient, 300);
    expect(d.encoder).toBe('rgba');
    expect(Buffer.compare(d.png, r.png)).toBe(0);
  });

  it('is deterministic: the same pixels give the same bytes, wherever they lie in memory', () => {
    const r = resvg(card, 1200);
    const a = palettePng(r.pixels, r.width, r.height)!;
    expect(Buffer.compare(a, palettePng(new Uint8Array(r.pixels), r.width, r.height)!)).toBe(0);
    // The same pixels at an odd offset in a larger buffer (not 4-byte aligned).
    const shifted = new Uint8Array(r.pixels.length + 1);
    shifted.set(r.pixels, 1);
    expect(Buffer.compare(a, palettePng(shifted.subarray(1), r.width, r.height)!)).toBe(0);
    expect(Buffer.compare(draw(card, 1200).png, draw(card, 1200).png)).toBe(0);
  });

  it('orders the palette by first occurrence, row by row', () => {
    // 3 × 2 pixels (opaque, so premultiplied = straight): blue, white, blue / red, white, red.
    const [blue, white, red] = [
      [0, 0, 255, 255],
      [255, 255, 255, 255],
      [255, 0, 0, 255],
    ];
    const p = palettePng(new Uint8Array([blue, white, blue, red, white, red].flat()), 3, 2)!;
    const b = Buffer.from(p);
    const at = b.indexOf('PLTE');
    expect(b.readUInt32BE(at - 4)).toBe(9);
    expect([...b.subarray(at + 4, at + 13)]).toEqual([0, 0, 255, 255, 255, 255, 255, 0, 0]);
    expect(Array.from(decodePng(p).rgba)).toEqual([blue, white, blue, red, white, red].flat());
  });

  it('refuses pixels that do not match the size', () => {
    expect(() => palettePng(new Uint8Array(10), 2, 2)).toThrow();
  });
});
