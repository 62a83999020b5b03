import { DEFAULT_LOCALE, languageName, LOCALES, REGION_NAME_COLUMNS, type Locale, type Localized } from '../schemas/index.ts';
import { t } from '../i18n/index.ts';
import type { SeriesRecord } from '../validate/load-data.ts';
import { atlas } from './atlas.ts';
import { changes, figureDates, valueSteps } from './changes.ts';
import { atlasDate } from './cite.ts';
import { toCsv } from './downloads.ts';
import { TrackedMemo } from './track.ts';
import { absolute, href } from './url.ts';

/** Frictionless Table Schema field types used here. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date';
export interface Field {
  name: string;
  type: FieldType;
  description: string;
}
export type Cell = string | number | boolean | null;

/** One downloadable table: what it is, its columns and rows, where it came from. */
export interface Dataset {
  id: string;
  title: Localized;
  description: Localized;
  fields: Field[];
  rows: Cell[][];
  sources: string[];
  updated: string;
  /** Site path of the CSV and JSON files, without extension. */
  file: string;
}

const joinList = (xs: readonly string[] | undefined) => (xs ?? []).join(';');

/**
 * One column: its Table Schema field and how a row gives its value, side by side, so columns and
 * values cannot drift apart. Field descriptions are metadata in English, whatever the atlas speaks.
 */
interface Column<R> extends Field {
  value: (row: R) => Cell;
}
/** One column per language of the atlas: `label_id`, `label_en`, … ("What is measured (Indonesian)"). */
function perLanguage<R>(name: string, description: string, value: (row: R, locale: Locale) => string | undefined): Column<R>[] {
  return LOCALES.map((l) => ({ name: `${name}_${l}`, type: 'string' as const, description: `${description} (${languageName(l)})`, value: (r: R) => value(r, l) ?? '' }));
}
function table<R>(columns: Column<R>[], rows: readonly R[]): Pick<Dataset, 'fields' | 'rows'> {
  return { fields: columns.map(({ name, type, description }) => ({ name, type, description })), rows: rows.map((r) => columns.map((c) => c.value(r))) };
}
/** A text in every language, from the engine's words (src/locales/). */
const words = (pick: (s: ReturnType<typeof t>) => string): Localized => Object.fromEntries(LOCALES.map((l) => [l, pick(t(l))]));

/** Content entries by slug, with each language's frontmatter; `first` is the default language's (shared facts). */
function byLocale<T>(docs: { locale: Locale; slug: string; data: T }[]) {
  const m = new Map<string, Partial<Record<Locale, T>>>();
  for (const d of docs) m.set(d.slug, { ...m.get(d.slug), [d.locale]: d.data });
  return [...m].sort(([a], [b]) => a.localeCompare(b)).map(([slug, versions]) => ({ slug, versions, first: versions[DEFAULT_LOCALE]! }));
}

export function seriesDataset(s: SeriesRecord): Dataset {
  const { meta } = s;
  type Row = SeriesRecord['rows'][number];
  const sourcesOf = (r: Row) => (r.source ? [r.source] : meta.sources).map((id) => atlas().sources.get(id)!);
  const en = (l: Localized) => l.en ?? l[DEFAULT_LOCALE]!;
  const columns: Column<Row>[] = [
    { name: meta.x.field, type: meta.x.type === 'year' ? 'integer' : 'string', description: en(meta.x.label), value: (r) => (meta.x.type === 'year' ? Number(r.x) : r.x) },
    ...(meta.group ? [{ name: meta.group.field, type: 'string' as const, description: en(meta.group.label), value: (r: Row) => r.group ?? '' }] : []),
    { name: meta.y.field, type: 'number', description: `${en(meta.y.label)} (empty: no value in the sources)`, value: (r) => r.y },
    { name: 'unit', type: 'string', description: 'Unit id (see units in the figures dataset)', value: () => meta.unit },
    { name: 'source', type: 'string', description: 'Source id of the row', value: (r) => r.source ?? '' },
    { name: 'figure', type: 'string', description: 'Figure id of the row, when the value is a figure record', value: (r) => r.figure ?? '' },
    {
      name: 'source_publisher',
      type: 'string',
      description: "Publisher of the row's source (of every source of the series, ;-separated, when the row names none)",
      value: (r) =>
        sourcesOf(r)
          .map((x) => x.publisher)
          .join(';'),
    },
    {
      name: 'source_url',
      type: 'string',
      description: "Link of the row's source, if it has one (;-separated like source_publisher)",
      value: (r) =>
        sourcesOf(r)
          .map((x) => x.url ?? '')
          .join(';'),
    },
    ...perLanguage<Row>('note', 'Note on the series, the same on every row', (_, l) => meta.note?.[l]),
  ];
  return { id: `series-${s.id}`, title: meta.title, description: meta.description, ...table(columns, s.rows), sources: meta.sources, updated: meta.updated, file: `/files/series/${s.id}` };
}

