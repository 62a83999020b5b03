// The provinces index's view (src/views/regions-index.ts) read straight from data/regions.csv,
// data/region-sets and the content that names each province, without a site build (checked against the
// page as built before the view existed).
import { describe, expect, it } from 'vitest';
import { regionsIndexView } from '../../../src/views/regions-index.ts';

describe('regionsIndexView', () => {
  const en = regionsIndexView('en');
  const id = regionsIndexView('id');

  it('lists every province A–Z by the name in the language', () => {
    expect(en.az.links).toHaveLength(38);
    expect(en.az.links[0]).toEqual({ href: '/en/provinces/aceh/', text: 'Aceh' });
    const names = en.az.links.map((l) => l.text);
    expect(names).toEqual([...names].sort(new Intl.Collator('en').compare));
    expect(id.az.heading).not.toBe(en.az.heading);
  });

  it('keeps the table in the data’s order, with counts and memberships in words', () => {
    expect(en.rows.map((r) => r.code).slice(0, 3)).toEqual(['11', '12', '13']);
    expect(en.rows[0]).toEqual({ code: '11', name: { href: '/en/provinces/aceh/', text: 'Aceh' }, capital: 'Banda Aceh', islandGroup: 'Sumatra', clusters: 2, programs: 0, memberships: '' });
    expect(en.rows.find((r) => r.code === '91')?.memberships).toBe('Eastern Indonesia as listed by Kemenperin (2015)');
    expect(en.rows.find((r) => r.name.href === '/en/provinces/papua-selatan/')?.memberships).toBe('Eastern Indonesia as listed by Kemenperin (2015) (area)');
    expect(en.columns).toMatchObject({ code: 'Code', clusters: 'Clusters and centres', programs: 'Programs' });
  });

  it('draws the tile map of pages recorded per province, and keeps the data’s note', () => {
    expect(en.map.title).toBe('Cluster and program pages recorded per province');
    expect(en.map.rendered.wide).toMatch(/^<svg/);
    expect(en.note).toMatch(/^Official codes and names from Kemendagri/);
    expect(en.crumbs).toEqual([{ label: 'Provinces' }]);
  });
});
