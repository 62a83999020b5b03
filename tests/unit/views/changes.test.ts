// The changelog's view (src/views/changes.ts) read straight from this atlas's data and its dates
// (src/lib/changes.ts), without a site build (checked against the page as built before the view existed).
import { describe, expect, it } from 'vitest';
import { atlas } from '../../../src/lib/atlas.ts';
import { changes, changesByDay, changesOnPage } from '../../../src/lib/changes.ts';
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

  it('lists every change while the atlas has fewer than the page holds', () => {
    expect(changes().length).toBeLessThan(changesOnPage());
    expect(en.cut).toBeUndefined();
    expect(en.days.flatMap((d) => d.kinds.flatMap((k) => k.items))).toHaveLength(changes().length);
    expect(en.days.flatMap((d) => d.kinds).every((k) => k.more === undefined)).toBe(true);
  });

  it('stops at its limit, newest first, and points to the table of changes for the rest', () => {
    const day = changesByDay()[0]!;
    expect(day.changes.length).toBeGreaterThan(3);
    const v = changesView('id', 3);
    // The limit falls inside the newest day: three changes shown, no later day.
    expect(v.days.map((d) => d.date)).toEqual([day.date]);
    const kinds = v.days[0]!.kinds;
    expect(kinds.flatMap((k) => k.items)).toHaveLength(3);
    // Headings keep the day's whole count; each list cut says how many it leaves out.
    const count = (k: (typeof kinds)[number]) => Number(/\((\d+)\)$/.exec(k.heading)![1]);
    expect(kinds.reduce((n, k) => n + count(k), 0)).toBe(day.changes.length);
    for (const k of kinds) {
      const left = count(k) - k.items.length;
      expect(k.more).toBe(left > 0 ? `… dan ${left.toLocaleString('id-ID')} lainnya` : undefined);
    }
    expect(v.cut).toEqual({
      text: `Halaman ini memuat 3 perubahan terbaru dari ${changes().length.toLocaleString('id-ID')}; semuanya ada di tabel perubahan:`,
      csv: { href: '/files/changes.csv', text: 'CSV' },
      json: { href: '/files/changes.json', text: 'JSON' },
    });
  });
});