const uniqueSorted = (ids: string[]) => [...new Set(ids)].sort();

function figuresDataset(latest: string): Dataset {
  const a = atlas();
  const figures = [...a.figures.values()].sort((x, y) => x.id.localeCompare(y.id));
  type Row = (typeof figures)[number];
  const src = (f: Row) => a.sources.get(f.source)!;
  const columns: Column<Row>[] = [
    { name: 'id', type: 'string', description: 'Figure id (stable; its page is /angka/<id>/)', value: (f) => f.id },
    { name: 'topic', type: 'string', description: 'Topic', value: (f) => f.topic },
    ...perLanguage<Row>('label', 'What is measured', (f, l) => f.label[l]),
    { name: 'value', type: 'number', description: 'Value as the source states it, in the unit', value: (f) => f.value },
    { name: 'qualifier', type: 'string', description: 'exact, about, more_than, at_least or at_most', value: (f) => f.qualifier },
    { name: 'unit', type: 'string', description: 'Unit id', value: (f) => f.unit },
    { name: 'period', type: 'string', description: 'Period: 2019, 2019-Q3, 2018-H1, 2019-11, or a range 2015/2018', value: (f) => f.period },
    { name: 'scope', type: 'string', description: 'national, region:<code>, cluster:<slug>, set:<id> or other', value: (f) => f.scope },
    ...perLanguage<Row>('claimant', 'Who states it', (f, l) => f.claimant[l]),
    { name: 'primary', type: 'boolean', description: "true if the source is the claimant's own release", value: (f) => f.primary },
    { name: 'source', type: 'string', description: 'Source id', value: (f) => f.source },
    ...perLanguage<Row>('note', 'Note', (f, l) => f.note?.[l]),
    { name: 'caveat', type: 'boolean', description: 'true if the note is a warning', value: (f) => f.caveat },
    { name: 'source_publisher', type: 'string', description: 'Publisher or outlet of the source', value: (f) => src(f).publisher },
    { name: 'source_title', type: 'string', description: 'Title of the source, as published', value: (f) => src(f).title },
    { name: 'source_date', type: 'string', description: 'Publication date of the source (YYYY-MM-DD, YYYY-MM, YYYY) or "undated"', value: (f) => src(f).date },
    { name: 'source_url', type: 'string', description: 'Link of the source, if it has one', value: (f) => src(f).url ?? '' },
    { name: 'added', type: 'date', description: 'Day the atlas added this figure', value: (f) => figureDates(f).added },
    { name: 'changed', type: 'date', description: 'Day the atlas last changed its value or meaning', value: (f) => figureDates(f).changed },
  ];
  return {
    id: 'figures',
    title: words((s) => s.datasetTitles.figures),
    description: words((s) => s.datasetTitles.figuresDescription),
    ...table(columns, figures),
    sources: uniqueSorted(figures.map((f) => f.source)),
    updated: latest,
    file: '/files/figures',
  };
}

