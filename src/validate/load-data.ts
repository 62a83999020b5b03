import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { z as zod } from 'astro/zod';
import {
  conflictSchema,
  figureSchema,
  glossaryEntrySchema,
  localized,
  recordId,
  REGION_COLUMNS,
  REGION_TEXT_COLUMNS,
  REGION_OPTIONAL_COLUMNS,
  REGION_NUMERIC_COLUMNS,
  regionSchema,
  regionSetSchema,
  searchTermSchema,
  regionsMetaSchema,
  seriesMetaSchema,
  siteSchema,
  sourceSchema,
  unitsFileSchema,
  type Conflict,
  type Figure,
  type GlossaryEntry,
  type Localized,
  type Region,
  type RegionSet,
  type RegionsMeta,
  type SearchTerm,
  type SeriesMeta,
  type SeriesRow,
  type SiteConfig,
  type Source,
  type Unit,
} from '../schemas/index.ts';
import { csvNumber, parseCsv } from './csv.ts';
import { show, type Problem } from './problems.ts';
import { readText } from './read.ts';
import { parseYaml } from './yaml.ts';
import { zodProblems } from './zod-problems.ts';
import { engineLanguages, stringsFile, stringsSchema } from '../i18n/messages.ts';
import { readLocales } from '../shared/locales.ts';

/**
 * Every language of the atlas has the engine's words: a strings file (the atlas's data/locales/<code>.yaml,
 * else the engine's src/locales/<code>.yaml) with every key of src/i18n/catalogue.ts, each a valid message.
 */
function checkStrings(root: string, problems: Problem[]) {
  // The languages as src/shared/locales.ts reads them, so a site.yaml with other mistakes is checked too.
  const text = readText(join(root, 'data/site.yaml'), root, []);
  const site = text === undefined ? undefined : parseYaml(text, 'data/site.yaml', []);
  const listed = ((site?.data as { locales?: unknown } | null)?.locales ?? []) as unknown[];
  for (const { code } of readLocales(root)) {
    const file = stringsFile(code, root);
    if (file) {
      loadYaml(root, file, stringsSchema, problems);
      continue;
    }
    const i = listed.findIndex((l) => (l as { code?: unknown } | null)?.code === code);
    problems.push({
      file: 'data/site.yaml',
      line: site?.lineOf(['locales', i, 'code']),
      field: `locales.${i}.code`,
      expected: `a language with a strings file: data/locales/${code}.yaml (copy src/locales/en.yaml and translate it; the engine ships ${engineLanguages().join(', ')})`,
      found: show(code),
    });
  }
}

export interface FigureRecord extends Figure {
  topic: string;
  file: string;
  line?: number;
  /** Line of each field, so a wrong reference points at its own line. */
  lines: Record<string, number | undefined>;
}
export interface SeriesRecord {
  id: string;
  meta: SeriesMeta;
  rows: SeriesRow[];
  file: string;
  csvFile: string;
  /** Lines in the metadata file of `unit` and of each source (`sources.0`, …), for messages. */
  lines: Record<string, number | undefined>;
}
export interface Located<T> {
  value: T;
  file: string;
  line?: number;
  lines: Record<string, number | undefined>;
}

/** Everything in data/, parsed and schema-checked (cross-references are checked in relations.ts). */
export interface AtlasData {
  site: SiteConfig;
  sources: Located<Source>[];
  units: Record<string, Unit>;
  topics: Record<string, Localized>;
  figures: FigureRecord[];
  conflicts: Located<Conflict>[];
  /** data/glossary.yaml (optional): institutions and regulations, linked from prose by <Term>. */
  glossary: Located<GlossaryEntry>[];
  regions: Located<Region>[];
  regionsMeta: RegionsMeta;
  regionSets: Located<RegionSet>[];
  series: SeriesRecord[];
  /** data/search-terms.yaml (optional): phrases readers search for, per measure. */
  searchTerms: Located<SearchTerm>[];
  /**
   * Ids of records that exist but failed their schema (already reported):
   * references to them are not reported again, so one typo gives one message.
   */
  brokenIds: Set<string>;
  /** Kinds of records whose file could not be read at all: references to them are not checked. */
  unreadable: Set<string>;
}

/** Strings in data end up in HTML; these never belong there. */
const UNSAFE_TEXT = /<\s*\/?\s*script\b|javascript\s*:|<\s*iframe\b|\bon[a-z]+\s*=\s*["']/i;

function unsafeStrings(value: unknown, path: PropertyKey[] = []): { path: PropertyKey[]; text: string }[] {
  if (typeof value === 'string') return UNSAFE_TEXT.test(value) ? [{ path, text: value }] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => unsafeStrings(v, [...path, i]));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => unsafeStrings(v, [...path, k]));
  return [];
}

