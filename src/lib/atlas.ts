import { loadAtlasOrThrow, type ValidatedAtlas } from '../validate/index.ts';
import { readSnapshot } from '../validate/snapshot.ts';
import type { FigureRecord, SeriesRecord } from '../validate/load-data.ts';
import type { ContentDoc } from '../validate/load-content.ts';
import { DEFAULT_LOCALE, LOCALES, type Conflict, type GlossaryEntry, type Locale, type Region, type RegionSet, type SearchTerm, type Source, type Unit } from '../schemas/index.ts';
import { atlasRoot } from './root.ts';
import { indexTree, type Route } from '../routes/table.ts';
import type { GroupedIndex, GroupNode } from '../routes/groups.ts';
import { chartGroups, inShard, MDX_KEY_PREFIX } from './shard.ts';

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
}
let indexCache: Indexes | undefined;

function push<K, V>(m: Map<K, V[]>, k: K, v: V) {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function indexes(): Indexes {
  if (indexCache) return indexCache;
  const a = atlas();
  const ix: Indexes = {
    route: new Map(),
    routesByKey: new Map(),
    docs: new Map(),
    doc: new Map(),
    figuresByScope: new Map(),
    figuresBySource: new Map(),
    figuresByLabel: new Map(),
    backlinks: new Map(),
  };
  for (const r of a.routes) {
    ix.route.set(`${r.key}|${r.locale}`, r);
    push(ix.routesByKey, r.key, r);
  }
  for (const collection of ['clusters', 'programs', 'provinces', 'pages'] as const) {
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
  for (const collection of ['clusters', 'programs', 'provinces', 'pages'] as const) {
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

export function atlas(): Atlas {
  if (cached) return cached;
  // scripts/build.ts validated already and hands over its result; `astro dev` and direct builds validate here.
  const raw = process.env.ATLAS_SNAPSHOT ? readSnapshot(process.env.ATLAS_SNAPSHOT) : loadAtlasOrThrow(atlasRoot());
  const { data, content } = raw;
  const regions = data.regions.map((r) => r.value).sort((a, b) => a.code.localeCompare(b.code));
  cached = {
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
  return cached;
}

let groupOf: ((key: string) => string) | undefined;

/** Whether this process builds the page or file with that route key (see src/lib/shard.ts). */
export function buildsHere(key: string): boolean {
  groupOf ??= chartGroups(atlas().raw.content);
  return inShard(groupOf(key));
}

export function routeFor(key: string, locale: Locale): Route | undefined {
  return indexes().route.get(`${key}|${locale}`);
}

/** The same page in every language (for hreflang and the language switch). */
export function routesFor(key: string): Route[] {
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

export function docsIn<C extends 'clusters' | 'programs' | 'provinces' | 'pages'>(collection: C, locale: Locale): ContentDoc<C>[] {
  return [...((indexes().docs.get(`${collection}|${locale}`) ?? []) as ContentDoc<C>[])];
}

export function doc<C extends 'clusters' | 'programs' | 'provinces' | 'pages'>(collection: C, locale: Locale, slug: string): ContentDoc<C> | undefined {
  return indexes().doc.get(`${collection}|${locale}|${slug}`) as ContentDoc<C> | undefined;
}

export function figuresWithScope(scope: string): FigureRecord[] {
  return indexes().figuresByScope.get(scope) ?? [];
}

export function figuresFromSource(sourceId: string): FigureRecord[] {
  return indexes().figuresBySource.get(sourceId) ?? [];
}

export function figuresLabelled(label: string, locale: Locale): FigureRecord[] {
  return indexes().figuresByLabel.get(`${locale}|${label}`) ?? [];
}

/** Pages (route keys) whose frontmatter or prose use a figure: the backlinks of a figure page. */
export function figureBacklinks(figureId: string): string[] {
  return indexes().backlinks.get(figureId) ?? [];
}

export function conflictsOf(figureId: string): Conflict[] {
  return [...atlas().conflicts.values()].filter((c) => c.figures.includes(figureId));
}

const trees = new Map<GroupedIndex, GroupNode>();

/** An index's group tree (src/routes/groups.ts): a root without children when it fits one page. */
export function indexGroups(index: GroupedIndex): GroupNode {
  let tree = trees.get(index);
  if (!tree) {
    const a = atlas();
    // No group pages without their URL word (the validator reports it): the index stays whole.
    tree = a.site.index_pages?.path ? indexTree(a.site, a.raw.inventory, index) : { segments: [], level: 'prefix', ids: [], listed: [], children: [] };
    trees.set(index, tree);
  }
  return tree;
}
