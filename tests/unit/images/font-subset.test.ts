import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { makeSubset } from '../../../scripts/lib/font-subset.ts';
import { renderChart } from '../../../src/charts/index.ts';
import { cardSvg } from '../../../src/images/card.ts';
import { FONT_FILES, subsetCovers, subsetText } from '../../../src/images/font-subset.ts';
import { publicationSvg } from '../../../src/images/publication.ts';
import { draw, FONT_FAMILY, fontFiles, fontFilesFor } from '../../../src/images/raster.ts';
import { idCount, input, tenBars } from '../charts/fixtures.ts';
import { decodePng } from './png-decode.ts';

const fontDir = join(import.meta.dirname, '../../../src/images/fonts');
const subsetFiles = FONT_FILES.map((f) => join(fontDir, f.subset));

/** resvg's pixels of an SVG drawn with the given font files. */
const pixels = (svg: string, width: number, fonts: string[]) =>
  new Resvg(svg, { fitTo: { mode: 'width', value: width }, font: { loadSystemFonts: false, fontFiles: fonts, defaultFontFamily: FONT_FAMILY, sansSerifFamily: FONT_FAMILY } }).render().pixels;

const chart = renderChart(input({ kind: 'bar', data: tenBars, format: idCount, yLabel: 'Jumlah unit usaha' }));
const pub = publicationSvg(chart.wide, {
  lang: 'id',
  id: 'units',
  title: 'Jumlah unit usaha IKM menurut provinsi — Jawa, Sumatera, Sulawesi',
  subtitle: 'Unit usaha · 2014–2023 · ≈ 4,4 juta → 4,5 juta',
  summary: chart.summary,
  caveat: 'Catatan: angka 2022 disebut “sekitar”… Ĳssel, Łódź, Œuvre, × 100 %, 25 °C, € 10, −3',
  source: 'Sumber: BPS, via Kontan, 3 November 2019',
  credit: 'Atlas IKM · CC BY 4.0 · https://atlas-ikm.example.org/grafik/units/',
});
const card = cardSvg({
  lang: 'id',
  kicker: 'Angka · Struktur IKM',
  value: '4,4 juta unit usaha',
  title: 'Unit usaha IKM – “sekitar”',
  lines: ['2019 · Menteri Perindustrian'],
  footer: 'Sumber: Kontan, 3 November 2019',
  brand: 'Atlas IKM',
});
/** Greek and Cyrillic: DejaVu Sans has them, the subset does not. */
const greek = cardSvg({ lang: 'el', kicker: 'Γράφημα', title: 'Μονάδες ανά περιφέρεια · Единицы', footer: 'Πηγή: ΕΛΣΤΑΤ', brand: 'Άτλας' });

describe('subset fonts', () => {
  it('are exactly what scripts/make-font-subset.ts makes from the full fonts', async () => {
    for (const { full, subset } of FONT_FILES) {
      const made = await makeSubset(readFileSync(join(fontDir, full)), subsetText());
      expect(Buffer.compare(made, readFileSync(join(fontDir, subset))), `${subset}: run node scripts/make-font-subset.ts`).toBe(0);
    }
  });

  it('cover Latin, Latin-1, Latin Extended-A, punctuation and the engine’s symbols, and nothing else is taken for covered', () => {
    expect(subsetCovers(pub)).toBe(true);
    expect(subsetCovers(card)).toBe(true);
    expect(subsetCovers('<text>a · b – c — d … e → f × g ‘h’ “i” ≤ ≥ −</text>')).toBe(true);
    expect(subsetCovers('<text>&#183; &#xB7; &#x2192;</text>')).toBe(true);
    expect(subsetCovers(greek)).toBe(false);
    expect(subsetCovers('<text>&#x3A9;</text>')).toBe(false); // Ω by reference
    expect(subsetCovers('<text>&#937;</text>')).toBe(false);
    expect(subsetCovers('<text>中</text>')).toBe(false);
    expect(subsetCovers('<text>😀</text>')).toBe(false);
  });

  it('draw a publication image and a card with exactly the pixels of the full fonts', () => {
    expect(fontFilesFor(pub)).toEqual(subsetFiles);
    for (const [svg, width] of [
      [pub, 1200],
      [pub, 2400],
      [card, 1200],
    ] as const)
      expect(Buffer.compare(pixels(svg, width, subsetFiles), pixels(svg, width, fontFiles()))).toBe(0);
  });

  it('an image with a character outside the subset is drawn with the full fonts', () => {
    expect(fontFilesFor(greek)).toEqual(fontFiles());
    const full = pixels(greek, 1200, fontFiles());
    // The subset would draw it wrong (missing glyphs), so the fallback matters.
    expect(Buffer.compare(pixels(greek, 1200, subsetFiles), full)).not.toBe(0);
    const drawn = decodePng(draw(greek, 1200).png).rgba;
    // The engine's PNG holds straight RGBA; the card is opaque, so resvg's premultiplied pixels are the same.
    expect(Buffer.compare(Buffer.from(drawn), Buffer.from(full))).toBe(0);
  });
});