function checkUnsafe(data: unknown, file: string, lineOf: (p: readonly PropertyKey[]) => number | undefined, problems: Problem[]) {
  for (const hit of unsafeStrings(data)) {
    problems.push({ file, line: lineOf(hit.path), field: hit.path.join('.') || '(root)', expected: 'plain text (no <script>, event handlers or javascript: URLs)', found: show(hit.text) });
  }
}

/** Reads a YAML file and checks it against a schema; returns the parsed value with line lookup. */
function loadYaml<S extends z.ZodType>(root: string, path: string, schema: S, problems: Problem[]) {
  const file = relative(root, path);
  const text = readText(path, root, problems);
  if (text === undefined) return undefined;
  const parsed = parseYaml(text, file, problems);
  if (!parsed) return undefined;
  checkUnsafe(parsed.data, file, parsed.lineOf, problems);
  const result = schema.safeParse(parsed.data);
  if (!result.success) {
    problems.push(...zodProblems(result.error, parsed.data, { file, line: parsed.lineOf }));
    return undefined;
  }
  return { value: result.data as z.output<S>, file, lineOf: parsed.lineOf };
}

/** A file name that is an id (series, figure topics) must be one; records a problem when it is not. */
function fileNameId(root: string, path: string, id: string, problems: Problem[]): boolean {
  if (recordId.safeParse(id).success) return true;
  problems.push({
    file: relative(root, path),
    field: '(file name)',
    expected: 'a file name that is an id (lowercase letters, digits, ".", "_" and "-", starting with a letter or digit), as it becomes the URL',
    found: show(id),
  });
  return false;
}

function listFiles(dir: string, ext: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(ext))
    .sort()
    .map((f) => join(dir, f));
}

/** A figures file: a topic and a list of figures (the figures are checked one by one). */
const figuresHeadSchema = zod.object({ topic: localized, figures: zod.array(zod.unknown(), { error: 'a list of figures' }).min(1, { error: 'at least one figure' }) }).strict();

/**
 * Reads a YAML list of records (at `listPath` in the file) and checks each record on its own,
 * so one bad record is reported alone and the others still count for cross-references.
 */
function loadList<S extends z.ZodType>(root: string, path: string, listPath: string[], schema: S, problems: Problem[], brokenIds: Set<string>): Located<z.output<S>>[] | undefined {
  const file = relative(root, path);
  const text = readText(path, root, problems);
  if (text === undefined) return undefined;
  const parsed = parseYaml(text, file, problems);
  if (!parsed) return undefined;
  let list: unknown = parsed.data;
  for (const k of listPath) list = list && typeof list === 'object' ? (list as Record<string, unknown>)[k] : undefined;
  if (!Array.isArray(list)) {
    if (listPath.length === 0) problems.push({ file, line: parsed.lineOf([]), field: '(root)', expected: 'a list of records, each starting with "- id: …"', found: show(list) });
    return [];
  }
  checkUnsafe(parsed.data, file, parsed.lineOf, problems);
  const out: Located<z.output<S>>[] = [];
  list.forEach((item, i) => {
    const at = [...listPath, i];
    const result = schema.safeParse(item);
    const unsafe = unsafeStrings(item).length > 0;
    if (!result.success || unsafe) {
      if (!result.success)
        problems.push(...zodProblems(result.error, item, { file, line: (p) => parsed.lineOf([...at, ...p]), fieldPrefix: listPath.length ? [...listPath, i].join('.') : String(i) }));
      const id = (item as { id?: unknown } | null)?.id;
      if (typeof id === 'string') brokenIds.add(id);
      return;
    }
    out.push(withLines({ value: result.data, file }, parsed.lineOf, at, item && typeof item === 'object' ? Object.keys(item) : []));
  });
  return out;
}

/**
 * Gives a record its `line` and `lines` (each field's line), looked up on first use. A YAML file taken
 * from the parse cache (src/validate/parse-cache.ts) finds positions only by parsing it again, which
 * only a problem should cost. Not enumerable: line numbers stay out of the snapshot Astro reads (no page
 * shows them) and out of spreads.
 */
function withLines<T extends object>(
  target: T,
  lineOf: (path: readonly PropertyKey[]) => number | undefined,
  at: readonly PropertyKey[],
  fields: string[],
): T & Pick<Located<unknown>, 'line' | 'lines'> {
  let lines: Record<string, number | undefined> | undefined;
  Object.defineProperties(target, {
    line: { get: () => lineOf(at), enumerable: false },
    lines: { get: () => (lines ??= Object.fromEntries(fields.map((k) => [k, lineOf([...at, k])]))), enumerable: false },
  });
  return target as T & Pick<Located<unknown>, 'line' | 'lines'>;
}