function regionsDataset(latest: string): Dataset {
  const a = atlas();
  type Row = (typeof a.regions)[number];
  const columns: Column<Row>[] = [
    { name: 'code', type: 'string', description: 'Official code', value: (r) => r.code },
    { name: 'slug', type: 'string', description: 'Slug of its page', value: (r) => r.slug },
    { name: 'name', type: 'string', description: `Name (${languageName(DEFAULT_LOCALE)})`, value: (r) => r.name },
    ...REGION_NAME_COLUMNS.map((c) => ({ name: c, type: 'string' as const, description: `Name (${languageName(c.slice('name_'.length))})`, value: (r: Row) => r[c as `name_${string}`] ?? '' })),
    { name: 'name_official', type: 'string', description: 'Official name', value: (r) => r.name_official },
    { name: 'short_name', type: 'string', description: 'Short name as readers write it (Sumut, Jatim, DKI), shown on tile maps', value: (r) => r.short_name ?? '' },
    { name: 'capital', type: 'string', description: 'Capital', value: (r) => r.capital },
    { name: 'island_group', type: 'string', description: 'Island group', value: (r) => r.island_group },
    { name: 'lat', type: 'number', description: 'Capital latitude (approximate)', value: (r) => r.lat },
    { name: 'lon', type: 'number', description: 'Capital longitude (approximate)', value: (r) => r.lon },
    { name: 'tile_col', type: 'integer', description: 'Column on the tile-grid map', value: (r) => r.tile_col },
    { name: 'tile_row', type: 'integer', description: 'Row on the tile-grid map', value: (r) => r.tile_row },
    { name: 'formed_year', type: 'integer', description: 'Year formed, for provinces split from others', value: (r) => r.formed_year },
    { name: 'formed_from', type: 'string', description: 'Codes of the provinces it was split from (;-separated)', value: (r) => joinList(r.formed_from) },
  ];
  return {
    id: 'provinces',
    title: a.regionsMeta.title,
    description: a.regionsMeta.description,
    ...table(columns, a.regions),
    sources: a.regionsMeta.sources,
    updated: a.regionsMeta.updated ?? latest,
    file: '/files/provinces',
  };
}

/** A content collection's dataset: its labels from site.yaml, one row per entry, sources and dates from the entries. */
function entriesDataset<R extends { first: { sources: string[]; updated: string } }>(id: 'clusters' | 'programs', columns: Column<R>[], entries: R[], latest: string): Dataset {
  const labels = atlas().site.collections[id];
  return {
    id,
    title: labels.plural,
    description: labels.description,
    ...table(columns, entries),
    sources: uniqueSorted(entries.flatMap((e) => e.first.sources)),
    updated:
      entries
        .map((e) => e.first.updated)
        .sort()
        .at(-1) ?? latest,
    file: `/files/${id}`,
  };
}

function clustersDataset(latest: string): Dataset {
  const a = atlas();
  const clusters = byLocale(a.clusters);
  type Row = (typeof clusters)[number];
  const columns: Column<Row>[] = [
    { name: 'slug', type: 'string', description: 'Slug of its page', value: (c) => c.slug },
    ...perLanguage<Row>('title', 'Name', (c, l) => c.versions[l]?.title),
    ...perLanguage<Row>('product', 'Product', (c, l) => c.versions[l]?.product),
    { name: 'region', type: 'string', description: 'Province code today', value: (c) => c.first.region },
    { name: 'region_at_source', type: 'string', description: 'Province code when the source was written, if different', value: (c) => c.first.region_at_source ?? '' },
    { name: 'locality', type: 'string', description: 'Regency or city', value: (c) => c.first.locality },
    { name: 'lat', type: 'number', description: 'Latitude (approximate)', value: (c) => c.first.coordinates.lat },
    { name: 'lon', type: 'number', description: 'Longitude (approximate)', value: (c) => c.first.coordinates.lon },
    { name: 'programs', type: 'string', description: 'Program slugs (;-separated)', value: (c) => joinList(c.first.programs) },
    { name: 'sources', type: 'string', description: 'Source ids (;-separated)', value: (c) => joinList(c.first.sources) },
    { name: 'updated', type: 'date', description: 'Last updated', value: (c) => c.first.updated },
  ];
  return entriesDataset('clusters', columns, clusters, latest);
}

function programsDataset(latest: string): Dataset {
  const a = atlas();
  const programs = byLocale(a.programs);
  type Row = (typeof programs)[number];
  const columns: Column<Row>[] = [
    { name: 'slug', type: 'string', description: 'Slug of its page', value: (p) => p.slug },
    ...perLanguage<Row>('title', 'Name', (p, l) => p.versions[l]?.title),
    ...perLanguage<Row>('agency', 'Who runs it', (p, l) => p.versions[l]?.agency),
    ...perLanguage<Row>('partner', 'Partner', (p, l) => p.versions[l]?.partner),
    { name: 'start', type: 'integer', description: 'Start year, if a source states it', value: (p) => p.first.start ?? null },
    { name: 'end', type: 'integer', description: 'End year, if a source states it', value: (p) => p.first.end ?? null },
    { name: 'regions', type: 'string', description: 'Province codes (;-separated)', value: (p) => joinList(p.first.regions) },
    { name: 'figures', type: 'string', description: 'Figure ids it reports (;-separated)', value: (p) => joinList(p.first.figures) },
    { name: 'sources', type: 'string', description: 'Source ids (;-separated)', value: (p) => joinList(p.first.sources) },
    { name: 'updated', type: 'date', description: 'Last updated', value: (p) => p.first.updated },
  ];
  return entriesDataset('programs', columns, programs, latest);
}

