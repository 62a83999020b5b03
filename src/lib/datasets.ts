import type { Locale, Localized } from '../schemas/index.ts';
import type { SeriesRecord } from '../validate/load-data.ts';
import { atlas } from './atlas.ts';
import { figureDates } from './changes.ts';
import { atlasDate } from './cite.ts';
import { toCsv } from './downloads.ts';

/** Frictionless Table Schema field types used here. */
export type FieldType = 'string' | 'number' | 'integer' | 'boolean' | 'date';
export interface Field { name: string; type: FieldType; description: string }
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
const byLocale = <T>(docs: { locale: Locale; slug: string; data: T }[]) => {
  const m = new Map<string, Partial<Record<Locale, T>>>();
  for (const d of docs) m.set(d.slug, { ...m.get(d.slug), [d.locale]: d.data });
  return [...m].sort(([a], [b]) => a.localeCompare(b));
};

export function seriesDataset(s: SeriesRecord): Dataset {
  const { meta } = s;
  const xType: FieldType = meta.x.type === 'year' ? 'integer' : 'string';
  return {
    id: `series-${s.id}`,
    title: meta.title,
    description: meta.description,
    fields: [
      { name: meta.x.field, type: xType, description: meta.x.label.en },
      ...(meta.group ? [{ name: meta.group.field, type: 'string' as const, description: meta.group.label.en }] : []),
      { name: meta.y.field, type: 'number', description: `${meta.y.label.en} (empty: no value in the sources)` },
      { name: 'unit', type: 'string', description: 'Unit id (see units in the figures dataset)' },
      { name: 'source', type: 'string', description: 'Source id of the row' },
      { name: 'figure', type: 'string', description: 'Figure id of the row, when the value is a figure record' },
      { name: 'source_publisher', type: 'string', description: "Publisher of the row's source (of every source of the series, ;-separated, when the row names none)" },
      { name: 'source_url', type: 'string', description: "Link of the row's source, if it has one (;-separated like source_publisher)" },
      { name: 'note_id', type: 'string', description: 'Note on the series (Indonesian), the same on every row' },
      { name: 'note_en', type: 'string', description: 'Note on the series (English), the same on every row' },
    ],
    rows: s.rows.map((r) => {
      const srcs = (r.source ? [r.source] : meta.sources).map((id) => atlas().sources.get(id)!);
      return [meta.x.type === 'year' ? Number(r.x) : r.x, ...(meta.group ? [r.group ?? ''] : []), r.y, meta.unit, r.source ?? '', r.figure ?? '', srcs.map((x) => x.publisher).join(';'), srcs.map((x) => x.url ?? '').join(';'), meta.note?.id ?? '', meta.note?.en ?? ''];
    }),
    sources: meta.sources,
    updated: meta.updated,
    file: `/files/series/${s.id}`,
  };
}

