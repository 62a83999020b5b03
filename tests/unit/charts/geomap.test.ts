import { describe, expect, it } from 'vitest';
import { renderChart } from '../../../src/charts/index.ts';
import { measure } from '../../../src/charts/text.ts';
import { input, points } from './fixtures.ts';
import { parse, plotted, texts } from './helpers.ts';

const chart = input({ kind: 'geomap', points, yLabel: '' });
const out = renderChart(chart);

/** Left/right extent of a label from its transform, group dx and text-anchor. */
function extent(text: Element): [number, number] {
  const g = text.closest('g')!;
  const [, x] = /translate\(([\d.-]+),/.exec(text.getAttribute('transform')!)!.map(Number);
  const dx = Number(/translate\(([\d.-]+),/.exec(g.getAttribute('transform') ?? '')?.[1] ?? 0);
  const w = measure(text.textContent!);
  const anchor = g.getAttribute('text-anchor') ?? 'middle';
  const left = anchor === 'start' ? x! + dx : anchor === 'end' ? x! + dx - w : x! + dx - w / 2;
  return [left, left + w];
}

describe('geomap', () => {
  it.each([
    ['wide', 640],
    ['narrow', 320],
  ] as const)('%s: draws the outline, 17 dots and 17 labels inside the canvas', (variant, width) => {
    const root = parse(out[variant]);
    const outline = plotted(root, 'path');
    expect(outline).toHaveLength(1);
    const d = outline[0]!.getAttribute('d')!;
    expect((d.match(/M/g) ?? []).length).toBeGreaterThan(20); // many islands
    expect(d).not.toMatch(/\.\d\d/); // rounded to 0.1 px
    expect(plotted(root, 'circle')).toHaveLength(17);
    const labels = plotted(root, 'text');
    // A phone numbers the 17 dots (1 = westernmost input) instead of tangling 17 names in 320 px.
    const expected = variant === 'wide' ? points.map((p) => p.label) : points.map((_, i) => String(i + 1));
    expect(labels.map((t) => t.textContent).sort()).toEqual(expected.sort());
    for (const label of labels) {
      const [left, right] = extent(label);
      expect(left, label.textContent!).toBeGreaterThanOrEqual(0);
      expect(right, label.textContent!).toBeLessThanOrEqual(width);
    }
  });

  it('stays small', () => {
    expect(out.wide.length).toBeLessThan(60_000);
    expect(out.narrow.length).toBeLessThan(60_000);
  });

  it('places dots where they belong: west to east, north to south', () => {
    const root = parse(out.wide);
    const circles = plotted(root, 'circle').map((c) => [Number(c.getAttribute('cx')), Number(c.getAttribute('cy'))]);
    const at = (label: string) => circles[points.findIndex((p) => p.label === label)]!;
    expect(at('Banda Aceh')[0]).toBeLessThan(at('Jakarta')[0]!);
    expect(at('Jakarta')[0]).toBeLessThan(at('Jayapura')[0]!);
    expect(at('Manado')[1]).toBeLessThan(at('Denpasar')[1]!);
  });

  it('draws the outline alone when there are no points', () => {
    const empty = renderChart({ ...chart, points: [] });
    expect(plotted(parse(empty.wide), 'circle')).toHaveLength(0);
    expect(plotted(parse(empty.wide), 'path')).toHaveLength(1);
    expect(empty.summary).toBe('0 lokasi pada peta.');
    expect(texts(parse(empty.wide))).toHaveLength(0);
  });
});

describe('geomap with many points', () => {
  it('draws every dot but no labels past MAX_LABELLED_POINTS (the page table names them)', async () => {
    const { MAX_LABELLED_POINTS } = await import('../../../src/charts/kinds/geomap.ts');
    const many = Array.from({ length: MAX_LABELLED_POINTS + 1 }, (_, i) => ({ lat: -8 + (i % 10), lon: 100 + i * 0.3, label: `Place ${i}` }));
    const root = parse(renderChart(input({ kind: 'geomap', id: 'many', points: many, yLabel: '' })).wide);
    expect(plotted(root, 'circle')).toHaveLength(MAX_LABELLED_POINTS + 1);
    expect(plotted(root, 'text')).toHaveLength(0);
  });
});

describe('geomap links', () => {
  const linked = renderChart({
    ...chart,
    points: points.map((p, i) => ({ ...p, href: `/klaster/k${i + 1}/`, title: `${p.label} — klaster ${i + 1}` })),
  });

  it.each(['wide', 'narrow'] as const)('%s: every dot is a named link to its page, over a finger-sized target', (variant) => {
    const root = parse(linked[variant]);
    const links = [...root.querySelectorAll('a')];
    expect(links).toHaveLength(17);
    links.forEach((a, i) => {
      expect(a.getAttribute('href')).toBe(`/klaster/k${i + 1}/`);
      expect(a.hasAttribute('xlink:href')).toBe(false);
      // The title is the link's first child, so it names the link (hover text, screen readers).
      expect(a.firstElementChild!.tagName.toLowerCase()).toBe('title');
      // On a phone the dot shows its number, so its name starts with it (WCAG 2.5.3 Label in Name).
      expect(a.firstElementChild!.textContent).toBe(`${variant === 'narrow' ? `${i + 1}. ` : ''}${points[i]!.label} — klaster ${i + 1}`);
      expect(Number(a.querySelector('circle')!.getAttribute('r'))).toBeGreaterThanOrEqual(10);
      expect(a.getAttribute('aria-label')).toBe(a.firstElementChild!.textContent);
    });
    // Links inside role="img" would be hidden from screen readers: a linked map is a labelled group.
    expect(root.getAttribute('role')).toBe('group');
    expect(root.getAttribute('aria-labelledby')).toMatch(/-title .*-desc$/);
  });

  it('keeps a map without links one labelled image, with hover titles on the dots', () => {
    const root = parse(out.wide);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.querySelectorAll('a')).toHaveLength(0);
    expect([...root.querySelectorAll('circle > title')].map((t) => t.textContent)).toEqual(points.map((p) => p.label));
  });

  it('names dots on a phone only when there are few', () => {
    const few = parse(renderChart({ ...chart, points: points.slice(0, 5) }).narrow);
    expect(texts(few).sort()).toEqual(
      points
        .slice(0, 5)
        .map((p) => p.label)
        .sort(),
    );
  });
});

describe('geomap country', () => {
  it('outlines the country site.yaml names (mapCountry), and says which code it lacks', () => {
    const timorLeste = parse(renderChart(input({ kind: 'geomap', id: 'tl', points: [], yLabel: '', country: '626' })).wide);
    const indonesia = parse(renderChart(input({ kind: 'geomap', id: 'id', points: [], yLabel: '', country: '360' })).wide);
    const islands = (root: Element) => (plotted(root, 'path')[0]!.getAttribute('d')!.match(/M/g) ?? []).length;
    expect(islands(timorLeste)).toBeLessThan(10);
    expect(islands(indonesia)).toBeGreaterThan(20);
    expect(() => renderChart(input({ kind: 'geomap', id: 'x', points: [], yLabel: '', country: '999' }))).toThrow(/no country with the code "999"/);
  });
});
