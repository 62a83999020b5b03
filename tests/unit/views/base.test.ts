// The frame every page shares (src/views/base.ts), without a site build (checked against the pages as
// built before the view existed: dist/en/clusters/kopi-dogiyai/ and dist/cari/).
import { describe, expect, it } from 'vitest';
import { routeFor } from '../../../src/lib/atlas.ts';
import { baseView } from '../../../src/views/base.ts';

const site = new URL('https://atlas-ikm.example.org');

describe('baseView', () => {
  it('a cluster page in English: title, canonical, languages, its own card, its index marked current, a search filter', () => {
    const v = baseView(routeFor('cluster:kopi-dogiyai', 'en')!, site, 'Coffee, Dogiyai');
    expect(v.fullTitle).toBe('Coffee, Dogiyai · Atlas IKM');
    expect(v.ogType).toBe('article');
    expect(v.canonical).toBe('https://atlas-ikm.example.org/en/clusters/kopi-dogiyai/');
    expect(v.xDefault).toBe('https://atlas-ikm.example.org/klaster/kopi-dogiyai/');
    expect(v.alternates.map((a) => a.locale)).toEqual(['id', 'en']);
    expect(v.switches).toEqual([{ locale: 'id', path: '/klaster/kopi-dogiyai/', name: 'Bahasa Indonesia' }]);
    expect(v.card).toBe('https://atlas-ikm.example.org/og/en/clusters/kopi-dogiyai.png');
    expect(v.nav.filter((n) => n.current).map((n) => [n.label, n.current])).toEqual([['Clusters and centres', 'true']]);
    expect(v.typeFilter).toBe('Type:Cluster');
    expect(v.searchPath).toBe('/en/search/');
    expect(v.indexed).toBe(true);
  }, 60_000);

  it('the search page has no second search box and is no search result', () => {
    const v = baseView(routeFor('search', 'id')!, site, 'Cari');
    expect(v.searchPath).toBeUndefined();
    expect(v.typeFilter).toBeUndefined();
    expect(v.indexed).toBe(false);
  }, 60_000);

  it("an index's group pages keep the search box but are left out of search; the index itself is searched", () => {
    // This atlas is too small for group pages (data/site.yaml index_pages): one as the route table makes them.
    const group = baseView({ path: '/klaster/kelompok/papua/', locale: 'id', kind: 'clusters', key: 'clusters/papua', ref: 'papua' }, site, 'Klaster: Papua');
    expect(group.indexed).toBe(false);
    expect(group.typeFilter).toBeUndefined();
    expect(group.searchPath).toBe('/cari/');
    const index = baseView(routeFor('clusters', 'id')!, site, 'Klaster');
    expect(index.indexed).toBe(true);
  }, 60_000);
});
