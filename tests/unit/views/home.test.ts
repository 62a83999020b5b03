// The home page's view (src/views/home.ts) read straight from this atlas's data, without a site build
// (checked against the page as built before the view existed). The dashboard's choices themselves
// (which figures, which charts) are src/lib/dashboard.ts's; this checks what the page is handed.
import { describe, expect, it } from 'vitest';
import { homeView } from '../../../src/views/home.ts';

describe('homeView', () => {
  const en = homeView('en');
  const id = homeView('id');

  it('links each key figure to its page, the newest count of IKM units first', () => {
    expect(en.figures[0]!.href).toBe('/en/figures/ikm.units.2023/');
    expect(en.figures.every((f) => f.href === `/en/figures/${f.id}/`)).toBe(true);
    expect(id.figures[0]!.href).toBe('/angka/ikm.units.2023/');
    expect(en.figuresHref).toBe('/en/figures/');
  });

  it('hands over the tile map drawn, and thumbnails linking to their charts', () => {
    // 53 clusters fit one page of the clusters index (250), so the home page draws them all on its map.
    expect(en.clusterMap).toBe(true);
    expect(en.grid.title).toBe('Clusters per province');
    expect(en.grid.rendered.wide).toMatch(/^<svg/);
    expect(en.thumbnails[0]).toMatchObject({ title: 'e-Smart IKM: participants and target', href: '/en/charts/esmart-ikm/' });
    expect(en.thumbnails[0]!.svg).toContain('aria-hidden="true"');
    expect(en.chartsHref).toBe('/en/charts/');
  });

  it('dates the recent changes for the language, keeping the ISO date for <time>', () => {
    const first = en.recent[0]!;
    expect(first.dateText).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(first.date).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(en.recent.length).toBeLessThanOrEqual(6);
  });

  it('counts the entries of each index among the ways in', () => {
    expect(en.entries.map((e) => [e.title, e.path])).toEqual([
      ['Clusters and centres', '/en/clusters/'],
      ['Provinces', '/en/provinces/'],
      ['Programs', '/en/programs/'],
      ['Figures', '/en/figures/'],
    ]);
    expect(en.entries[1]!.meta).toBe('38 provinces');
    expect(en.entries[2]!.meta).toBe('12 programs');
    expect(en.entries[0]!.meta).toMatch(/^\d+ clusters and centres$/);
    expect(id.proseId).toBe('id/index');
  });
});
