// What the home page shows (/, /en/), computed and typed here so the layout (src/layouts/HomePage.astro)
// only renders it, and a unit test can read it without a build: the newest key figures, the
// clusters-per-province tile map, chart thumbnails and what changed lately (chosen in src/lib/dashboard.ts),
// then the ways in.
import type { RenderedChart } from '../charts/index.ts';
import { t } from '../i18n/index.ts';
import { atlas, doc, indexGroups, pathFor } from '../lib/atlas.ts';
import { renderedOnce } from '../lib/chart-render.ts';
import { clustersPerRegion, type KeyFigure, keyFigures, recentChanges, thumbnails } from '../lib/dashboard.ts';
import { formatDate, intlLocale } from '../lib/format.ts';
import { counted } from '../lib/plural.ts';
import { href } from '../lib/url.ts';
import type { Locale } from '../schemas/index.ts';
import type { Card } from './types.ts';

export interface HomeView {
  title: string;
  summary: string;
  /** Key figures, each linking to its figure's page. */
  figures: (KeyFigure & { href: string })[];
  figuresHref: string;
  /** Every cluster on a map: only while the clusters index fits one page (src/routes/groups.ts), so that
   * the home page does not grow with the atlas; past that, the tile map and the index's groups stand in. */
  clusterMap: boolean;
  /** The clusters-per-province tile map. */
  grid: { title: string; rendered: RenderedChart };
  thumbnails: { title: string; href: string; svg: string }[];
  chartsHref: string;
  /** Recently changed pages: the ISO date, the date as written for the language, and the link. */
  recent: { date: string; dateText: string; category: string; href: string; title: string }[];
  /** The ways in: the indexes, each with how many entries it holds. */
  entries: Card[];
  /** The home prose: the MDX entry id in the pages collection. */
  proseId: string;
}

export function homeView(locale: Locale): HomeView {
  const a = atlas();
  const s = t(locale);
  const page = doc('pages', locale, 'index');
  if (!page) throw new Error(`no home page (content/pages/${locale}/index.mdx)`);
  const c = a.site.collections;
  const words = s.homePage;
  const count = (n: number, forms: { singular: Record<string, string>; plural: Record<string, string> }) =>
    counted(n, { singular: forms.singular[locale]!.toLowerCase(), plural: forms.plural[locale]!.toLowerCase() }, intlLocale(locale));
  // In the order the layout computed them before this view: the charts render once per build (cached).
  const entries: Card[] = [
    { title: c.clusters.plural[locale]!, path: pathFor('clusters', locale), summary: c.clusters.description[locale]!, meta: count(a.clusters.filter((d) => d.locale === locale).length, c.clusters) },
    { title: c.regions.plural[locale]!, path: pathFor('regions', locale), summary: c.regions.description[locale]!, meta: count(a.regions.length, c.regions) },
    { title: c.programs.plural[locale]!, path: pathFor('programs', locale), summary: c.programs.description[locale]!, meta: count(a.programs.filter((d) => d.locale === locale).length, c.programs) },
    { title: s.figures, path: pathFor('figures', locale), summary: s.figuresSummary, meta: count(a.figures.size, { singular: { [locale]: s.figure }, plural: { [locale]: s.figures } }) },
  ];
  const figures = keyFigures(locale);
  const thumbs = thumbnails(locale);
  const recent = recentChanges(locale);
  const grid = renderedOnce(`home-grid|${locale}`, () => clustersPerRegion(locale, words.perRegion));
  return {
    title: page.data.title,
    summary: page.data.summary,
    figures: figures.map((f) => ({ ...f, href: href(pathFor(`figure:${f.id}`, locale)) })),
    figuresHref: href(pathFor('figures', locale)),
    clusterMap: indexGroups('clusters').children.length === 0,
    grid: { title: words.perRegion, rendered: grid },
    thumbnails: thumbs.map((th) => ({ title: th.title, href: href(th.path), svg: th.svg })),
    chartsHref: href(pathFor('charts', locale)),
    recent: recent.map((i) => ({ date: i.date, dateText: formatDate(i.date, locale), category: i.category, href: href(i.path), title: i.title })),
    entries,
    proseId: `${locale}/index`,
  };
}
