// The changelog's view (src/views/changes.ts) read straight from this atlas's data and its dates
// (src/lib/changes.ts), without a site build (checked against the page as built before the view existed).
import { describe, expect, it } from 'vitest';
import { atlas } from '../../../src/lib/atlas.ts';
import { changesView } from '../../../src/views/changes.ts';

describe('changesView', () => {
  const en = changesView('en');

  it('groups the changes by day, newest first, and by kind, leaving out kinds without any', () => {
    const dates = en.days.map((d) => d.date);
    expect(dates).toEqual([...dates].sort().reverse());
    const first = en.days.at(-1)!;
    expect(first).toMatchObject({ date: '2026-11-23', dateText: '23 November 2026' });
    expect(first.kinds.every((k) => k.items.length > 0)).toBe(true);
    expect(first.kinds.find((k) => k.kind === 'figure-added')?.heading).toMatch(/^New figure \(\d+\)$/);
  });

  it('links each change: a figure with its value, a chart by title, a source in the list of sources', () => {
    const items = en.days.flatMap((d) => d.kinds.flatMap((k) => k.items.map((i) => ({ kind: k.kind, ...i }))));
    const figure = items.find((i) => i.kind === 'figure-added')!;
    expect(figure.href).toMatch(/^\/en\/figures\/.+\/$/);
    expect(figure.text).toMatch(/: /);
    const source = items.find((i) => i.kind === 'source-added')!;
    expect(source.href).toMatch(/^\/en\/sources\/#src-/);
    expect(items.filter((i) => i.kind === 'series-added')).toHaveLength(atlas().series.size);
    expect(en.feed.text).toBeTruthy();
  });
});
