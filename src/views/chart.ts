// What a chart's page shows (/grafik/<id>/, /en/charts/<id>/), computed and typed here so the layout
// (src/layouts/ChartPage.astro) only renders it, and a unit test can read it without a build. The chart
// itself (figure, table, downloads) is src/components/Chart.astro's.
import { t } from '../i18n/index.ts';
import { atlas, pathFor } from '../lib/atlas.ts';
import { absolute } from '../lib/url.ts';
import type { Locale } from '../schemas/index.ts';
import type { Crumb } from './types.ts';

/** schema.org/Dataset: a chart page is the page of its dataset, for search engines and catalogues. */
export interface DatasetJsonLd {
  '@context': 'https://schema.org';
  '@type': 'Dataset';
  name: string;
  description: string;
  url: string;
  inLanguage: Locale;
  license: string;
  dateModified: string;
  creator: { '@type': 'Organization'; name: string };
  isBasedOn: string[];
  distribution: { '@type': 'DataDownload'; encodingFormat: string; contentUrl: string }[];
}

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
      inLanguage: locale,
      license: a.site.license.contentUrl,
      dateModified: series.meta.updated,
      creator: { '@type': 'Organization', name: a.site.publisher },
      isBasedOn: series.meta.sources.map((x) => a.sources.get(x)!.url).filter((url) => url !== undefined),
      distribution: [
        { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absolute(`/files/series/${series.id}.csv`, site) },
        { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absolute(`/files/series/${series.id}.json`, site) },
      ],
    },
  };
}
