import { LOCALES, localeInfo, type Locale, type SiteConfig } from '../schemas/index.ts';
import { entriesPerPage, flatGroups, groupKey, groupTree, type GroupedIndex, type GroupEntry, type GroupLevel, type GroupNode } from './groups.ts';

/** Every kind of page the engine makes. */
export type RouteKind =
  | 'home'
  | 'page'
  | 'regions'
  | 'region'
  | 'clusters'
  | 'cluster'
  | 'programs'
  | 'program'
  | 'sources'
  | 'glossary'
  | 'figures'
  | 'figure'
  | 'chart'
  | 'charts'
  | 'embed'
  | 'search'
  | 'data'
  | 'changes';

export interface Route {
  /** Site path without the base, with leading and trailing slash: "/klaster/tenun-ulos-samosir/". */
  path: string;
  locale: Locale;
  kind: RouteKind;
  /** Same key in every language: the language switch and hreflang pair routes by it. */
  key: string;
  /** The entity (slug, figure id, series id, page name) the page is about, if any; on an index's
   * group page, its segments joined by "/" (src/routes/groups.ts). */
  ref?: string;
}

/** What exists, in the few words routing needs. */
export interface Inventory {
  regions: string[];
  clusters: Record<Locale, string[]>;
  programs: Record<Locale, string[]>;
  /** Free pages: name pairs translations, path is the URL segment ('' for the home page). */
  pages: { name: string; locale: Locale; path: string }[];
  figures: string[];
  series: string[];
  /** What index groups are made of (src/routes/groups.ts); absent in older snapshots. */
  groups?: Record<GroupedIndex, GroupEntry[]>;
}

/** The stable properties each index groups by, before the letters of its ids. */
export const GROUP_LEVELS: Record<GroupedIndex, GroupLevel[]> = { clusters: ['region'], figures: ['topic'], charts: [], data: [] };

/** The group tree of an index (a root without children when the index fits one page). */
export function indexTree(site: SiteConfig, inv: Inventory, index: GroupedIndex): GroupNode {
  return groupTree(inv.groups?.[index] ?? [], GROUP_LEVELS[index], entriesPerPage(index, site.index_pages?.max_entries));
}

/** The language's RSS feed, beside its home page (src/pages/[...feed].xml.ts). */
export const feedPath = (locale: Locale): string => `${localeInfo(locale).root}rss.xml`;

/** Builds the path of a route from URL segments, in a locale. */
export function localePath(locale: Locale, ...segments: string[]): string {
  const rest = segments.filter(Boolean).join('/');
  return localeInfo(locale).root + (rest ? `${rest}/` : '');
}

/** The whole route table: one place decides every URL of the site. */
export function buildRoutes(site: SiteConfig, inv: Inventory): Route[] {
  const routes: Route[] = [];
  const trees = Object.fromEntries((['clusters', 'figures', 'charts', 'data'] as const).map((index) => [index, site.index_pages?.path ? flatGroups(indexTree(site, inv, index)) : []])) as Record<
    GroupedIndex,
    GroupNode[]
  >;
  for (const locale of LOCALES) {
    const seg = (k: keyof SiteConfig['collections']) => site.collections[k].path[locale];
    // An index's group pages, right after it: <index>/<group word>/<segments>/.
    const groups = (index: GroupedIndex, indexPath: string) => {
      for (const g of trees[index])
        routes.push({ path: localePath(locale, indexPath, site.index_pages!.path![locale]!, ...g.segments), locale, kind: index, key: groupKey(index, g.segments), ref: g.segments.join('/') });
    };
    for (const p of inv.pages.filter((p) => p.locale === locale)) {
      routes.push({ path: localePath(locale, p.path), locale, kind: p.name === 'index' ? 'home' : 'page', key: `page:${p.name}`, ref: p.name });
    }
    routes.push({ path: localePath(locale, seg('regions')), locale, kind: 'regions', key: 'regions' });
    for (const s of inv.regions) routes.push({ path: localePath(locale, seg('regions'), s), locale, kind: 'region', key: `region:${s}`, ref: s });
    routes.push({ path: localePath(locale, seg('clusters')), locale, kind: 'clusters', key: 'clusters' });
    groups('clusters', seg('clusters'));
    for (const s of inv.clusters[locale]) routes.push({ path: localePath(locale, seg('clusters'), s), locale, kind: 'cluster', key: `cluster:${s}`, ref: s });
    routes.push({ path: localePath(locale, seg('programs')), locale, kind: 'programs', key: 'programs' });
    for (const s of inv.programs[locale]) routes.push({ path: localePath(locale, seg('programs'), s), locale, kind: 'program', key: `program:${s}`, ref: s });
    routes.push({ path: localePath(locale, site.paths.sources[locale]), locale, kind: 'sources', key: 'sources' });
    if (site.paths.glossary) routes.push({ path: localePath(locale, site.paths.glossary[locale]), locale, kind: 'glossary', key: 'glossary' });
    routes.push({ path: localePath(locale, site.paths.figures[locale]), locale, kind: 'figures', key: 'figures' });
    groups('figures', site.paths.figures[locale]!);
    routes.push({ path: localePath(locale, site.paths.search[locale]), locale, kind: 'search', key: 'search' });
    routes.push({ path: localePath(locale, site.paths.data[locale]), locale, kind: 'data', key: 'data' });
    groups('data', site.paths.data[locale]!);
    routes.push({ path: localePath(locale, site.paths.changes[locale]), locale, kind: 'changes', key: 'changes' });
    for (const id of inv.figures) routes.push({ path: localePath(locale, site.paths.figures[locale], id), locale, kind: 'figure', key: `figure:${id}`, ref: id });
    routes.push({ path: localePath(locale, site.paths.charts[locale]), locale, kind: 'charts', key: 'charts' });
    groups('charts', site.paths.charts[locale]!);
    for (const id of inv.series) {
      routes.push({ path: localePath(locale, site.paths.charts[locale], id), locale, kind: 'chart', key: `chart:${id}`, ref: id });
      routes.push({ path: localePath(locale, 'embed', id), locale, kind: 'embed', key: `embed:${id}`, ref: id });
    }
  }
  return routes;
}

/** Paths claimed by more than one route (e.g. a page whose `path` equals a collection's URL word). */
export function routeCollisions(routes: Route[]): { path: string; keys: string[]; locale: Route['locale'] }[] {
  const byPath = new Map<string, string[]>();
  const localeOf = new Map<string, Route['locale']>();
  for (const r of routes) {
    byPath.set(r.path, [...new Set([...(byPath.get(r.path) ?? []), r.key])]);
    localeOf.set(r.path, r.locale);
  }
  // The same key twice is a duplicate id, reported where the id is written; here only distinct pages clash.
  return [...byPath].filter(([, keys]) => keys.length > 1).map(([path, keys]) => ({ path, keys, locale: localeOf.get(path)! }));
}
