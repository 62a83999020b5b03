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
  }, 60_000);

  it('the search page has no second search box and is no search result', () => {
    const v = baseView(routeFor('search', 'id')!, site, 'Cari');
    expect(v.searchPath).toBeUndefined();
    expect(v.typeFilter).toBeUndefined();
  }, 60_000);
});
