import { describe, expect, it } from 'vitest';
import { renderChart, type ChartDatum } from '../../../src/charts/index.ts';
import { enPercent, input } from './fixtures.ts';
import { parse, plotted, subpaths, texts } from './helpers.ts';

const years = ['2015', '2016', '2017', '2018', '2019', '2020', '2021', '2022', '2023', '2024'];
const values = [4, 5.85, 6, 4.31, null, 1.89, 3.38, 5.45, 6.18, 4.91];
const series: ChartDatum[] = years.map((x, i) => ({ x, xLabel: x, y: values[i]! }));
const chart = input({ kind: 'line', data: series, yLabel: 'Pertumbuhan tahunan (%)' });
const out = renderChart(chart);
const wide = parse(out.wide);
const narrow = parse(out.narrow);
const linePaths = (root: Element) => plotted(root, 'path').filter((p) => p.closest('g')?.getAttribute('stroke-width') === '2');

describe('line', () => {
  it('draws one point per non-null value', () => {
    expect(plotted(wide, 'circle')).toHaveLength(9);
    expect(plotted(narrow, 'circle')).toHaveLength(9);
  });

  it('leaves a null as a gap: the line breaks into two subpaths', () => {
    const [path] = linePaths(wide);
    expect(linePaths(wide)).toHaveLength(1);
    expect(subpaths(path!.getAttribute('d')!)).toBe(2);
    const full = parse(renderChart({ ...chart, data: series.map((d) => ({ ...d, y: d.y ?? 2 })) }).wide);
    expect(subpaths(linePaths(full)[0]!.getAttribute('d')!)).toBe(1);
  });

  it('labels periods with xLabel, fewer of them when narrow, always the latest', () => {
    const periods = (root: Element) => texts(root).filter((t) => /^Q\d \d{4}$/.test(t));
    const quarterly = renderChart({
      ...chart,
      data: Array.from({ length: 16 }, (_, i) => ({ x: `q${i}`, xLabel: `Q${(i % 4) + 1} ${2021 + Math.floor(i / 4)}`, y: i })),
    });
    const w = periods(parse(quarterly.wide));
    const n = periods(parse(quarterly.narrow));
    expect(n.length).toBeLessThan(w.length);
    expect(n.length).toBeGreaterThanOrEqual(2);
    expect(w.at(-1)).toBe('Q4 2024');
    expect(n.at(-1)).toBe('Q4 2024');
    expect(texts(wide)).toEqual(expect.arrayContaining(years));
  });

  it('labels the latest value with the formatter', () => {
    expect(texts(wide)).toContain('4,91%');
    expect(texts(parse(renderChart({ ...chart, lang: 'en', intlLocale: 'en-GB', format: enPercent }).wide))).toContain('4.91%');
  });

  it('draws a halo of the page colour behind the latest value, so a line under it does not strike it through', () => {
    for (const root of [wide, narrow]) {
      const label = [...root.querySelectorAll('text')].find((t) => t.textContent === '4,91%')!;
      const g = label.closest('g')!;
      expect(g.getAttribute('stroke')).toBe('var(--chart-halo, #ffffff)');
      expect(g.getAttribute('paint-order')).toBe('stroke');
      expect(Number(g.getAttribute('stroke-width'))).toBeGreaterThanOrEqual(2);
    }
  });

  it('formats y ticks in the page locale', () => {
    const thousands = renderChart({ ...chart, data: series.map((d) => ({ ...d, y: d.y === null ? null : d.y * 1000 })) });
    expect(texts(parse(thousands.wide))).toEqual(expect.arrayContaining(['1.000', '2.000', '6.000']));
    const fractions = renderChart({ ...chart, data: series.map((d) => ({ ...d, y: d.y === null ? null : 1 + d.y / 10 })) });
    expect(texts(parse(fractions.wide))).toEqual(expect.arrayContaining(['1,2', '1,4', '1,6']));
    const en = renderChart({ ...chart, intlLocale: 'en-GB', data: series.map((d) => ({ ...d, y: d.y === null ? null : 1 + d.y / 10 })) });
    expect(texts(parse(en.wide))).toEqual(expect.arrayContaining(['1.2', '1.4', '1.6']));
  });

  it('draws one coloured line per group with a legend', () => {
    const groups = renderChart({
      ...chart,
      data: [...series.map((d) => ({ ...d, group: 'm', groupLabel: 'Laki-laki' })), ...series.map((d) => ({ ...d, y: d.y === null ? 1 : d.y + 1, group: 'f', groupLabel: 'Perempuan' }))],
    });
    const root = parse(groups.wide);
    const paths = linePaths(root);
    expect(paths).toHaveLength(2);
    expect(paths.map((p) => p.getAttribute('stroke'))).toEqual(['var(--chart-1, #0072B2)', 'var(--chart-2, #D55E00)']);
    expect(plotted(root, 'circle')).toHaveLength(19);
    expect([...root.querySelectorAll('.atlas-chart-header text')].map((t) => t.textContent)).toEqual(['Pertumbuhan tahunan (%)', 'Laki-laki', 'Perempuan']);
  });
});
