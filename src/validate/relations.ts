import { CLUSTER_SHARED_FIELDS, DEFAULT_LOCALE, languageName, LOCALES, period, PROGRAM_SHARED_FIELDS, PROVINCE_SHARED_FIELDS, type Locale, type SeriesMeta } from '../schemas/index.ts';
import { buildRoutes, indexTree, routeCollisions, type Inventory, type Route } from '../routes/table.ts';
import { GROUPED_INDEXES } from '../routes/groups.ts';
import type { AtlasContent, ContentDoc } from './load-content.ts';
import type { AtlasData, FigureRecord } from './load-data.ts';
import { show, type Problem } from './problems.ts';

type Known = { has(id: string): boolean };

/**
 * Records the first occurrence of each key and reports every later one as a duplicate. Where an item
 * is (its line) is looked up only for a duplicate: with cached parses a line costs a parse.
 */
function uniq<T>(items: T[], key: (t: T) => string, where: (t: T) => { file: string; line?: number; row?: number }, field: string, problems: Problem[]) {
  const seen = new Map<string, T>();
  for (const item of items) {
    const k = key(item);
    const firstItem = seen.get(k);
    if (firstItem === undefined) {
      seen.set(k, item);
      continue;
    }
    const first = where(firstItem);
    problems.push({ ...where(item), field, expected: `a unique ${field}`, found: `${show(k)}, already used at ${first.file}${first.line ? `:${first.line}` : ''}` });
  }
}

/**
 * Cross-references between records: every id that is named must exist, ids are unique,
 * translations agree on facts, places lie inside the atlas, and no two pages share a URL.
 */
/** The ids and slugs every reference is checked against (what failed its own schema counts as existing). */
interface KnownIds {
  sources: Known;
  figures: Map<string, FigureRecord>;
  regionCodes: Known;
  sets: Known;
  series: Set<string>;
  conflicts: Known;
  figureIds: Known;
  glossary: Known;
  units: Known;
  clusterSlugs: Set<string>;
  programSlugs: Set<string>;
}

function knownIds(data: AtlasData, content: AtlasContent): KnownIds {
  // Records that failed their own schema still count as existing: their problem is reported once, where it is.
  const broken = [...data.brokenIds];
  // When a whole file could not be read, every reference to its kind would fail: check none of them.
  const lenient = (kind: string, known: Known): Known => ({ has: (id) => data.unreadable.has(kind) || known.has(id) });
  const sources = lenient('sources', new Set([...data.sources.map((s) => s.value.id), ...broken]));
  const figures = new Map(data.figures.map((f) => [f.id, f]));
  for (const id of broken) if (!figures.has(id)) figures.set(id, undefined as never);
  const regionCodes = lenient('regions', new Set(data.regions.map((r) => r.value.code)));
  const sets = lenient('regionSets', new Set(data.regionSets.map((s) => s.value.id)));
  const series = new Set([...data.series.map((s) => s.id), ...broken]);
  const conflicts = lenient('conflicts', new Set([...data.conflicts.map((c) => c.value.id), ...broken]));
  const figureIds = lenient('figures', figures);
  const glossary = lenient('glossary', new Set([...data.glossary.map((g) => g.value.id), ...broken]));
  const units = lenient('units', new Set(Object.keys(data.units)));
  const clusterSlugs = new Set(content.clusters.map((c) => c.slug));
  const programSlugs = new Set(content.programs.map((c) => c.slug));

  return { sources, figures, regionCodes, sets, series, conflicts, figureIds, glossary, units, clusterSlugs, programSlugs };
}

/** Where a coordinate may lie (site.yaml bounds), and how a message says so. */
function bounds(data: AtlasData) {
  const b = data.site.bounds;
  const inBounds = (lat: number, lon: number) => lat >= b.minLat && lat <= b.maxLat && lon >= b.minLon && lon <= b.maxLon;
  const boundsText = `a point inside the atlas bounds (lat ${b.minLat}…${b.maxLat}, lon ${b.minLon}…${b.maxLon})`;
  return { inBounds, boundsText };
}