export function loadData(root: string, problems: Problem[]): AtlasData | undefined {
  const data = join(root, 'data');
  const site = loadYaml(root, join(data, 'site.yaml'), siteSchema, problems);
  checkStrings(root, problems);

  const brokenIds = new Set<string>();
  const unreadable = new Set<string>();
  /** A file that could not be read: none of its records, and references to its kind go unchecked. */
  const none = (kind: string): [] => {
    unreadable.add(kind);
    return [];
  };
  const sources = loadList(root, join(data, 'sources.yaml'), [], sourceSchema, problems, brokenIds) ?? none('sources');

  const unitsFile = loadYaml(root, join(data, 'units.yaml'), unitsFileSchema, problems);
  if (!unitsFile) unreadable.add('units');
  const units = unitsFile?.value ?? {};

  const topics: Record<string, Localized> = {};
  const figures: FigureRecord[] = [];
  const figureFiles = listFiles(join(data, 'figures'), '.yaml');
  if (figureFiles.length === 0) problems.push({ file: 'data/figures/', field: '(folder)', expected: 'at least one <topic>.yaml file of figures', found: 'none' });
  for (const path of figureFiles) {
    const topic = path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length);
    if (!fileNameId(root, path, topic, problems)) continue;
    const head = loadYaml(root, path, figuresHeadSchema, problems);
    if (!head) {
      unreadable.add('figures');
      continue;
    }
    topics[topic] = head.value.topic;
    for (const f of loadList(root, path, ['figures'], figureSchema, problems, brokenIds) ?? []) {
      const figure = { ...f.value, topic, file: f.file } as FigureRecord;
      Object.defineProperties(figure, { line: { get: () => f.line, enumerable: false }, lines: { get: () => f.lines, enumerable: false } });
      figures.push(figure);
    }
  }

  const conflictsPath = join(data, 'conflicts.yaml');
  const conflicts = existsSync(conflictsPath) ? (loadList(root, conflictsPath, [], conflictSchema, problems, brokenIds) ?? none('conflicts')) : [];

  const glossaryPath = join(data, 'glossary.yaml');
  const glossary = existsSync(glossaryPath) ? (loadList(root, glossaryPath, [], glossaryEntrySchema, problems, brokenIds) ?? none('glossary')) : [];

  const regions = loadRegions(root, join(data, 'regions.csv'), problems);
  const regionsMeta = loadYaml(root, join(data, 'regions.yaml'), regionsMetaSchema, problems)?.value;

  const setsPath = join(data, 'region-sets.yaml');
  const regionSets = existsSync(setsPath) ? (loadList(root, setsPath, [], regionSetSchema, problems, brokenIds) ?? none('regionSets')) : [];

  const termsPath = join(data, 'search-terms.yaml');
  const searchTerms = existsSync(termsPath) ? (loadList(root, termsPath, [], searchTermSchema, problems, brokenIds) ?? []) : [];

  const series: SeriesRecord[] = [];
  for (const path of listFiles(join(data, 'series'), '.yaml')) {
    const id = path.slice(path.lastIndexOf('/') + 1, -'.yaml'.length);
    // The file name is the series' id and becomes URLs: checked like every other id.
    if (!fileNameId(root, path, id, problems)) continue;
    const meta = loadYaml(root, path, seriesMetaSchema, problems);
    if (!meta) brokenIds.add(id);
    const csvPath = path.replace(/\.yaml$/, '.csv');
    if (!existsSync(csvPath)) {
      problems.push({ file: relative(root, path), field: '(file)', expected: `a data file ${relative(root, csvPath)} beside it`, found: 'none' });
      continue;
    }
    if (!meta) continue;
    const rows = loadSeriesRows(root, csvPath, meta.value, problems);
    if (!rows) brokenIds.add(id);
    if (!rows) continue;
    // Lines on first use, as withLines does for list records.
    const record = { id, meta: meta.value, rows, file: meta.file, csvFile: relative(root, csvPath) } as SeriesRecord;
    let lines: Record<string, number | undefined> | undefined;
    Object.defineProperty(record, 'lines', {
      get: () => (lines ??= Object.fromEntries([['unit', meta.lineOf(['unit'])], ...meta.value.sources.map((_s, i) => [`sources.${i}`, meta.lineOf(['sources', i])])])),
      enumerable: false,
    });
    series.push(record);
  }
  for (const path of listFiles(join(data, 'series'), '.csv')) {
    if (!existsSync(path.replace(/\.csv$/, '.yaml'))) {
      problems.push({ file: relative(root, path), field: '(file)', expected: `its metadata ${relative(root, path.replace(/\.csv$/, '.yaml'))} (title, unit, sources)`, found: 'none' });
    }
  }

  if (!site || !regionsMeta) return undefined;
  if (regions.length === 0) unreadable.add('regions');
  return { site: site.value, sources, units, topics, figures, conflicts, glossary, regions, regionsMeta, regionSets, series, searchTerms, brokenIds, unreadable };
}

