// The province page's view (src/views/region.ts) read straight from this atlas's data, without a site
// build: each expectation restates data/regions.csv, data/region-sets and the content that names the
// province (checked against the page as built before the view existed).
import { describe, expect, it } from 'vitest';
import type { Fact } from '../../../src/views/types.ts';
import { regionView } from '../../../src/views/region.ts';

const text = (f: Fact) => f.parts.map((p) => (typeof p === 'string' ? p : p.text)).join('');
const term = (facts: Fact[], name: string) => facts.find((f) => f.term === name);

describe('regionView', () => {
  const jatim = regionView('jawa-timur', 'id');
  const papuaSelatan = regionView('papua-selatan', 'en');

  it('counts what the province holds, each count linking to its section', () => {
    expect(term(jatim.glance, 'Klaster dan sentra')?.parts).toEqual([{ href: '#clusters', text: '3 klaster' }]);
    expect(term(jatim.glance, 'Program')?.parts).toEqual([{ href: '#programs', text: '2 program' }]);
    expect(term(papuaSelatan.glance, 'Programs')?.parts).toEqual([{ href: '#programs', text: '0 programs' }]);
    expect(jatim.clusters.cards.map((c) => c.path)).toEqual(['/klaster/alas-kaki-mojokerto/', '/klaster/komponen-kapal-pasuruan/', '/klaster/perhiasan-perak-malang/']);
    expect(papuaSelatan.programs.cards).toEqual([]);
  });

  it('links the charts that have a row for the province, and states its membership of region sets', () => {
    const charts = term(jatim.glance, 'Grafik')!;
    expect(charts.parts.filter((p) => typeof p !== 'string').map((p) => (p as { href: string }).href)).toEqual(['/grafik/imk-establishments-2020-bar/', '/grafik/imk-establishments-2020/']);
    expect(text(term(jatim.glance, 'Keanggotaan')!)).toBe('Tidak termasuk Indonesia timur versi Kemenperin (2015).');
    expect(text(term(papuaSelatan.glance, 'Membership')!)).toBe('Its area was part of Eastern Indonesia as listed by Kemenperin (2015) as part of Papua.');
  });

  it('keeps codes and coordinates for the reference block, and links the province it was split from', () => {
    expect(jatim.reference.map(text)).toEqual(['35 (JAWA TIMUR)', '-7.3365, 112.715']);
    expect(term(papuaSelatan.reference, 'Formed')?.parts).toEqual(['2022']);
    expect(term(papuaSelatan.reference, 'Split from')?.parts).toEqual([{ href: '/en/provinces/papua/', text: 'Papua' }]);
  });

  it('names the province in the language, with its breadcrumb, locator and sources', () => {
    expect(papuaSelatan.name).toBe('South Papua');
    expect(papuaSelatan.crumbs).toEqual([{ label: 'Provinces', path: '/en/provinces/' }, { label: 'South Papua' }]);
    expect(jatim.locator).toEqual({ code: '35', title: 'Letak pada peta petak: Jawa Timur', id: 'locator-jawa-timur' });
    expect(jatim.sourceIds).toContain('idn-area-data');
    expect(() => regionView('atlantis', 'id')).toThrow(/no region/);
  });
});