/** Ids, codes, slugs and tile cells that must be unique. */
function checkUnique(data: AtlasData, problems: Problem[]) {
  uniq(
    data.sources,
    (s) => s.value.id,
    (s) => s,
    'id',
    problems,
  );
  uniq(
    data.figures,
    (f) => f.id,
    (f) => ({ file: f.file, line: f.lines.id ?? f.line }),
    'id',
    problems,
  );
  uniq(
    data.conflicts,
    (c) => c.value.id,
    (c) => c,
    'id',
    problems,
  );
  uniq(
    data.regionSets,
    (c) => c.value.id,
    (c) => c,
    'id',
    problems,
  );
  uniq(
    data.glossary,
    (g) => g.value.id,
    (g) => g,
    'id',
    problems,
  );
  uniq(
    data.regions,
    (r) => r.value.code,
    (r) => r,
    'code',
    problems,
  );
  uniq(
    data.regions,
    (r) => r.value.slug,
    (r) => r,
    'slug',
    problems,
  );
  uniq(
    data.regions,
    (r) => r.value.short,
    (r) => r,
    'short',
    problems,
  );
  uniq(
    data.regions,
    (r) => `${r.value.tile_col},${r.value.tile_row}`,
    (r) => r,
    'tile_col,tile_row',
    problems,
  );
}

/** Regions, the regions file and region sets: groups, lineage, bounds, sources, members. */
function checkRegions(data: AtlasData, ids: KnownIds, problems: Problem[]) {
  const add = (p: Problem) => problems.push(p);
  const { sources, regionCodes } = ids;
  const { inBounds, boundsText } = bounds(data);

  for (const { value: r, file, line } of data.regions) {
    if (!(r.island_group in data.regionsMeta.groups))
      add({ file, line, field: 'island_group', expected: `one of the groups in data/regions.yaml (${Object.keys(data.regionsMeta.groups).join(', ')})`, found: show(r.island_group) });
    for (const c of r.formed_from) if (!regionCodes.has(c)) add({ file, line, field: 'formed_from', expected: 'codes of regions in this file', found: show(c) });
    if (!inBounds(r.lat, r.lon)) add({ file, line, field: 'lat,lon', expected: boundsText, found: `${r.lat}, ${r.lon}` });
  }
  for (const s of data.regionsMeta.sources) if (!sources.has(s)) add({ file: 'data/regions.yaml', field: 'sources', expected: 'a source id from data/sources.yaml', found: show(s) });

  for (const { value: s, file, line, lines } of data.regionSets) {
    if (!sources.has(s.source)) add({ file, line: lines.source, field: 'source', expected: 'a source id from data/sources.yaml', found: show(s.source) });
    for (const m of s.members) if (!regionCodes.has(m)) add({ file, line, field: 'members', expected: 'region codes from data/regions.csv', found: show(m) });
  }
}

