import { loadAtlasOrThrow, type ValidatedAtlas } from '../validate/index.ts';
import { readSnapshot } from '../validate/snapshot.ts';
import type { FigureRecord, SeriesRecord } from '../validate/load-data.ts';
import { CONTENT_COLLECTIONS, type ContentCollection, type ContentDoc } from '../validate/load-content.ts';
import { DEFAULT_LOCALE, LOCALES, type Conflict, type GlossaryEntry, type Locale, type Region, type RegionSet, type SearchTerm, type Source, type Unit } from '../schemas/index.ts';
import { atlasRoot } from './root.ts';
import { indexTree, type Route } from '../routes/table.ts';
import { entriesPerPage, type GroupedIndex, type GroupNode } from '../routes/groups.ts';
import { chartGroups, inShard, MDX_KEY_PREFIX } from './shard.ts';
import { record, untracked } from './track.ts';
import { recordsByMeasure } from './measures.ts';
import { waitForFileSync } from './wait-for-plan.ts';
import { hash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Typed, indexed access to one atlas. Loaded and validated once per build; a page never reads a file itself.
 */
export interface Atlas {
  raw: ValidatedAtlas;
  site: ValidatedAtlas['data']['site'];
  routes: Route[];
  sources: Map<string, Source>;
  units: Record<string, Unit>;
  figures: Map<string, FigureRecord>;
  topics: ValidatedAtlas['data']['topics'];
  conflicts: Map<string, Conflict>;
  glossary: Map<string, GlossaryEntry>;
  regions: Region[];
  regionByCode: Map<string, Region>;
  regionBySlug: Map<string, Region>;
  regionsMeta: ValidatedAtlas['data']['regionsMeta'];
  regionSets: RegionSet[];
  searchTerms: SearchTerm[];
  series: Map<string, SeriesRecord>;
  clusters: ContentDoc<'clusters'>[];
  programs: ContentDoc<'programs'>[];
  provinces: ContentDoc<'provinces'>[];
  pages: ContentDoc<'pages'>[];
}

let cached: Atlas | undefined;

/**
 * Lookup tables built once per build. Every page asks for routes, documents and figures by key;
 * scanning the lists instead made a build quadratic in its size (measured: 19 ms per page at
 * 1 000 pages, 5 ms with these tables).
 */
interface Indexes {
  route: Map<string, Route>;
  routesByKey: Map<string, Route[]>;
  docs: Map<string, ContentDoc[]>;
  doc: Map<string, ContentDoc>;
  figuresByScope: Map<string, FigureRecord[]>;
  figuresBySource: Map<string, FigureRecord[]>;
  figuresByLabel: Map<string, FigureRecord[]>;
  backlinks: Map<string, string[]>;
  byMeasure: Map<string, FigureRecord[]>;
  updated: { first: string; last: string };
}
let indexCache: Indexes | undefined;

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function indexes(): Indexes {
  if (indexCache) return indexCache;
  const a = rawAtlas();
  const ix: Indexes = {
    route: new Map(),
    routesByKey: new Map(),
    docs: new Map(),
    doc: new Map(),
    figuresByScope: new Map(),
    figuresBySource: new Map(),
    figuresByLabel: new Map(),
    backlinks: new Map(),
    byMeasure: recordsByMeasure(a.figures.values()),
    updated: updatedRange(a),
  };
  for (const r of a.routes) {
    ix.route.set(`${r.key}|${r.locale}`, r);
    push(ix.routesByKey, r.key, r);
  }
  for (const collection of CONTENT_COLLECTIONS) {
    for (const d of a[collection] as ContentDoc[]) {
      push(ix.docs, `${collection}|${d.locale}`, d);
      ix.doc.set(`${collection}|${d.locale}|${d.slug}`, d);
    }
  }
  for (const f of a.figures.values()) {
    push(ix.figuresByScope, f.scope, f);
    push(ix.figuresBySource, f.source, f);
    for (const l of LOCALES) push(ix.figuresByLabel, `${l}|${f.label[l]}`, f);
  }
  // Backlinks: which pages use each figure (frontmatter lists and <Stat> in prose; charts; its region).
  for (const collection of CONTENT_COLLECTIONS) {
    for (const d of a[collection] as ContentDoc[]) {
      if (d.locale !== DEFAULT_LOCALE) continue; // every language's version uses the same figures
      const ids = new Set([...((d.data as { figures?: string[] }).figures ?? []), ...d.usages.filter((u) => u.component === 'Stat').map((u) => u.id)]);
      for (const id of ids) push(ix.backlinks, id, `${MDX_KEY_PREFIX[collection]}:${d.slug}`);
    }
  }
  for (const s of a.series.values()) for (const id of new Set(s.rows.map((r) => r.figure).filter(Boolean) as string[])) push(ix.backlinks, id, `chart:${s.id}`);
  for (const f of a.figures.values()) {
    const region = f.scope.startsWith('region:') ? a.regionByCode.get(f.scope.slice(7)) : undefined;
    if (region && !ix.backlinks.get(f.id)?.includes(`region:${region.slug}`)) push(ix.backlinks, f.id, `region:${region.slug}`);
  }
  indexCache = ix;
  return ix;
}

/** The atlas without dependency tracking: for tables built from everything, and for the values of dependency keys. */
function rawAtlas(): Atlas {
  if (cached) return cached;
  // scripts/build.ts validated already and hands over its result; `astro dev` and direct builds validate here.
  // An Astro process started while validating (ATLAS_SNAPSHOT_WAIT=1, scripts/build.ts) may get here before the snapshot is written.
  const snapshot = process.env.ATLAS_SNAPSHOT;
  if (snapshot && process.env.ATLAS_SNAPSHOT_WAIT === '1') waitForFileSync(snapshot);
  cached = atlasOf(snapshot ? readSnapshot(snapshot) : loadAtlasOrThrow(atlasRoot()));
  return cached;
}

/**
 * This process's atlas is one it has just validated (scripts/lib/prepare.ts hashes the previous build's
 * dependency keys in it, without reading the snapshot back); call it before anything reads the atlas.
 */
export function useValidatedAtlas(raw: ValidatedAtlas): void {
  if (cached) throw new Error('useValidatedAtlas: this process has loaded its atlas already');
  cached = atlasOf(raw);
}

function atlasOf(raw: ValidatedAtlas): Atlas {
  const { data, content } = raw;
  const regions = data.regions.map((r) => r.value).sort((a, b) => a.code.localeCompare(b.code));
  return {
    raw,
    site: data.site,
    routes: raw.routes,
    sources: new Map(data.sources.map((s) => [s.value.id, s.value])),
    units: data.units,
    figures: new Map(data.figures.map((f) => [f.id, f])),
    topics: data.topics,
    conflicts: new Map(data.conflicts.map((c) => [c.value.id, c.value])),
    // Older snapshots have no glossary.
    glossary: new Map((data.glossary ?? []).map((g) => [g.value.id, g.value])),
    regions,
    regionByCode: new Map(regions.map((r) => [r.code, r])),
    regionBySlug: new Map(regions.map((r) => [r.slug, r])),
    regionsMeta: data.regionsMeta,
    regionSets: data.regionSets.map((s) => s.value),
    searchTerms: (data.searchTerms ?? []).map((t) => t.value),
    series: new Map(data.series.map((s) => [s.id, s])),
    clusters: content.clusters,
    programs: content.programs,
    provinces: content.provinces,
    pages: content.pages,
  };
}

/** Maps whose single lookups are tracked per key (`figure:<id>`); reading them whole is `all:<field>`. */
const KEYED = { figures: 'figure', sources: 'source', conflicts: 'conflict', glossary: 'glossary', series: 'series', regionByCode: 'region', regionBySlug: 'regionSlug' } as const;
type KeyedField = keyof typeof KEYED;
/** The other way round, for dependencyValue (called some 320 000 times at 10 000 clusters). */
const FIELD_OF_PREFIX = new Map(Object.entries(KEYED).map(([field, prefix]) => [prefix as string, field as KeyedField]));

/** A Map that records which keys the current output looks up, and that it read everything when it iterates. */
class TrackedMap<V> extends Map<string, V> {
  private readonly prefix: string;
  private readonly field: string;
  constructor(source: Map<string, V>, prefix: string, field: string) {
    super(source);
    this.prefix = prefix;
    this.field = field;
  }
  override get(key: string): V | undefined {
    record(`${this.prefix}:${key}`);
    return super.get(key);
  }
  override has(key: string): boolean {
    record(`${this.prefix}:${key}`);
    return super.has(key);
  }
  override get size(): number {
    record(`all:${this.field}`);
    return super.size;
  }
  override keys(): MapIterator<string> {
    record(`all:${this.field}`);
    return super.keys();
  }
  override values(): MapIterator<V> {
    record(`all:${this.field}`);
    return super.values();
  }
  override entries(): MapIterator<[string, V]> {
    record(`all:${this.field}`);
    return super.entries();
  }
  override forEach(f: (value: V, key: string, map: Map<string, V>) => void): void {
    record(`all:${this.field}`);
    super.forEach(f);
  }
  override [Symbol.iterator](): MapIterator<[string, V]> {
    return this.entries();
  }
}

let trackedView: Atlas | undefined;

/**
 * The atlas, as pages and endpoints read it: every read is recorded for the output being rendered
 * (src/lib/track.ts), so an incremental build knows which outputs a change reaches.
 */
export function atlas(): Atlas {
  if (trackedView) return trackedView;
  const a = rawAtlas();
  const maps = new Map<string, Map<string, unknown>>();
  for (const [field, prefix] of Object.entries(KEYED)) maps.set(field, new TrackedMap(a[field as KeyedField] as Map<string, unknown>, prefix, field));
  trackedView = new Proxy(a, {
    get(target, prop, receiver) {
      if (typeof prop === 'string') {
        const map = maps.get(prop);
        if (map) return map;
        record(`all:${prop}`);
      }
      return Reflect.get(target, prop, receiver);
    },
  });
  return trackedView;
}

/** A record as a dependency sees it: without the line numbers of its source file, which no page shows. */
function withoutLines(value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  // Own enumerable fields only, and none of these read: in the atlas just validated (scripts/lib/prepare.ts)
  // `line` and `lines` are getters that find positions by parsing the record's file again.
  const rest: Record<string, unknown> = {};
  for (const k of Object.keys(value)) if (k !== 'line' && k !== 'lines' && k !== 'lineOf') rest[k] = (value as Record<string, unknown>)[k];
  return rest;
}

/**
 * A value's JSON as a dependency sees it (withoutLines), made once per record: the same figure is in
 * its own key and in three or four lists (its scope, its source, its measure, all:figures), and
 * hashing the 380 000 keys of a 10 000-cluster atlas with charts (scripts/lib/prepare.ts) stringified
 * each record that many times. The text is what JSON.stringify gives for the value, and for a list of
 * records the same as stringifying the list.
 */
const jsonMemo = new WeakMap<object, string>();
function recordJson(value: unknown): string {
  // A missing record (undefined) is "null", as JSON.stringify writes it in a list.
  if (!value || typeof value !== 'object' || Array.isArray(value)) return JSON.stringify(value) ?? 'null';
  let text = jsonMemo.get(value);
  if (text === undefined) {
    text = JSON.stringify(withoutLines(value));
    jsonMemo.set(value, text);
  }
  return text;
}

const listJson = (list: readonly unknown[] | undefined) => `[${(list ?? []).map(recordJson).join(',')}]`;

/**
 * The value of a dependency key in this atlas, as text: an incremental build compares its hash with
 * the previous build's. One case per kind of key that atlas() and the lookups below record.
 */
export function dependencyValue(key: string): string {
  const a = rawAtlas();
  const ix = indexes();
  const colon = key.indexOf(':');
  const kind = key.slice(0, colon);
  const rest = key.slice(colon + 1);
  const keyed = FIELD_OF_PREFIX.get(kind);
  if (keyed) return recordJson((a[keyed] as Map<string, unknown>).get(rest));
  switch (kind) {
    case 'all': {
      const value = (a as unknown as Record<string, unknown>)[rest];
      if (rest === 'raw') return JSON.stringify(a.raw, (_k, v: unknown) => (v instanceof Map ? [...v] : v));
      return value instanceof Map ? listJson([...value.values()]) : Array.isArray(value) ? listJson(value) : JSON.stringify(value ?? null);
    }
    case 'route':
      return JSON.stringify(ix.route.get(rest) ?? null);
    case 'routes':
      return JSON.stringify(ix.routesByKey.get(rest) ?? []);
    case 'docs':
      return listJson(ix.docs.get(rest));
    case 'doc':
      return recordJson(ix.doc.get(rest));
    case 'scope':
      return listJson(ix.figuresByScope.get(rest));
    case 'bySource':
      return listJson(ix.figuresBySource.get(rest));
    case 'backlinks':
      return JSON.stringify(ix.backlinks.get(rest) ?? []);
    case 'labelCount': {
      const [locale, period] = rest.split('|', 2) as [string, string];
      return JSON.stringify(labelCountsRaw(rest.slice(locale.length + period.length + 2), period, locale));
    }
    case 'measure':
      return listJson(ix.byMeasure.get(rest));
    case 'dates':
      return JSON.stringify(ix.updated);
    case 'conflictsOf':
      return JSON.stringify(conflictsOfRaw(rest));
    case 'groups':
      return JSON.stringify(groupTree(rest as GroupedIndex));
    case 'mdx':
      // An MDX body is compiled by Astro's content layer, not read from the validated atlas: its bytes.
      return hash('sha256', readFileSync(join(atlasRoot(), rest)), 'hex');
    default:
      throw new Error(`unknown dependency key "${key}"`);
  }
}

/** The hash of a dependency key's value (what the build manifest keeps). */
export function dependencyHash(key: string): string {
  try {
    // crypto.hash, not createHash: the same digest without a Hash object per key (320 000 keys at
    // 10 000 clusters: about half a second less).
    const value = untracked(() => dependencyValue(key));
    return hash('sha256', value, 'hex').slice(0, 20);
  } catch (err) {
    // A file that is gone (a deleted MDX document) is a change, not a failure.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'absent';
    throw err;
  }
}

let groupOf: ((key: string) => string) | undefined;

/** Whether this process builds the page or file with that route key (see src/lib/shard.ts). */
export function buildsHere(key: string): boolean {
  groupOf ??= chartGroups(rawAtlas().raw.content);
  return inShard(groupOf(key));
}

export function routeFor(key: string, locale: Locale): Route | undefined {
  record(`route:${key}|${locale}`);
  return indexes().route.get(`${key}|${locale}`);
}

/** The same page in every language (for hreflang and the language switch). */
export function routesFor(key: string): Route[] {
  record(`routes:${key}`);
  return indexes().routesByKey.get(key) ?? [];
}

/** Site path of an entity's page in a locale; throws on an unknown key so no link can dangle. */
export function pathFor(key: string, locale: Locale): string {
  const r = routeFor(key, locale);
  if (!r) throw new Error(`No page for "${key}" in ${locale}`);
  return r.path;
}

export function regionName(region: Region, locale: Locale): string {
  // data/regions.csv: `name` in the atlas's first language, `name_<locale>` for the others (name_en).
  return (region as unknown as Record<string, string | undefined>)[`name_${locale}`] ?? region.name;
}

export function docsIn<C extends ContentCollection>(collection: C, locale: Locale): ContentDoc<C>[] {
  record(`docs:${collection}|${locale}`);
  return [...((indexes().docs.get(`${collection}|${locale}`) ?? []) as ContentDoc<C>[])];
}

export function doc<C extends ContentCollection>(collection: C, locale: Locale, slug: string): ContentDoc<C> | undefined {
  record(`doc:${collection}|${locale}|${slug}`);
  return indexes().doc.get(`${collection}|${locale}|${slug}`) as ContentDoc<C> | undefined;
}

export function figuresWithScope(scope: string): FigureRecord[] {
  record(`scope:${scope}`);
  return indexes().figuresByScope.get(scope) ?? [];
}

export function figuresFromSource(sourceId: string): FigureRecord[] {
  record(`bySource:${sourceId}`);
  return indexes().figuresBySource.get(sourceId) ?? [];
}

/**
 * How many figures share a label in a language, and how many of those also the period: what a
 * figure's page title needs to be unique. A lookup of its own, so a page title depends on these two
 * counts and not on every figure of a common label (300 "Jumlah unit usaha" in a synthetic atlas).
 */
export function labelCounts(label: string, period: string, locale: Locale): { label: number; period: number } {
  record(`labelCount:${locale}|${period}|${label}`);
  return labelCountsRaw(label, period, locale);
}

function labelCountsRaw(label: string, period: string, locale: string): { label: number; period: number } {
  const same = indexes().figuresByLabel.get(`${locale}|${label}`) ?? [];
  return { label: same.length, period: same.filter((g) => g.period === period).length };
}

/** Pages (route keys) whose frontmatter or prose use a figure: the backlinks of a figure page. */
export function figureBacklinks(figureId: string): string[] {
  record(`backlinks:${figureId}`);
  return indexes().backlinks.get(figureId) ?? [];
}

/** Every record of a measure, newest first (src/lib/measures.ts). */
export function recordsOfMeasure(measure: string): FigureRecord[] {
  record(`measure:${measure}`);
  return indexes().byMeasure.get(measure) ?? [];
}

/**
 * The earliest and latest `updated` date of the atlas's documents and series: the first edition's
 * day, and the access date of every citation. A lookup of its own, so a page that cites depends on
 * these two dates, not on every document.
 */
export function updatedDates(): { first: string; last: string } {
  record('dates:updated');
  return indexes().updated;
}

function updatedRange(a: Atlas): { first: string; last: string } {
  const dates = [...[...a.clusters, ...a.programs, ...a.provinces, ...a.pages].map((d) => (d.data as { updated: string }).updated), ...[...a.series.values()].map((s) => s.meta.updated)].sort();
  return { first: dates[0] ?? '2000-01-01', last: dates.at(-1) ?? '2000-01-01' };
}

export function conflictsOf(figureId: string): Conflict[] {
  record(`conflictsOf:${figureId}`);
  return conflictsOfRaw(figureId);
}

function conflictsOfRaw(figureId: string): Conflict[] {
  return [...rawAtlas().conflicts.values()].filter((c) => c.figures.includes(figureId));
}

const trees = new Map<GroupedIndex, GroupNode>();

/** An index's group tree (src/routes/groups.ts): a root without children when it fits one page. */
/** How many entries one page of this atlas's index holds (src/routes/groups.ts): the limit pages that list entries of it follow too. */
export function entriesOnPage(index: GroupedIndex): number {
  return entriesPerPage(index, atlas().site.index_pages?.max_entries);
}

export function indexGroups(index: GroupedIndex): GroupNode {
  record(`groups:${index}`);
  return groupTree(index);
}

function groupTree(index: GroupedIndex): GroupNode {
  let tree = trees.get(index);
  if (!tree) {
    const a = rawAtlas();
    // No group pages without their URL word (the validator reports it): the index stays whole.
    tree = a.site.index_pages?.path ? indexTree(a.site, a.raw.inventory, index) : { segments: [], level: 'prefix', ids: [], listed: [], children: [] };
    trees.set(index, tree);
  }
  return tree;
}
