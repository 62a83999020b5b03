// What the search page shows (/cari/, /en/search/): Pagefind's settings for this language, and the indexes
// offered to readers without JavaScript. Computed and typed here so the layout (src/layouts/SearchPage.astro)
// only renders it, and a unit test can read it without a build.
import { t } from '../i18n/index.ts';
import { atlas, pathFor } from '../lib/atlas.ts';
import { SEARCH_RANKING } from '../lib/search-ranking.ts';
import { href } from '../lib/url.ts';
import type { Locale } from '../schemas/index.ts';
import type { Card, Crumb } from './types.ts';

export interface SearchView {
  title: string;
  description: string;
  crumbs: Crumb[];
  /** This language's first search bundle; a large atlas has more, listed in `bundles` (scripts/lib/search-index.ts). */
  bundle: string;
  bundles: string;
  /** The site's base path, ending in a slash. */
  base: string;
  /** Pagefind's ranking, as JSON for the page's data attribute. */
  ranking: string;
  /** The indexes offered instead when the page's script does not run. */
  indexes: Pick<Card, 'title' | 'path'>[];
}

export function searchView(locale: Locale): SearchView {
  const s = t(locale);
  const c = atlas().site.collections;
  return {
    title: s.search,
    description: s.searchDescription([c.clusters.plural[locale], c.regions.plural[locale], c.programs.plural[locale]].join(', ')),
    crumbs: [{ label: s.search }],
    bundle: href(`/pagefind/${locale}/`),
    bundles: href('/pagefind/bundles.json'),
    base: (import.meta.env.BASE_URL ?? '/').replace(/\/?$/, '/'),
    ranking: JSON.stringify(SEARCH_RANKING),
    indexes: [
      { title: c.clusters.plural[locale]!, path: pathFor('clusters', locale) },
      { title: c.regions.plural[locale]!, path: pathFor('regions', locale) },
      { title: c.programs.plural[locale]!, path: pathFor('programs', locale) },
      { title: s.figures, path: pathFor('figures', locale) },
      { title: s.sources, path: pathFor('sources', locale) },
    ],
  };
}