/** Search terms name measures; figures name sources, units and scopes that exist. */
function checkFigures(data: AtlasData, ids: KnownIds, problems: Problem[]) {
  const add = (p: Problem) => problems.push(p);
  const { sources, regionCodes, sets, units, clusterSlugs } = ids;
  const measures = new Set(data.figures.map((f) => f.measure).filter((m) => m !== undefined));
  for (const { value: t, file, lines } of data.searchTerms ?? []) {
    if (!measures.has(t.measure))
      add({ file, line: lines.measure, field: 'measure', expected: `a measure of some figure in data/figures/ (${[...measures].join(', ') || 'none yet'})`, found: show(t.measure) });
  }

  for (const f of data.figures) {
    // Lines are looked up only for a problem (a cached parse finds them by parsing again).
    if (!sources.has(f.source)) add({ file: f.file, line: f.lines.source, field: `${f.id}.source`, expected: 'a source id from data/sources.yaml', found: show(f.source) });
    if (!units.has(f.unit)) add({ file: f.file, line: f.lines.unit, field: `${f.id}.unit`, expected: `a unit id from data/units.yaml (${Object.keys(data.units).join(', ')})`, found: show(f.unit) });
    const [kind, ref] = f.scope.split(':') as [string, string | undefined];
    const at = () => ({ file: f.file, line: f.lines.scope });
    if (kind === 'region' && !regionCodes.has(ref!)) add({ ...at(), field: `${f.id}.scope`, expected: 'region:<code> with a code from data/regions.csv', found: show(f.scope) });
    if (kind === 'cluster' && !clusterSlugs.has(ref!)) add({ ...at(), field: `${f.id}.scope`, expected: 'cluster:<slug> of an existing cluster', found: show(f.scope) });
    if (kind === 'set' && !sets.has(ref!)) add({ ...at(), field: `${f.id}.scope`, expected: 'set:<id> of a region set in data/region-sets.yaml', found: show(f.scope) });
  }
}

/** Conflicts name figures; glossary entries name sources, and a glossary needs its page's URL words. */
function checkConflictsAndGlossary(data: AtlasData, ids: KnownIds, problems: Problem[]) {
  const add = (p: Problem) => problems.push(p);
  const { sources, figureIds } = ids;
  for (const { value: c, file, lines } of data.conflicts) {
    for (const id of c.figures) if (!figureIds.has(id)) add({ file, line: lines.figures, field: `${c.id}.figures`, expected: 'figure ids from data/figures/', found: show(id) });
  }

  for (const { value: g, file, lines } of data.glossary) {
    for (const src of g.sources) if (!sources.has(src)) add({ file, line: lines.sources, field: `${g.id}.sources`, expected: 'a source id from data/sources.yaml', found: show(src) });
  }
  if (data.glossary.length > 0 && !data.site.paths.glossary)
    add({
      file: 'data/site.yaml',
      field: 'paths.glossary',
      expected: 'the URL words of the glossary page, e.g. { id: glosarium, en: glossary }, since data/glossary.yaml has entries',
      found: 'nothing (the field is missing)',
    });
}

/** Series: units, sources, x values of their type, groups, one row per x, rows that restate figures. */
function checkSeries(data: AtlasData, ids: KnownIds, problems: Problem[]) {
  const add = (p: Problem) => problems.push(p);
  const { sources, figures, regionCodes, figureIds, units } = ids;
  for (const s of data.series) {
    if (!units.has(s.meta.unit)) add({ file: s.file, line: s.lines.unit, field: 'unit', expected: 'a unit id from data/units.yaml', found: show(s.meta.unit) });
    s.meta.sources.forEach((src, i) => {
      if (!sources.has(src)) add({ file: s.file, line: s.lines[`sources.${i}`], field: 'sources', expected: 'a source id from data/sources.yaml', found: show(src) });
    });
    const groups = s.meta.group ? new Set(Object.keys(s.meta.group.values)) : undefined;
    const seen = new Set<string>();
    for (const row of s.rows) {
      const at = { file: s.csvFile, line: row.line };
      if (row.source && !sources.has(row.source)) add({ ...at, field: 'source', expected: 'a source id from data/sources.yaml', found: show(row.source) });
      if (row.source && !s.meta.sources.includes(row.source)) add({ ...at, field: 'source', expected: `a source listed in ${s.file} sources`, found: show(row.source) });
      if (s.meta.x.type === 'region' && !regionCodes.has(row.x)) add({ ...at, field: s.meta.x.field, expected: 'a region code from data/regions.csv', found: show(row.x) });
      const xProblem = xValueProblem(s.meta, row.x);
      if (xProblem) add({ ...at, field: s.meta.x.field, expected: xProblem, found: show(row.x) });
      if (groups && !groups.has(row.group ?? '')) add({ ...at, field: s.meta.group!.field, expected: `one of the group values in ${s.file} (${[...groups].join(', ')})`, found: show(row.group) });
      const key = `${row.x}|${row.group ?? ''}`;
      if (seen.has(key)) add({ ...at, field: s.meta.x.field, expected: 'one row per x value (and group)', found: `${show(row.x)} again` });
      seen.add(key);
      if (row.figure) {
        const f = figures.get(row.figure);
        if (!figureIds.has(row.figure)) add({ ...at, field: 'figure', expected: 'a figure id from data/figures/', found: show(row.figure) });
        else if (!f) continue;
        else if (row.y !== f.value) add({ ...at, field: s.meta.y.field, expected: `the value of figure ${f.id} (${f.value})`, found: show(row.y) });
        else if (f.unit !== s.meta.unit) add({ ...at, field: 'figure', expected: `a figure in the series unit "${s.meta.unit}"`, found: `${f.id} in "${f.unit}"` });
      }
    }
  }
}

