import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { renderChart } from '../../../src/charts/index.ts';
import { cardSvg, CARD_HEIGHT, CARD_WIDTH } from '../../../src/images/card.ts';
import { publicationSvg } from '../../../src/images/publication.ts';
import { png, pngSize, rasterise } from '../../../src/images/raster.ts';
import { block } from '../../../src/images/text.ts';
import { idCount, input, tenBars } from '../charts/fixtures.ts';
import { unitsChart, unitsText } from './fixtures.ts';

const chart = unitsChart;
const text = unitsText;
const pub = publicationSvg(chart.wide, text);
const texts = (svg: string) => [...(parseHTML(svg).document as unknown as Document).querySelectorAll('text')].map((t) => t.textContent ?? '');

const cache = mkdtempSync(join(tmpdir(), 'atlas-images-'));
process.env.ATLAS_IMAGE_CACHE = cache;
afterAll(() => rmSync(cache, { recursive: true, force: true }));

describe('publication SVG', () => {
  it('draws title, subtitle, caveat, source and credit as text, around the chart', () => {
    const lines = texts(pub).join('\n');
    for (const part of [text.subtitle, text.caveat, text.source, text.credit]) expect(lines).toContain(part);
    const bold = [...(parseHTML(pub).document as unknown as Document).querySelectorAll('text[font-weight="bold"]')].map((t) => t.textContent);
    expect(bold.join(' ')).toBe(text.title); // the title, perhaps wrapped, every word there
    expect(texts(pub)[0]).toBe(bold[0]); // and first
    for (const d of tenBars) expect(lines).toContain(d.xLabel); // the chart's own labels
  });

  it('is self-contained: no CSS variables, no page CSS, one title and description', () => {
    expect(pub).not.toMatch(/var\(--/);
    expect(pub).not.toContain('<style');
    expect(pub.match(/<title/g)).toHaveLength(1);
    expect(pub).toContain('#0072B2');
  });

  it('is a 1 200 px PNG and a 2 400 px PNG with the same shape', () => {
    const one = pngSize(png(pub, 1200));
    const two = pngSize(png(pub, 2400));
    expect(one.width).toBe(1200);
    expect(two.width).toBe(2400);
    expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(1);
    const vb = /viewBox="0 0 (\d+) (\d+)"/.exec(pub)!;
    expect(one.height).toBe(Math.round((Number(vb[2]) * 1200) / Number(vb[1])));
  });
});

describe('rasteriser', () => {
  it('draws the same bytes twice, and takes the second from the cache', () => {
    const a = rasterise(pub, 1200);
    expect(Buffer.compare(a, rasterise(pub, 1200))).toBe(0);
    const before = readdirSync(cache, { recursive: true }).length;
    expect(Buffer.compare(png(pub, 1200), a)).toBe(0);
    expect(readdirSync(cache, { recursive: true }).length).toBe(before);
  });

  it('draws text with the committed font, not a blank image: a changed word changes the pixels', () => {
    const other = publicationSvg(chart.wide, { ...text, source: 'Sumber: BPS, via Antara, 3 November 2019' });
    expect(Buffer.compare(rasterise(pub, 1200), rasterise(other, 1200))).not.toBe(0);
  });

  it('reads a PNG header and refuses what is not one', () => {
    expect(() => pngSize(Buffer.from('not a png at all, really not'))).toThrow();
  });
});

describe('social card', () => {
  it('is 1 200 × 630, with kicker, value, title, footer and brand', () => {
    const svg = cardSvg({
      lang: 'id',
      kicker: 'Angka · Struktur IKM',
      value: '4,4 juta unit usaha',
      title: 'Unit usaha IKM',
      lines: ['2019 · Menteri Perindustrian'],
      footer: 'Sumber: Kontan, 3 November 2019',
      brand: 'Atlas IKM',
    });
    expect(pngSize(png(svg, CARD_WIDTH))).toEqual({ width: CARD_WIDTH, height: CARD_HEIGHT });
    expect(texts(svg)).toEqual(['ANGKA · STRUKTUR IKM', '4,4 juta unit usaha', 'Unit usaha IKM', '2019 · Menteri Perindustrian', 'Sumber: Kontan, 3 November 2019', 'Atlas IKM']);
  });

  it('fits a chart card into 630 px whatever the chart height', () => {
    const tall = renderChart(input({ kind: 'bar', data: [...tenBars, ...tenBars.map((d) => ({ ...d, x: `${d.x}b`, xLabel: `${d.xLabel} B` }))], format: idCount, yLabel: 'x' }));
    const svg = cardSvg({ lang: 'id', kicker: 'Grafik', title: 'T', chartSvg: tall.wide, footer: 'Sumber: X', brand: 'Atlas IKM' });
    const nested = /<svg x="[\d.]+" y="([\d.]+)" width="[\d.]+" height="([\d.]+)"/.exec(svg)!;
    expect(Number(nested[1]) + Number(nested[2])).toBeLessThanOrEqual(540);
  });
});

describe('text blocks', () => {
  it('wraps long text and ends a cut block with an ellipsis', () => {
    const b = block('kata '.repeat(80), 300, 12, { maxLines: 2 });
    expect(b.lines).toHaveLength(2);
    expect(b.lines[1]!.endsWith('…')).toBe(true);
    expect(block('pendek', 300, 12).lines).toEqual(['pendek']);
  });
});
