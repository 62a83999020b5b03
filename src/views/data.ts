// What the open-data catalogue shows (/data/, /en/data/, and its group pages when the index is grouped):
// every dataset with description, columns, date, sources and downloads, and their schema.org Datasets.
// Computed and typed here so the layout (src/layouts/DataPage.astro) only renders it, and a unit test can
// read it without a build.
import { t } from '../i18n/index.ts';
import { atlas, pathFor } from '../lib/atlas.ts';
import { type DatasetFacts, datasetFacts, datasetsWhere } from '../lib/datasets.ts';
import { formatDate, intlLocale } from '../lib/format.ts';
import { absolute, href } from '../lib/url.ts';
import { feedPath, type Route } from '../routes/table.ts';
import { groupHeading, type GroupView, groupView } from './groups.ts';
import type { Crumb, Link } from './types.ts';

export interface DatasetEntry {
  id: string;
  title: string;
  description: string;
  /** How many rows, written for the language. */
  rows: string;
  columns: string;
  updated: string;
  /** Its sources' publishers, each linking to the source in the list of sources. */
  sources: Link[];
  csv: string;
  json: string;
  /** A series' chart page. */
  chart?: string;
}

export type DatasetGraphJsonLd = { '@context': 'https://schema.org'; '@graph': ({ '@type': 'Dataset'; '@id': string; name: string; description: string } & DatasetFacts)[] };

export interface DataView {
  /** The index's groups (src/routes/groups.ts): the overview keeps the atlas-wide datasets, each group page its series. */
  group: GroupView;
  title: string;
  description: string;
  crumbs: Crumb[];
  /** The Data Package descriptor, the licence of content and data, and the RSS feed. */
  datapackage: string;
  license: { content: string; data: string };
  feed: string;
  datasets: DatasetEntry[];
  jsonLd: DatasetGraphJsonLd;
}

export function dataView(route: Route, site: URL | string | undefined): DataView {
  const { locale } = route;
  const s = t(locale);
  const a = atlas();
  const labels = a.site.collections;
  // A large atlas lists the series' datasets in groups by the first letters of their ids (src/routes/groups.ts):
  // the overview keeps the atlas-wide datasets, each group page its series.
  const group = groupView('data', route);
  const listed = new Set(group.ids);
  const all = datasetsWhere(group.whole || group.overview, (id) => group.whole || listed.has(id));
  const kinds = [s.figures, labels.regions.plural[locale]!, labels.clusters.plural[locale]!, labels.programs.plural[locale]!, s.sources].map((w) => w.toLowerCase()).join(', ');
  const sourcesPage = href(pathFor('sources', locale));
  const count = new Intl.NumberFormat(intlLocale(locale));
  return {
    group,
    ...groupHeading(group, s.openData, pathFor('data', locale)),
    description: s.dataDescription(kinds),
    datapackage: href('/datapackage.json'),
    license: { content: a.site.license.content, data: a.site.license.data[locale]! },
    feed: href(feedPath(locale)),
    datasets: all.map((d) => ({
      id: d.id,
      title: d.title[locale]!,
      description: d.description[locale]!,
      rows: count.format(d.rows.length),
      columns: d.fields.map((f) => f.name).join(', '),
      updated: formatDate(d.updated, locale),
      sources: d.sources.map((id) => ({ href: `${sourcesPage}#src-${id}`, text: a.sources.get(id)!.publisher })),
      csv: href(`${d.file}.csv`),
      json: href(`${d.file}.json`),
      chart: d.id.startsWith('series-') ? href(pathFor(`chart:${d.id.slice(7)}`, locale)) : undefined,
    })),
    jsonLd: {
      '@context': 'https://schema.org',
      '@graph': all.map((d) => ({
        '@type': 'Dataset',
        '@id': `${absolute(route.path, site)}#${d.id}`,
        name: d.title[locale]!,
        description: d.description[locale]!,
        ...datasetFacts(d, locale, site),
      })),
    },
  };
}
