// What a chart's page shows (/grafik/<id>/, /en/charts/<id>/), computed and typed here so the layout
// (src/layouts/ChartPage.astro) only renders it, and a unit test can read it without a build. The chart
// itself (figure, table, downloads) is src/components/Chart.astro's.
import { t } from '../i18n/index.ts';
import { atlas, pathFor } from '../lib/atlas.ts';
import { type DatasetFacts, datasetFacts } from '../lib/datasets.ts';
import { absolute } from '../lib/url.ts';
import type { Locale } from '../schemas/index.ts';
import type { Crumb } from './types.ts';

/** schema.org/Dataset: a chart page is the page of its dataset, for search engines and catalogues. */
export type DatasetJsonLd = { '@context': 'https://schema.org'; '@type': 'Dataset'; name: string; description: string; url: string } & DatasetFacts;

export interface ChartView {
  id: string;
  title: string;
  description: string;
  crumbs: Crumb[];
  jsonLd: DatasetJsonLd;
}

export function chartView(id: string, locale: Locale, site: URL | string | undefined): ChartView {
  const s = t(locale);
  const a = atlas();
  const series = a.series.get(id);
  if (!series) throw new Error(`no chart "${id}"`);
  const title = series.meta.title[locale]!;
  const description = series.meta.description[locale]!;
  return {
    id: series.id,
    title,
    description,
    crumbs: [{ label: s.charts, path: pathFor('charts', locale) }, { label: title }],
    jsonLd: {
      '@context': 'https://schema.org',
      '@type': 'Dataset',
      name: title,
      description,
      url: absolute(pathFor(`chart:${series.id}`, locale), site),
      ...datasetFacts({ sources: series.meta.sources, updated: series.meta.updated, file: `/files/series/${series.id}` }, locale, site),
    },
  };
}
