// The search page's view (src/views/search.ts), without a site build (checked against the page as built
// before the view existed).
import { describe, expect, it } from 'vitest';
import { SEARCH_RANKING } from '../../../src/lib/search-ranking.ts';
import { searchView } from '../../../src/views/search.ts';

describe('searchView', () => {
  const en = searchView('en');

  it('points Pagefind at this language’s bundle, with the site base and the ranking', () => {
    expect(en.bundle).toBe('/pagefind/en/');
    expect(en.bundles).toBe('/pagefind/bundles.json');
    expect(en.base).toBe('/');
    expect(JSON.parse(en.ranking)).toEqual(SEARCH_RANKING);
  });

  it('offers the indexes to readers without JavaScript', () => {
    expect(en.indexes.map((i) => i.path)).toEqual(['/en/clusters/', '/en/provinces/', '/en/programs/', '/en/figures/', '/en/sources/']);
    expect(en.title).toBe('Search');
    expect(en.crumbs).toEqual([{ label: 'Search' }]);
  });
});
