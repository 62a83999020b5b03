import { atlas, routeFor, routesFor } from '../lib/atlas.ts';
import { cardPath } from '../lib/cards.ts';
import { otherLocales } from '../lib/locale.ts';
import { absolute } from '../lib/url.ts';
import { t } from '../i18n/index.ts';
import { DEFAULT_LOCALE, type Locale } from '../schemas/index.ts';
import { GROUPED_INDEXES } from '../routes/groups.ts';
import type { Route } from '../routes/table.ts';

/** What every page's frame shows around its content: head metadata, header, navigation, footer. */
export interface BaseView {
  siteTitle: string;
  /** The <title>: the home page's is the site and its tagline, every other page's its own title and the site. */
  fullTitle: string;
  ogType: 'website' | 'article';
  canonical: string;
  /** The page's own social card (charts, figures, clusters, provinces, programs) or the generic one, absolute. */
  card: string;
  /** This page in every language (hreflang), absolute; `xDefault` is the first language's. */
  alternates: { locale: Locale; url: string }[];
  xDefault: string | undefined;
  /** One link per other language: this page in it, or its home page when this page has no twin there. */
  switches: { locale: Locale; path: string; name: string }[];
  homePath: string;
  /** The header's search form goes to this page; none on the search page itself (one search box per page). */
  searchPath: string | undefined;
  /** Whether search indexes this page (data-pagefind-body); see below. */
  indexed: boolean;
  nav: { label: string; path: string; current: 'page' | 'true' | undefined }[];
  /** Pagefind's type filter for this page ("Jenis:Klaster"), in the page language; none for pages that are no search result type. */
  typeFilter: string | undefined;
  changesPath: string;
  license: { content: string; contentUrl: string; code: string; data: string };
}

export function baseView(route: Route, site: URL | undefined, title: string): BaseView {
  const a = atlas();
  const { locale } = route;
  const s = t(locale);
  const config = a.site;
  const alternates = routesFor(route.key);
  const siteTitle = config.title[locale];
  const navKeys: [string, string][] = [
    ['clusters', config.collections.clusters.plural[locale]],
    ['regions', config.collections.regions.plural[locale]],
    ['programs', config.collections.programs.plural[locale]],
    ['figures', s.figures],
    ['sources', s.sources],
    ['glossary', s.glossaryNav],
    ['data', s.dataNav],
    ...a.pages.filter((p) => p.locale === locale && p.data.nav).map((p) => [`page:${p.slug}`, p.data.nav_label ?? p.data.title] as [string, string]),
  ];
  // An index's group pages (key "clusters/…", src/routes/groups.ts) belong to it too.
  const isCurrent = (key: string) => route.key === key || route.key.startsWith(`${key}/`) || (route.key.startsWith(`${key.replace(/s$/, '')}:`) && key !== 'sources');
  const nav = navKeys
    .map(([key, label]) => ({ label, route: routeFor(key, locale) }))
    .filter((n): n is { label: string; route: Route } => n.route !== undefined)
    .map((n) => ({ label: n.label, path: n.route.path, current: route.key === n.route.key ? ('page' as const) : isCurrent(n.route.key) ? ('true' as const) : undefined }));
  const typeLabel: Partial<Record<Route['kind'], string>> = {
    cluster: config.collections.clusters.singular[locale],
    region: config.collections.regions.singular[locale],
    program: config.collections.programs.singular[locale],
    figure: s.figure,
    chart: s.charts,
    page: s.pageKind,
    home: s.pageKind,
  };
  const searchable = route.kind !== 'search';
  // An index's group pages (src/routes/groups.ts) only list pages that search finds on their own: indexed,
  // each would answer every query that matches one of its hundreds of entries, and at 10 000 clusters
  // they were 31 MB of each language's search index, indexed again after every figure change.
  const indexed = searchable && !(route.ref !== undefined && (GROUPED_INDEXES as readonly string[]).includes(route.kind));
  const type = typeLabel[route.kind];
  return {
    siteTitle,
    fullTitle: route.kind === 'home' ? `${siteTitle} — ${config.tagline[locale]}` : `${title} · ${siteTitle}`,
    ogType: route.kind === 'home' ? 'website' : 'article',
    canonical: absolute(route.path, site),
    card: absolute(cardPath(route), site),
    alternates: alternates.map((r) => ({ locale: r.locale, url: absolute(r.path, site) })),
    xDefault: alternates.filter((r) => r.locale === DEFAULT_LOCALE).map((r) => absolute(r.path, site))[0],
    switches: otherLocales(locale).map((l) => ({ locale: l, path: (alternates.find((r) => r.locale === l) ?? routeFor('page:index', l)!).path, name: t(l).languageName })),
    homePath: routeFor('page:index', locale)!.path,
    searchPath: searchable ? routeFor('search', locale)!.path : undefined,
    indexed,
    nav,
    typeFilter: indexed && type ? `${s.typeFilter}:${type}` : undefined,
    changesPath: routeFor('changes', locale)!.path,
    license: { content: config.license.content, contentUrl: config.license.contentUrl, code: config.license.code, data: config.license.data[locale] },
  };
}