function loadRegions(root: string, path: string, problems: Problem[]): Located<Region>[] {
  const file = relative(root, path);
  const text = readText(path, root, problems);
  if (text === undefined) return [];
  const table = parseCsv(text, file, problems);
  if (!table) return [];
  const missing = REGION_COLUMNS.filter((c) => !table.header.includes(c));
  const extra = table.header.filter((c) => !([...REGION_COLUMNS, ...REGION_OPTIONAL_COLUMNS] as readonly string[]).includes(c));
  if (missing.length || extra.length) {
    problems.push({
      file,
      line: 1,
      field: '(header)',
      expected: `the columns ${REGION_COLUMNS.join(',')}`,
      found: [missing.length ? `missing ${missing.join(', ')}` : '', extra.length ? `unknown ${extra.join(', ')}` : ''].filter(Boolean).join('; '),
    });
    return [];
  }
  const out: Located<Region>[] = [];
  for (const r of table.rows) {
    const record: Record<string, unknown> = { ...r.values };
    let ok = true;
    for (const col of REGION_NUMERIC_COLUMNS) {
      const n = csvNumber(r.values[col]!);
      if ('error' in n) {
        problems.push({ file, line: r.line, row: r.row, field: col, expected: 'a plain number such as 3.5752 (dot decimal, no separators)', found: `${show(r.values[col])}: ${n.error}` });
        ok = false;
      } else record[col] = n.value;
    }
    record.formed_from = r.values.formed_from!.trim() === '' ? [] : r.values.formed_from!.split(';').map((s) => s.trim());
    for (const col of REGION_TEXT_COLUMNS) record[col] = r.values[col]!.trim();
    const shortName = r.values.short_name?.trim();
    if (shortName) record.short_name = shortName;
    const unsafe = unsafeStrings(r.values);
    for (const u of unsafe) problems.push({ file, line: r.line, row: r.row, field: String(u.path[0]), expected: 'plain text (no <script>, event handlers or javascript: URLs)', found: show(u.text) });
    if (!ok || unsafe.length) continue;
    const result = regionSchema.safeParse(record);
    if (!result.success) problems.push(...zodProblems(result.error, record, { file, line: () => r.line, row: r.row }));
    else out.push({ value: result.data, file, line: r.line, lines: Object.fromEntries([...REGION_COLUMNS, ...REGION_OPTIONAL_COLUMNS].map((c) => [c, r.line])) });
  }
  return out;
}

function loadSeriesRows(root: string, path: string, meta: SeriesMeta, problems: Problem[]): SeriesRow[] | undefined {
  const file = relative(root, path);
  const text = readText(path, root, problems);
  if (text === undefined) return undefined;
  const table = parseCsv(text, file, problems);
  if (!table) return undefined;
  const needed = [meta.x.field, meta.y.field, ...(meta.group ? [meta.group.field] : [])];
  const missing = needed.filter((c) => !table.header.includes(c));
  if (missing.length) {
    problems.push({ file, line: 1, field: '(header)', expected: `the columns named in the metadata: ${needed.join(', ')}`, found: `missing ${missing.join(', ')}` });
    return undefined;
  }
  if (table.rows.length === 0) {
    problems.push({ file, field: '(rows)', expected: 'at least one data row', found: 'only a header' });
    return undefined;
  }
  const rows: SeriesRow[] = [];
  for (const r of table.rows) {
    const n = csvNumber(r.values[meta.y.field]!, { dotThousands: true });
    const unsafe = unsafeStrings(r.values);
    for (const u of unsafe) problems.push({ file, line: r.line, row: r.row, field: String(u.path[0]), expected: 'plain text (no <script>, event handlers or javascript: URLs)', found: show(u.text) });
    if ('error' in n) {
      problems.push({
        file,
        line: r.line,
        row: r.row,
        field: meta.y.field,
        expected: 'a plain number such as 1234.5 (dot decimal, no thousands separators), or empty for a gap',
        found: `${show(r.values[meta.y.field])}: ${n.error}`,
      });
      continue;
    }
    const x = r.values[meta.x.field]!.trim();
    if (x === '') {
      problems.push({ file, line: r.line, row: r.row, field: meta.x.field, expected: 'a value', found: 'an empty cell' });
      continue;
    }
    if (unsafe.length) continue;
    const row: SeriesRow = { x, y: n.value, line: r.line };
    if (meta.group) row.group = r.values[meta.group.field]!.trim();
    if (r.values.source?.trim()) row.source = r.values.source.trim();
    if (r.values.figure?.trim()) row.figure = r.values.figure.trim();
    rows.push(row);
  }
  return rows;
}
