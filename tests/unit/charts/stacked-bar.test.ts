import { describe, expect, it } from 'vitest';
import { renderChart, type ChartDatum } from '../../../src/charts/index.ts';
import { idCount, input } from './fixtures.ts';
import { parse, plotted, texts } from './helpers.ts';

const data: ChartDatum[] = [
  { x: '32', xLabel: 'Jawa Barat', group: 'm', groupLabel: 'Mikro', y: 870 },
  { x: '32', xLabel: 'Jawa Barat', group: 's', groupLabel: 'Kecil', y: 580 },
  { x: '32', xLabel: 'Jawa Barat', group: 'l', groupLabel: 'Menengah', y: 50 },
  { x: '33', xLabel: 'Jawa Tengah', group: 'm', groupLabel: 'Mikro', y: 792 },
  { x: '33', xLabel: 'Jawa Tengah', group: 's', groupLabel: 'Kecil', y: null },
  { x: '33', xLabel: 'Jawa Tengah', group: 'l', groupLabel: 'Menengah', y: 8 },
  { x: '36', xLabel: 'Banten', group: 'm', groupLabel: 'Mikro', y: null },
];
const out = renderChart(input({ kind: 'stacked-bar', data, format: idCount }));

describe('stacked-bar', () => {
  it('draws one segment per defined value, each starting where the previous ends', () => {
    const rects = plotted(parse(out.wide), 'rect');
    expect(rects).toHaveLength(5);
    const [a, b, c] = rects.map((r) => [Number(r.getAttribute('x')), Number(r.getAttribute('width')), Number(r.getAttribute('y'))] as const);
    expect(b![0]).toBeCloseTo(a![0] + a![1], 1);
    expect(c![0]).toBeCloseTo(b![0] + b![1], 1);
    expect(new Set([a![2], b![2], c![2]]).size).toBe(1); // one row per category
  });

  it('labels the category totals and the category without data', () => {
    for (const svg of [out.wide, out.narrow]) {
      const t = texts(parse(svg));
      expect(t).toEqual(expect.arrayContaining(['1.500 unit', '800 unit', 'Banten', 'tanpa data']));
    }
    expect(parse(out.wide).querySelectorAll('.atlas-chart-header rect')).toHaveLength(3);
  });
});
