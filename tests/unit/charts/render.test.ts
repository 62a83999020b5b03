// What every chart kind shares: one labelled image, no leftover ARIA from
// Plot, no <style>, stable sizes, deterministic output and unique ids.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { renderChart, type ChartInput } from '../../../src/charts/index.ts';
import { finish } from '../../../src/charts/render.ts';
import { input, points, tenBars, tiles, idCount } from './fixtures.ts';
import { ids, parse } from './helpers.ts';

const years = ['2019', '2020', '2021', '2022', '2023'];
const all: ChartInput[] = [
  input({ kind: 'bar', data: tenBars, format: idCount }),
  input({ kind: 'line', data: years.map((x, i) => ({ x, xLabel: x, y: i === 2 ? null : i + 1.5 })) }),
  input({
    kind: 'grouped-bar',
    data: tenBars.slice(0, 3).flatMap((d) => [
      { ...d, group: 'a', groupLabel: 'A' },
      { ...d, group: 'b', groupLabel: 'B' },
    ]),
  }),
  input({
    kind: 'stacked-bar',
    data: tenBars.slice(0, 3).flatMap((d) => [
      { ...d, group: 'a', groupLabel: 'A' },
      { ...d, group: 'b', groupLabel: 'B' },
    ]),
  }),
  input({ kind: 'tilemap', tiles, data: tiles.slice(0, 20).map((t, i) => ({ x: t.code, xLabel: t.name, y: i })) }),
  input({ kind: 'geomap', points }),
];

describe.each(all.map((c) => [c.kind, c] as const))('%s', (_kind, chart) => {
  const out = renderChart(chart);

  it.each([
    ['wide', 640],
    ['narrow', 320],
  ] as const)('%s variant is one labelled <svg> image, %ipx wide', (variant, width) => {
    const svg = out[variant];
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg.endsWith('</svg>')).toBe(true);
    const root = parse(svg);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('class')).toBe('atlas-chart');
    expect(root.getAttribute('width')).toBe(String(width));
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${root.getAttribute('height')}`);
    expect(Number(root.getAttribute('height'))).toBeGreaterThan(100);
    expect(root.getAttribute('font-size')).toBe('12');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');

    const prefix = `chart-test-${chart.kind}-${variant}`;
    expect(root.getAttribute('aria-labelledby')).toBe(`${prefix}-title ${prefix}-desc`);
    const [first, second] = [...root.children];
    expect(first!.tagName.toLowerCase()).toBe('title');
    expect(first!.getAttribute('id')).toBe(`${prefix}-title`);
    expect(first!.textContent).toBe('Judul grafik');
    expect(second!.tagName.toLowerCase()).toBe('desc');
    expect(second!.getAttribute('id')).toBe(`${prefix}-desc`);
    expect(second!.textContent).toBe(out.summary);
    expect(out.summary.length).toBeGreaterThan(10);
  });

  it('leaves no aria-label, aria-description, <style> or Plot-generated id', () => {
    for (const svg of [out.wide, out.narrow]) {
      expect(svg).not.toMatch(/aria-label=|aria-description=|aria-hidden=/);
      expect(svg).not.toContain('<style');
      expect(svg).not.toMatch(/plot-clip|plot-[a-z0-9]+-\d/);
      expect(svg).not.toContain('NaN');
      expect(svg).not.toContain('undefined');
    }
  });

  it('uses no text smaller than 12px', () => {
    for (const svg of [out.wide, out.narrow]) {
      for (const m of svg.matchAll(/font-size="([\d.]+)/g)) expect(Number(m[1])).toBeGreaterThanOrEqual(12);
    }
  });

  it('is deterministic: the same input gives byte-identical output', () => {
    const again = renderChart({ ...chart, data: chart.data.map((d) => ({ ...d })) });
    expect(again.wide).toBe(out.wide);
    expect(again.narrow).toBe(out.narrow);
    expect(again.summary).toBe(out.summary);
  });
});

describe('ids', () => {
  it('two charts with different ids share no element id, and every reference resolves', () => {
    const a = renderChart(all[0]!);
    const b = renderChart({ ...all[0]!, id: 'other-chart' });
    const idsA = [...ids(a.wide), ...ids(a.narrow)];
    const idsB = [...ids(b.wide), ...ids(b.narrow)];
    expect(new Set(idsA).size).toBe(idsA.length);
    expect(idsA.filter((id) => idsB.includes(id))).toEqual([]);
    expect(idsB).toContain('chart-other-chart-narrow-desc');
  });

  it('sanitises the chart id into a valid element id', () => {
    const out = renderChart({ ...all[0]!, id: 'imk growth/yoy' });
    expect(ids(out.wide)).toContain('chart-imk_growth_yoy-wide-title');
  });

  it("rewrites Plot's counter-based clip-path ids deterministically", () => {
    const { document } = parseHTML('<!doctype html><html><body></body></html>');
    const make = () => {
      const svg = Plot.plot({
        document: document as unknown as Document,
        className: 'atlas-chart',
        x: { domain: [0, 1] },
        marks: [Plot.dot([{ x: 2, y: 1 }], { x: 'x', y: 'y', clip: true })],
      }) as unknown as Element;
      finish(svg, 'chart-clip-wide', 'T', 'D');
      return svg.outerHTML;
    };
    const first = make();
    const second = make(); // Plot's global counter has moved on
    expect(first).toContain('clip-path="url(#chart-clip-wide-1)"');
    expect(first).toContain('<clipPath id="chart-clip-wide-1"');
    expect(second).toBe(first);
  });

  it('renders empty inputs without NaN or errors', () => {
    for (const chart of all) {
      const out = renderChart({ ...chart, data: [], points: [] });
      expect(out.wide + out.narrow).not.toMatch(/NaN|undefined|Infinity/);
      expect(out.summary.length).toBeGreaterThan(5);
    }
  });

  it('rejects an unknown kind and an empty id', () => {
    expect(() => renderChart({ ...all[0]!, kind: 'pie' as never })).toThrow(/unknown kind "pie"/);
    expect(() => renderChart({ ...all[0]!, id: ' ' })).toThrow(/id/);
  });
});