function sourcesDataset(latest: string): Dataset {
  const sources = [...atlas().sources.values()].sort((x, y) => x.id.localeCompare(y.id));
  type Row = (typeof sources)[number];
  const columns: Column<Row>[] = [
    { name: 'id', type: 'string', description: 'Source id', value: (s) => s.id },
    { name: 'publisher', type: 'string', description: 'Publisher or outlet', value: (s) => s.publisher },
    { name: 'title', type: 'string', description: 'Title as published', value: (s) => s.title },
    { name: 'date', type: 'string', description: 'Publication date (YYYY-MM-DD, YYYY-MM, YYYY) or "undated"', value: (s) => s.date },
    { name: 'url', type: 'string', description: 'Link, if known', value: (s) => s.url ?? '' },
    { name: 'language', type: 'string', description: 'Language code', value: (s) => s.language },
    { name: 'kind', type: 'string', description: 'news, blog, regulation, statistics, report, dataset or reference', value: (s) => s.kind },
    { name: 'author', type: 'string', description: 'Author or reporter, if known', value: (s) => s.author ?? '' },
  ];
  return {
    id: 'sources',
    title: words((s) => s.datasetTitles.sources),
    description: words((s) => s.datasetTitles.sourcesDescription),
    ...table(columns, sources),
    sources: [],
    updated: latest,
    file: '/files/sources',
  };
}

/**
 * Every change the atlas records (src/lib/changes.ts), newest first: the full list behind the changelog
 * page, which shows only the newest (src/views/changes.ts), so that the page stays small however large
 * the atlas grows.
 */
function changesDataset(latest: string): Dataset {
  const a = atlas();
  const list = changes();
  type Row = (typeof list)[number];
  const id = (c: Row) => c.ref.replace(/^(figure|chart):/, '');
  const label = (c: Row, l: Locale) => {
    if (c.kind.startsWith('figure')) return a.figures.get(id(c))!.label[l];
    if (c.kind.startsWith('series')) return a.series.get(id(c))!.meta.title[l];
    return a.sources.get(c.ref)!.title;
  };
  // A changed figure's value before and after that day's change (its last step that day).
  const step = (c: Row) =>
    c.kind === 'figure-changed'
      ? valueSteps(a.figures.get(id(c))!)
          .filter((x) => x.date === c.date)
          .at(-1)
      : undefined;
  const columns: Column<Row>[] = [
    { name: 'date', type: 'date', description: 'Day of the change', value: (c) => c.date },
    { name: 'kind', type: 'string', description: 'figure-added, figure-changed, series-added, series-changed, source-added or source-changed', value: (c) => c.kind },
    { name: 'id', type: 'string', description: 'Id of the figure, series or source', value: id },
    ...perLanguage<Row>('label', "What the record is: the figure's label, the series' title, the source's title", label),
    { name: 'value_before', type: 'number', description: "A changed figure's value before the change (empty otherwise)", value: (c) => step(c)?.from ?? null },
    { name: 'value_after', type: 'number', description: "A changed figure's value after the change (empty otherwise)", value: (c) => step(c)?.to ?? null },
  ];
  return {
    id: 'changes',
    title: words((s) => s.datasetTitles.changes),
    description: words((s) => s.datasetTitles.changesDescription),
    ...table(columns, list),
    sources: [],
    updated: list[0]?.date ?? latest,
    file: '/files/changes',
  };
}

/** Every dataset of the atlas, in a stable order. */
const WHOLE: Record<string, (latest: string) => Dataset> = {
  figures: figuresDataset,
  provinces: regionsDataset,
  clusters: clustersDataset,
  programs: programsDataset,
  sources: sourcesDataset,
  changes: changesDataset,
};

