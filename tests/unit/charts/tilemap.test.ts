import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/charts/index.ts';
import { input, tiles } from './fixtures.ts';
import { parse, plotted, texts } from './helpers.ts';

// 30 of the 38 provinces have a value; the last 8 have none.
const data = tiles.slice(0, 30).map((t, i) => ({ x: t.code, xLabel: t.name, y: 1.2 + i * 0.83 }));
const chart = input({ kind: 'tilemap', tiles, data, yLabel: 'Pangsa (%)' });
const out = renderChart(chart);

describe('tilemap', () => {
  it('draws 38 squares and 38 labels, at both widths', () => {
    for (const svg of [out.wide, out.narrow]) {
      const root = parse(svg);
      const squares = plotted(root, 'rect');
      expect(squares).toHaveLength(38);
      for (const s of squares) expect(s.getAttribute('width')).toBe(s.getAttribute('height'));
      const labels = texts(root);
      expect(labels).toHaveLength(38);
      expect(new Set(labels)).toEqual(new Set(tiles.map((t) => t.short)));
    }
  });

  it('fits the grid: 13 columns of equal squares inside the narrow canvas', () => {
    const squares = plotted(parse(out.narrow), 'rect');
    const right = Math.max(...squares.map((s) => Number(s.getAttribute('x')) + Number(s.getAttribute('width'))));
    expect(right).toBeLessThanOrEqual(320);
    expect(Number(squares[0]!.getAttribute('width'))).toBeGreaterThanOrEqual(20); // room for a 2-letter 12px label
  });

  it('fills tiles with data from the sequential scale and marks the rest as no data', () => {
    const squares = plotted(parse(out.wide), 'rect');
    const filled = squares.filter((s) => s.getAttribute('fill')?.startsWith('var(--chart-seq-'));
    expect(filled).toHaveLength(30);
    const empty = squares.filter((s) => s.closest('g')?.getAttribute('stroke-dasharray') === '3,2');
    expect(empty).toHaveLength(8);
    // lowest and highest values land in the first and last palette steps
    expect(filled[0]!.getAttribute('fill')).toBe('var(--chart-seq-1, #ece51b)');
    expect(filled[29]!.getAttribute('fill')).toBe('var(--chart-seq-5, #414487)');
  });

  it('has a legend with the value bins and the no-data swatch', () => {
    const header = parse(out.wide).querySelector('.atlas-chart-header')!;
    const labels = [...header.querySelectorAll('text')].map((t) => t.textContent);
    expect(labels).toEqual(['Pangsa (%)', '0%–10%', '10%–20%', '20%–30%', 'Tanpa data']);
    expect(header.querySelector('rect[stroke-dasharray]')).not.toBeNull();
    const en = parse(renderChart({ ...chart, lang: 'en' }).wide).querySelector('.atlas-chart-header')!;
    expect(en.textContent).toContain('No data');
  });

  it('highlight mode: highlighted tiles in the highlight colour, a two-entry legend', () => {
    const hl = renderChart({ ...chart, data: [], highlight: ['32', '33', '35', '51'], yLabel: 'Sentra batik' });
    const root = parse(hl.wide);
    const squares = plotted(root, 'rect');
    expect(squares).toHaveLength(38);
    expect(squares.filter((s) => s.getAttribute('fill') === 'var(--chart-highlight, #E69F00)')).toHaveLength(4);
    expect(texts(root)).toHaveLength(38);
    expect([...root.querySelectorAll('.atlas-chart-header text')].map((t) => t.textContent)).toEqual(['Sentra batik', 'Lainnya']);
  });

  it('refuses codes that are not tiles', () => {
    expect(() => renderChart({ ...chart, data: [{ x: '99', xLabel: 'X', y: 1 }] })).toThrow(/99/);
    expect(() => renderChart({ ...chart, data: [], highlight: ['00'] })).toThrow(/00/);
  });
});

describe('tilemap labels on a phone', () => {
  // The real grid: 14 columns, some three-letter codes (NTB, DKI, PBD).
  const wideGrid = [...tiles.map((t) => ({ ...t })), { code: '99', short: 'NTB', name: 'Nusa Tenggara Barat', col: 13, row: 5 }];
  wideGrid.find((t) => t.code === '31')!.short = 'DKI';
  const three = renderChart({ ...chart, tiles: wideGrid, data: [] });
  const label = (svg: string, code: string) => [...parse(svg).querySelectorAll('text')].find((t) => t.textContent === code)!;

  it('narrows a code wider than its tile to the tile less 2 px, keeping its 12 px size', () => {
    const root = parse(three.narrow);
    const pitch = Number(plotted(root, 'rect')[0]!.getAttribute('width')) + 3; // the square plus its 1.5 px inset each side
    const ntb = label(three.narrow, 'NTB');
    expect(ntb.getAttribute('lengthAdjust')).toBe('spacingAndGlyphs');
    expect(Number(ntb.getAttribute('textLength'))).toBe(pitch - 2);
    // 3 capitals at about 0.72 em of 12 px would not fit: that is why it is narrowed.
    expect(3 * 0.72 * 12).toBeGreaterThan(pitch - 2);
    expect(ntb.closest('[font-size]')!.getAttribute('font-size')).toBe('12');
  });

  it('leaves codes that fit as they are: wide variant, and two-letter codes on a phone', () => {
    expect(label(three.wide, 'NTB').hasAttribute('textLength')).toBe(false);
    expect(label(three.narrow, tiles[0]!.short).hasAttribute('textLength')).toBe(false);
    expect(parse(out.narrow).querySelectorAll('text[textLength]')).toHaveLength(0);
  });
});

describe('tilemap of whole-number counts', () => {
  const counts = [1, 2, 2, 3, 5, 4, 1];
  const data = tiles.slice(0, counts.length).map((t, i) => ({ x: t.code, xLabel: t.name, y: counts[i]! }));
  const root = parse(renderChart({ ...chart, data, yLabel: 'Klaster', format: (v: number) => `${v} klaster` }).wide);

  it('gives each value its own legend entry and colour, instead of ranges that share their ends', () => {
    const labels = [...root.querySelectorAll('.atlas-chart-header text')].map((t) => t.textContent);
    expect(labels).toEqual(['Klaster', '1 klaster', '2 klaster', '3 klaster', '4 klaster', '5 klaster', 'Tanpa data']);
    const fills = plotted(root, 'rect').filter((s) => s.getAttribute('fill')?.startsWith('var(--chart-seq-')).map((s) => s.getAttribute('fill'));
    // Five values, five palette steps, in order: 1 → step 1 … 5 → step 5.
    expect(fills).toEqual(counts.map((c) => expect.stringContaining(`--chart-seq-${c},`)));
  });
});
