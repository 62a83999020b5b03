import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/charts/index.ts';
import { enPercent, idCount, input, tenBars } from './fixtures.ts';
import { parse, plotted, texts } from './helpers.ts';

const chart = input({ kind: 'bar', data: tenBars, format: idCount, yLabel: 'Jumlah unit usaha' });
const out = renderChart(chart);
const wide = parse(out.wide);
const narrow = parse(out.narrow);
const bars = (root: Element) => plotted(root, 'rect');

describe('bar', () => {
  it('draws one bar per non-null value, in the given order', () => {
    for (const root of [wide, narrow]) {
      expect(bars(root)).toHaveLength(9);
      const widths = bars(root).map((r) => Number(r.getAttribute('width')));
      expect(widths).toEqual([...widths].sort((a, b) => b - a)); // tenBars is ranked
      for (const r of bars(root)) expect(r.getAttribute('fill')).toBe('var(--chart-1, #0072B2)');
    }
  });

  it('labels every category, every value, and the missing one', () => {
    for (const root of [wide, narrow]) {
      const t = texts(root);
      for (const d of tenBars) expect(t).toContain(d.xLabel);
      expect(t).toContain('1.450,5 unit');
      expect(t).toContain('12,5 unit');
      expect(t.filter((s) => s === 'tanpa data')).toHaveLength(1);
    }
    expect(wide.querySelector('.atlas-chart-header text')?.textContent).toBe('Jumlah unit usaha');
  });

  it('formats axis ticks in the page locale', () => {
    expect(texts(wide)).toEqual(expect.arrayContaining(['0', '200', '1.000', '1.400']));
    const en = parse(renderChart({ ...chart, intlLocale: 'en-GB', lang: 'en', format: enPercent }).wide);
    expect(texts(en)).toEqual(expect.arrayContaining(['1,000', '1,400']));
    expect(texts(en)).not.toContain('1.000');
    expect(texts(en)).toContain('no data');
  });

  it('uses comma decimals for fractional ticks in id-ID', () => {
    const small = renderChart({ ...chart, data: tenBars.map((d, i) => ({ ...d, y: d.y === null ? null : 1 + i * 0.25 })) });
    expect(texts(parse(small.wide))).toEqual(expect.arrayContaining(['0', '0,5', '1', '1,5', '2', '2,5', '3']));
  });

  it('narrow: fewer ticks and each label on its own line above its bar', () => {
    const ticks = (root: Element) => texts(root).filter((s) => /^[\d.,]+$/.test(s));
    expect(ticks(narrow).length).toBeLessThan(ticks(wide).length);
    expect(ticks(narrow).length).toBeGreaterThanOrEqual(2);
    const yOf = (el: Element) => Number(/translate\([\d.-]+,([\d.-]+)\)/.exec(el.getAttribute('transform') ?? '')![1]);
    const label = plotted(narrow, 'text').find((t) => t.textContent === 'Jawa Barat')!;
    const firstBar = bars(narrow)[0]!;
    expect(yOf(label)).toBeLessThan(Number(firstBar.getAttribute('y')));
    // In the wide variant the label is level with the bar's middle instead.
    const wideLabel = plotted(wide, 'text').find((t) => t.textContent === 'Jawa Barat')!;
    const wideBar = bars(wide)[0]!;
    expect(yOf(wideLabel)).toBeCloseTo(Number(wideBar.getAttribute('y')) + Number(wideBar.getAttribute('height')) / 2, 0);
  });

  it('keeps the wide category labels inside the canvas (long labels are shortened)', () => {
    const long = renderChart({ ...chart, data: [{ x: 'a', xLabel: 'A very long category label '.repeat(4), y: 5 }, ...tenBars] });
    const label = texts(parse(long.wide)).find((s) => s.startsWith('A very long'))!;
    expect(label.endsWith('…')).toBe(true);
    expect(label.length).toBeLessThan(60);
  });

  it('draws negative bars to the left of zero with their label outside', () => {
    const neg = renderChart({
      ...chart,
      data: [
        { x: 'a', xLabel: 'A', y: 5 },
        { x: 'b', xLabel: 'B', y: -3 },
      ],
    });
    const root = parse(neg.wide);
    const [a, b] = bars(root);
    expect(Number(b!.getAttribute('x')) + Number(b!.getAttribute('width'))).toBeCloseTo(Number(a!.getAttribute('x')), 1);
    expect(texts(root)).toContain('-3 unit');
  });
});