/** Frontmatter of clusters, programs and provinces: references and coordinates. */
function checkContentReferences(data: AtlasData, content: AtlasContent, ids: KnownIds, problems: Problem[]) {
  const add = (p: Problem) => problems.push(p);
  const { sources, regionCodes, series, figureIds, programSlugs } = ids;
  const { inBounds, boundsText } = bounds(data);
  // Content: references, bounds, translations.
  const refCheck = (doc: ContentDoc, field: string, ids: readonly string[], known: Known, what: string) => {
    ids.forEach((id, i) => {
      if (!known.has(id)) add({ file: doc.file, line: doc.lineOf([field, i]), field, expected: what, found: show(id) });
    });
  };
  for (const doc of content.clusters) {
    const d = doc.data;
    refCheck(doc, 'region', [d.region], regionCodes, 'a region code from data/regions.csv');
    if (d.region_at_source) refCheck(doc, 'region_at_source', [d.region_at_source], regionCodes, 'a region code from data/regions.csv');
    refCheck(doc, 'programs', d.programs, programSlugs, 'the slug of a program in content/programs/');
    refCheck(doc, 'sources', d.sources, sources, 'a source id from data/sources.yaml');
    refCheck(doc, 'figures', d.figures, figureIds, 'a figure id from data/figures/');
    if (!inBounds(d.coordinates.lat, d.coordinates.lon))
      add({ file: doc.file, line: doc.lineOf(['coordinates']), field: 'coordinates', expected: boundsText, found: `${d.coordinates.lat}, ${d.coordinates.lon}` });
  }
  for (const doc of content.programs) {
    const d = doc.data;
    refCheck(doc, 'regions', d.regions, regionCodes, 'a region code from data/regions.csv');
    refCheck(doc, 'sources', d.sources, sources, 'a source id from data/sources.yaml');
    refCheck(doc, 'figures', d.figures, figureIds, 'a figure id from data/figures/');
    refCheck(doc, 'charts', d.charts, series, 'a chart (series) id from data/series/');
  }
  const regionBySlug = new Map(data.regions.map((r) => [r.value.slug, r.value]));
  for (const doc of content.provinces) {
    const region = regionBySlug.get(doc.slug);
    if (!region) add({ file: doc.file, field: '(file name)', expected: 'the slug of a region in data/regions.csv', found: show(doc.slug) });
    else if (region.code !== doc.data.region)
      add({ file: doc.file, line: doc.lineOf(['region']), field: 'region', expected: `"${region.code}", the code of ${region.name} (the file name)`, found: show(doc.data.region) });
    refCheck(doc, 'sources', doc.data.sources, sources, 'a source id from data/sources.yaml');
  }
}