/** Every dataset of the atlas, in a stable order. */
export function datasets(): Dataset[] {
  const a = atlas();
  const latest = atlasDate();
  const figures = [...a.figures.values()].sort((x, y) => x.id.localeCompare(y.id));
  const sourcesOf = (ids: string[]) => [...new Set(ids)].sort();
  const clusters = byLocale(a.clusters);
  const labels = a.site.collections;
  const programs = byLocale(a.programs);
  return [
    {
      id: 'figures',
      title: { id: 'Angka', en: 'Figures' },
      description: { id: 'Setiap angka di atlas: nilai, satuan, periode, cakupan, siapa yang menyatakan, dan sumbernya.', en: 'Every figure in the atlas: value, unit, period, scope, who states it, and its source.' },
      fields: [
        { name: 'id', type: 'string', description: 'Figure id (stable; its page is /angka/<id>/)' },
        { name: 'topic', type: 'string', description: 'Topic' },
        { name: 'label_id', type: 'string', description: 'What is measured (Indonesian)' },
        { name: 'label_en', type: 'string', description: 'What is measured (English)' },
        { name: 'value', type: 'number', description: 'Value as the source states it, in the unit' },
        { name: 'qualifier', type: 'string', description: 'exact, about, more_than, at_least or at_most' },
        { name: 'unit', type: 'string', description: 'Unit id' },
        { name: 'period', type: 'string', description: 'Period: 2019, 2019-Q3, 2018-H1, 2019-11, or a range 2015/2018' },
        { name: 'scope', type: 'string', description: 'national, region:<code>, cluster:<slug>, set:<id> or other' },
        { name: 'claimant_id', type: 'string', description: 'Who states it (Indonesian)' },
        { name: 'claimant_en', type: 'string', description: 'Who states it (English)' },
        { name: 'primary', type: 'boolean', description: "true if the source is the claimant's own release" },
        { name: 'source', type: 'string', description: 'Source id' },
        { name: 'note_en', type: 'string', description: 'Note (English)' },
        { name: 'caveat', type: 'boolean', description: 'true if the note is a warning' },
        { name: 'source_publisher', type: 'string', description: 'Publisher or outlet of the source' },
        { name: 'source_title', type: 'string', description: 'Title of the source, as published' },
        { name: 'source_date', type: 'string', description: 'Publication date of the source (YYYY-MM-DD, YYYY-MM, YYYY) or "undated"' },
        { name: 'source_url', type: 'string', description: 'Link of the source, if it has one' },
        { name: 'note_id', type: 'string', description: 'Note (Indonesian)' },
        { name: 'added', type: 'date', description: 'Day the atlas added this figure' },
        { name: 'changed', type: 'date', description: 'Day the atlas last changed its value or meaning' },
      ],
      rows: figures.map((f) => {
        const src = a.sources.get(f.source)!;
        const dates = figureDates(f);
        return [f.id, f.topic, f.label.id, f.label.en, f.value, f.qualifier, f.unit, f.period, f.scope, f.claimant.id, f.claimant.en, f.primary, f.source, f.note?.en ?? '', f.caveat, src.publisher, src.title, src.date, src.url ?? '', f.note?.id ?? '', dates.added, dates.changed];
      }),
      sources: sourcesOf(figures.map((f) => f.source)),
      updated: latest,
      file: '/files/figures',
    },
    {
      id: 'provinces',
      title: a.regionsMeta.title,
      description: a.regionsMeta.description,
      fields: [
        { name: 'code', type: 'string', description: 'Official code' },
        { name: 'slug', type: 'string', description: 'Slug of its page' },
        { name: 'name', type: 'string', description: 'Name (Indonesian)' },
        { name: 'name_en', type: 'string', description: 'Name (English)' },
        { name: 'name_official', type: 'string', description: 'Official name' },
        { name: 'short_name', type: 'string', description: 'Short name as readers write it (Sumut, Jatim, DKI), shown on tile maps' },
        { name: 'capital', type: 'string', description: 'Capital' },
        { name: 'island_group', type: 'string', description: 'Island group' },
        { name: 'lat', type: 'number', description: 'Capital latitude (approximate)' },
        { name: 'lon', type: 'number', description: 'Capital longitude (approximate)' },
        { name: 'tile_col', type: 'integer', description: 'Column on the tile-grid map' },
        { name: 'tile_row', type: 'integer', description: 'Row on the tile-grid map' },
        { name: 'formed_year', type: 'integer', description: 'Year formed, for provinces split from others' },
        { name: 'formed_from', type: 'string', description: 'Codes of the provinces it was split from (;-separated)' },
      ],
      rows: a.regions.map((r) => [r.code, r.slug, r.name, r.name_en, r.name_official, r.short_name ?? '', r.capital, r.island_group, r.lat, r.lon, r.tile_col, r.tile_row, r.formed_year, joinList(r.formed_from)]),
      sources: a.regionsMeta.sources,
      updated: a.regionsMeta.updated ?? latest,
      file: '/files/provinces',
    },
    {
      id: 'clusters',
      title: labels.clusters.plural,
      description: labels.clusters.description,
      fields: [
        { name: 'slug', type: 'string', description: 'Slug of its page' },
        { name: 'title_id', type: 'string', description: 'Name (Indonesian)' },
        { name: 'title_en', type: 'string', description: 'Name (English)' },
        { name: 'product_en', type: 'string', description: 'Product (English)' },
        { name: 'region', type: 'string', description: 'Province code today' },
        { name: 'region_at_source', type: 'string', description: 'Province code when the source was written, if different' },
        { name: 'locality', type: 'string', description: 'Regency or city' },
        { name: 'lat', type: 'number', description: 'Latitude (approximate)' },
        { name: 'lon', type: 'number', description: 'Longitude (approximate)' },
        { name: 'programs', type: 'string', description: 'Program slugs (;-separated)' },
        { name: 'sources', type: 'string', description: 'Source ids (;-separated)' },
        { name: 'updated', type: 'date', description: 'Last updated' },
      ],
      rows: clusters.map(([slug, d]) => [slug, d.id?.title ?? '', d.en?.title ?? '', d.en?.product ?? '', d.id!.region, d.id!.region_at_source ?? '', d.id!.locality, d.id!.coordinates.lat, d.id!.coordinates.lon, joinList(d.id!.programs), joinList(d.id!.sources), d.id!.updated]),
      sources: sourcesOf(clusters.flatMap(([, d]) => d.id!.sources)),
      updated: clusters.map(([, d]) => d.id!.updated).sort().at(-1) ?? latest,
      file: '/files/clusters',
    },
    {
      id: 'programs',
      title: labels.programs.plural,
      description: labels.programs.description,
      fields: [
        { name: 'slug', type: 'string', description: 'Slug of its page' },
        { name: 'title_id', type: 'string', description: 'Name (Indonesian)' },
        { name: 'title_en', type: 'string', description: 'Name (English)' },
        { name: 'agency_en', type: 'string', description: 'Who runs it (English)' },
        { name: 'partner', type: 'string', description: 'Partner' },
        { name: 'start', type: 'integer', description: 'Start year, if a source states it' },
        { name: 'end', type: 'integer', description: 'End year, if a source states it' },
        { name: 'regions', type: 'string', description: 'Province codes (;-separated)' },
        { name: 'figures', type: 'string', description: 'Figure ids it reports (;-separated)' },
        { name: 'sources', type: 'string', description: 'Source ids (;-separated)' },
        { name: 'updated', type: 'date', description: 'Last updated' },
      ],
      rows: programs.map(([slug, d]) => [slug, d.id?.title ?? '', d.en?.title ?? '', d.en?.agency ?? '', d.en?.partner ?? '', d.id!.start ?? null, d.id!.end ?? null, joinList(d.id!.regions), joinList(d.id!.figures), joinList(d.id!.sources), d.id!.updated]),
      sources: sourcesOf(programs.flatMap(([, d]) => d.id!.sources)),
      updated: programs.map(([, d]) => d.id!.updated).sort().at(-1) ?? latest,
      file: '/files/programs',
    },
    {
      id: 'sources',
      title: { id: 'Sumber', en: 'Sources' },
      description: { id: 'Semua sumber: penerbit, judul, tanggal, tautan, bahasa, jenis.', en: 'Every source: publisher, title, date, link, language, kind.' },
      fields: [
        { name: 'id', type: 'string', description: 'Source id' },
        { name: 'publisher', type: 'string', description: 'Publisher or outlet' },
        { name: 'title', type: 'string', description: 'Title as published' },
        { name: 'date', type: 'string', description: 'Publication date (YYYY-MM-DD, YYYY-MM, YYYY) or "undated"' },
        { name: 'url', type: 'string', description: 'Link, if known' },
        { name: 'language', type: 'string', description: 'Language code' },
        { name: 'kind', type: 'string', description: 'news, blog, regulation, statistics, report, dataset or reference' },
        { name: 'author', type: 'string', description: 'Author or reporter, if known' },
      ],
      rows: [...a.sources.values()].sort((x, y) => x.id.localeCompare(y.id)).map((s) => [s.id, s.publisher, s.title, s.date, s.url ?? '', s.language, s.kind, s.author ?? '']),
      sources: [],
      updated: latest,
      file: '/files/sources',
    },
    ...[...a.series.values()].map(seriesDataset),
  ];
}

export function datasetCsv(d: Dataset): string {
  return toCsv(d.fields.map((f) => f.name), d.rows);
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
