import { describe, expect, it } from 'vitest';
import { renderChart, type ChartDatum } from '../../../src/charts/index.ts';
import { idCount, input } from './fixtures.ts';
import { parse, plotted, texts } from './helpers.ts';

const data: ChartDatum[] = [
  { x: '32', xLabel: 'Jawa Barat', group: 'm', groupLabel: 'Laki-laki', y: 870 },
  { x: '32', xLabel: 'Jawa Barat', group: 'f', groupLabel: 'Perempuan', y: 580 },
  { x: '33', xLabel: 'Jawa Tengah', group: 'm', groupLabel: 'Laki-laki', y: 792 },
  { x: '33', xLabel: 'Jawa Tengah', group: 'f', groupLabel: 'Perempuan', y: 1528 },
  { x: '36', xLabel: 'Banten', group: 'm', groupLabel: 'Laki-laki', y: 400 },
  { x: '36', xLabel: 'Banten', group: 'f', groupLabel: 'Perempuan', y: null },
];
const out = renderChart(input({ kind: 'grouped-bar', data, format: idCount, yLabel: 'Tenaga kerja' }));

describe('grouped-bar', () => {
  it('draws one bar per defined value, coloured by group', () => {
    for (const svg of [out.wide, out.narrow]) {
      const rects = plotted(parse(svg), 'rect');
      expect(rects).toHaveLength(5);
      expect(rects.map((r) => r.getAttribute('fill')!.slice(0, 13))).toEqual(['var(--chart-1', 'var(--chart-2', 'var(--chart-1', 'var(--chart-2', 'var(--chart-1']);
    }
  });

  it('names each category once, labels values, and marks the missing bar', () => {
    const t = texts(parse(out.wide));
    expect(t.filter((s) => s === 'Jawa Barat')).toHaveLength(1);
    expect(t).toEqual(expect.arrayContaining(['870 unit', '1.528 unit', 'tanpa data', '1.000']));
  });

  it('explains the colours in a legend', () => {
    const header = parse(out.narrow).querySelector('.atlas-chart-header')!;
    expect([...header.querySelectorAll('text')].map((t) => t.textContent)).toEqual(['Tenaga kerja', 'Laki-laki', 'Perempuan']);
    expect(header.querySelectorAll('rect')).toHaveLength(2);
  });
});