/** Ids given to MDX components in prose (<Stat id>, <Chart id>, …) exist. */
function checkComponentIds(content: AtlasContent, ids: KnownIds, problems: Problem[]) {
  const add = (p: Problem) => problems.push(p);
  const { sources, regionCodes, series, conflicts, figureIds, glossary } = ids;
  const all: ContentDoc[] = [...content.clusters, ...content.programs, ...content.provinces, ...content.pages];
  const known: Record<string, Known> = { Stat: figureIds, Chart: series, Source: sources, Conflict: conflicts, RegionGrid: regionCodes, Term: glossary };
  const expectedOf: Record<string, string> = {
    Stat: 'a figure id from data/figures/',
    Chart: 'a chart (series) id from data/series/',
    Source: 'a source id from data/sources.yaml',
    Conflict: 'a conflict id from data/conflicts.yaml',
    RegionGrid: 'region codes from data/regions.csv',
    Term: 'an entry id from data/glossary.yaml',
  };
  for (const doc of all) {
    for (const u of doc.usages) {
      const set = known[u.component];
      if (set && !set.has(u.id)) add({ file: doc.file, line: u.line, field: `<${u.component}> id`, expected: expectedOf[u.component]!, found: show(u.id) });
    }
  }
}

/** Every entry in every language, a home page, and page paths as the home page and the others need them. */
function checkPages(content: AtlasContent, problems: Problem[]) {
  const add = (p: Problem) => problems.push(p);
  checkTranslations(content.clusters, CLUSTER_SHARED_FIELDS, problems);
  checkTranslations(content.programs, PROGRAM_SHARED_FIELDS, problems);
  checkTranslations(content.provinces, PROVINCE_SHARED_FIELDS, problems);
  checkTranslations(content.pages, [], problems);
  const home = DEFAULT_LOCALE;
  if (!content.pages.some((p) => p.slug === 'index' && p.locale === home)) add({ file: `content/pages/${home}/index.mdx`, field: '(file)', expected: 'a home page for each language', found: 'none' });

  for (const p of content.pages) {
    if (p.slug === 'index' && p.data.path)
      add({ file: p.file, line: p.lineOf(['path']), field: 'path', expected: 'no path on the home page (it is served at the language root)', found: show(p.data.path) });
    if (p.slug !== 'index' && !p.data.path)
      add({ file: p.file, line: 1, field: 'path', expected: 'the URL segment of this page in its language, e.g. path: tentang', found: 'nothing (the field is missing)' });
  }
}

/** What exists, for the route table; and the route table, with no URL claimed twice. */
function inventoryAndRoutes(data: AtlasData, content: AtlasContent, problems: Problem[]): { inventory: Inventory; routes: Route[] } {
  const add = (p: Problem) => problems.push(p);
  const bothLocales = (docs: ContentDoc[]) => Object.fromEntries(LOCALES.map((l) => [l, docs.filter((d) => d.locale === l).map((d) => d.slug)])) as Record<Locale, string[]>;
  const inventory: Inventory = {
    regions: data.regions.map((r) => r.value.slug),
    clusters: bothLocales(content.clusters),
    programs: bothLocales(content.programs),
    pages: content.pages.map((p) => ({ name: p.slug, locale: p.locale, path: p.slug === 'index' ? '' : (p.data.path ?? p.slug) })),
    figures: data.figures.map((f) => f.id),
    series: data.series.map((s) => s.id),
    groups: {
      clusters: content.clusters.filter((d) => d.locale === DEFAULT_LOCALE).map((d) => ({ id: d.slug, keys: [data.regions.find((r) => r.value.code === d.data.region)?.value.slug ?? d.data.region] })),
      figures: data.figures.map((f) => ({ id: f.id, keys: [f.topic] })),
      charts: data.series.map((s) => ({ id: s.id, keys: [] })),
      data: data.series.map((s) => ({ id: s.id, keys: [] })),
    },
  };
  const routes = buildRoutes(data.site, inventory);
  const grouped = GROUPED_INDEXES.filter((index) => indexTree(data.site, inventory, index).children.length > 0);
  if (grouped.length > 0 && !data.site.index_pages?.path)
    add({
      file: 'data/site.yaml',
      field: 'index_pages.path',
      expected: 'a URL word per language for the group pages of indexes with more entries than one page holds (index_pages.max_entries), e.g. { id: kelompok, en: groups }',
      found: `nothing, and ${grouped.join(', ')} need groups`,
    });
  for (const c of routeCollisions(routes)) {
    // The page of the colliding URL's own language: the file where the path was written.
    const page = content.pages.find((p) => p.locale === c.locale && c.keys.includes(`page:${p.slug}`));
    add({
      file: page?.file ?? 'data/site.yaml',
      line: page ? page.lineOf(['path']) : undefined,
      field: 'path',
      expected: 'a URL used by one page only',
      found: `${c.path} claimed by ${c.keys.join(' and ')}`,
    });
  }
  return { inventory, routes };
}