/**
 * The atlas-wide datasets, each made once per process. The data pages, their downloads and the data
 * package all ask for them (an incremental build after one figure change renders them all): at 10 000
 * clusters the figures and changes tables were made six times over, 0.3-0.8 s each time.
 */
const wholeMemo = new TrackedMemo<Dataset>();

function whole(id: string): Dataset {
  return wholeMemo.get(id, () => WHOLE[id]!(atlasDate()));
}

export function datasets(): Dataset[] {
  return datasetsWhere(true, () => true);
}

/**
 * Some of the datasets, in the order of datasets(), made alone: the atlas-wide ones or none, and the
 * series that `series` keeps. A data group page lists about 140 series of 10 000: made from every
 * dataset, each of the 143 group pages of a 10 000-chart atlas made all 10 000 series tables, and read
 * every figure (the figures table), so one figure change rendered them all again, for 40 of the 60 s
 * its Astro step took (CPU profile, 7 December).
 */
export function datasetsWhere(wholeToo: boolean, series: (id: string) => boolean): Dataset[] {
  return [...(wholeToo ? Object.keys(WHOLE).map(whole) : []), ...[...atlas().series.values()].filter((s) => series(s.id)).map(seriesDataset)];
}

/** A link to an atlas-wide dataset's download, where a list cut short on a page sends the reader for the rest. */
export function datasetLink(id: keyof typeof WHOLE, format: 'csv' | 'json'): { href: string; text: string } {
  return { href: href(`/files/${id}.${format}`), text: format.toUpperCase() };
}

/** Every dataset's id and file (without its rows): the download routes. */
export function datasetFiles(): { id: string; file: string }[] {
  return [...Object.keys(WHOLE).map((id) => ({ id, file: `/files/${id}` })), ...[...atlas().series.keys()].map((id) => ({ id: `series-${id}`, file: `/files/series/${id}` }))];
}

/** One dataset by id, computed alone: its download then depends on what it reads, not on every dataset. */
export function dataset(id: string): Dataset {
  if (WHOLE[id]) return whole(id);
  const series = id.startsWith('series-') ? atlas().series.get(id.slice(7)) : undefined;
  if (!series) throw new Error(`Unknown dataset "${id}"`);
  return seriesDataset(series);
}

export function datasetCsv(d: Dataset): string {
  return toCsv(
    d.fields.map((f) => f.name),
    d.rows,
  );
}

export function datasetJson(d: Dataset) {
  return {
    id: d.id,
    title: d.title,
    description: d.description,
    updated: d.updated,
    sources: d.sources,
    fields: d.fields,
    rows: d.rows.map((r) => Object.fromEntries(d.fields.map((f, i) => [f.name, r[i] === '' && f.type !== 'string' ? null : r[i]]))),
  };
}

/** The JSON file of a dataset, exactly as /files/<dataset>.json serves it (the download links show its size). */
export function datasetJsonText(d: Dataset): string {
  return `${JSON.stringify(datasetJson(d), null, 2)}\n`;
}

/** What schema.org/Dataset says of a table after its name: language, licence, date, sources with a link, and its downloads. */
export interface DatasetFacts {
  inLanguage: Locale;
  license: string;
  dateModified: string;
  creator: { '@type': 'Organization'; name: string };
  isBasedOn: string[];
  distribution: { '@type': 'DataDownload'; encodingFormat: string; contentUrl: string }[];
}

/** A dataset's schema.org facts, for the chart page of a series and each dataset of the open-data catalogue. */
export function datasetFacts(d: Pick<Dataset, 'sources' | 'updated' | 'file'>, locale: Locale, site: URL | string | undefined): DatasetFacts {
  const a = atlas();
  return {
    inLanguage: locale,
    license: a.site.license.contentUrl,
    dateModified: d.updated,
    creator: { '@type': 'Organization', name: a.site.publisher },
    isBasedOn: d.sources.flatMap((id) => {
      const url = a.sources.get(id)!.url;
      return url ? [url] : [];
    }),
    distribution: [
      { '@type': 'DataDownload', encodingFormat: 'text/csv', contentUrl: absolute(`${d.file}.csv`, site) },
      { '@type': 'DataDownload', encodingFormat: 'application/json', contentUrl: absolute(`${d.file}.json`, site) },
    ],
  };
}
