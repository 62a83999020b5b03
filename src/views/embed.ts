// What a chart's embed page shows (/embed/<id>/, /en/embed/<id>/): title, the chart with its links opening
// in the host's window, one source line and one credit line (their words from src/lib/embed-view.ts, the
// same the snippet's heights are measured from). Computed and typed here so the layout
// (src/layouts/EmbedPage.astro) only renders it, and a unit test can read it without a build.
import { atlas, pathFor } from '../lib/atlas.ts';
import { renderedSeries } from '../lib/chart-render.ts';
import { chartCitation } from '../lib/cite.ts';
import { chartLinksToTop, type EmbedView } from '../lib/embed.ts';
import { embedView } from '../lib/embed-view.ts';
import { absolute, href } from '../lib/url.ts';
import type { Locale } from '../schemas/index.ts';
import type { Link } from './types.ts';

export interface EmbedPageView {
  id: string;
  /** The chart's title, and the document title after it with the site's name. */
  title: string;
  documentTitle: string;
  description: string;
  /** The chart page: canonical URL, and its site path with the base. */
  canonical: string;
  chartHref: string;
  /** schema.org/Dataset with the credit a reuser gives (the chart's citation). */
  jsonLd: { '@context': 'https://schema.org'; '@type': 'Dataset'; name: string; url: string; license: string; creditText: string };
  /** The chart's svgs, wide and narrow, their links opening in the host's window. */
  wide: string;
  narrow: string;
  sourceWord: string;
  sources: Link[];
  creditWords: EmbedView['creditWords'];
  address: string;
  license: string;
  /** The chart page's anchors for its note and its citation. */
  noteHref: string;
  citeHref: string;
}

export function embedPageView(id: string, locale: Locale, site: URL | string | undefined): EmbedPageView {
  const a = atlas();
  const series = a.series.get(id);
  if (!series) throw new Error(`no chart "${id}"`);
  const rendered = renderedSeries(series.id, locale);
  const chartPath = pathFor(`chart:${series.id}`, locale);
  const chartUrl = absolute(chartPath, site);
  const view = embedView(series.id, locale, site);
  const anchor = `chart-${series.id}`;
  const sourcesPage = href(pathFor('sources', locale));
  const citation = chartCitation(series, locale, chartUrl);
  return {
    id: series.id,
    title: view.title,
    documentTitle: `${view.title} · ${a.site.title[locale]}`,
    description: series.meta.description[locale]!,
    canonical: chartUrl,
    chartHref: href(chartPath),
    jsonLd: { '@context': 'https://schema.org', '@type': 'Dataset', name: view.title, url: chartUrl, license: a.site.license.contentUrl, creditText: citation },
    wide: chartLinksToTop(rendered.wide),
    narrow: chartLinksToTop(rendered.narrow),
    sourceWord: view.sourceWord,
    sources: view.sources.map((x) => ({ href: `${sourcesPage}#src-${x.id}`, text: x.label })),
    creditWords: view.creditWords,
    address: view.address,
    license: a.site.license.contentUrl,
    noteHref: `${href(chartPath)}#${anchor}-note`,
    citeHref: `${href(chartPath)}#${anchor}-cite`,
  };
}