/** Cross-references between all data and content files, then the route table; adds every problem found. */
export function checkRelations(data: AtlasData, content: AtlasContent, problems: Problem[]): { inventory: Inventory; routes: Route[] } {
  const ids = knownIds(data, content);
  checkUnique(data, problems);
  checkRegions(data, ids, problems);
  checkFigures(data, ids, problems);
  checkConflictsAndGlossary(data, ids, problems);
  checkSeries(data, ids, problems);
  checkContentReferences(data, content, ids, problems);
  checkComponentIds(content, ids, problems);
  checkPages(content, problems);
  return inventoryAndRoutes(data, content, problems);
}

/** Every entry exists in every language, and fields that state facts agree with the first language's. */
function checkTranslations(docs: ContentDoc[], shared: readonly string[], problems: Problem[]) {
  const bySlug = new Map<string, Partial<Record<Locale, ContentDoc>>>();
  for (const d of docs) bySlug.set(d.slug, { ...bySlug.get(d.slug), [d.locale]: d });
  for (const versions of bySlug.values()) {
    const there = LOCALES.map((l) => versions[l]).find((d) => d !== undefined)!;
    for (const locale of LOCALES) {
      if (versions[locale]) continue;
      const missing = there.file.replace(`/${there.locale}/`, `/${locale}/`);
      // A file that exists but failed (already reported) is not missing: one mistake, one message.
      if (problems.some((p) => p.file === missing)) continue;
      const name = languageName(locale);
      problems.push({ file: missing, field: '(file)', expected: `${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} version of ${there.file}`, found: 'none' });
    }
    const [first, ...rest] = LOCALES.map((l) => versions[l]);
    if (!first) continue;
    for (const other of rest) {
      if (!other) continue;
      for (const field of shared) {
        const a = JSON.stringify((first.data as Record<string, unknown>)[field] ?? null);
        const b = JSON.stringify((other.data as Record<string, unknown>)[field] ?? null);
        if (a !== b) problems.push({ file: other.file, line: other.lineOf([field]), field, expected: `the same value as in ${first.file} (${a})`, found: b });
      }
    }
  }
}

/**
 * What is wrong with one x value of a series for its declared type, or undefined when it is right.
 * Periods are checked by kind with real calendar dates ("2017-13" is no month); a category must be
 * one of the series' declared categories, which give its labels.
 */
function xValueProblem(meta: SeriesMeta, x: string): string | undefined {
  if (meta.x.type === 'year' && !/^\d{4}$/.test(x)) return 'a year such as 2019';
  if (meta.x.type === 'period' && !period.safeParse(x).success)
    return 'a period like "2019", "2019-Q3", "2018-H1", "2019-11", "2019-11-01" (a real calendar date) or a range "2015/2018" (start before end)';
  if (meta.x.type === 'category' && meta.categories && !Object.hasOwn(meta.categories, x)) return `one of the categories declared in the series metadata (${Object.keys(meta.categories).join(', ')})`;
  return undefined;
}
