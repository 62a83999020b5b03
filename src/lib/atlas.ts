import { loadAtlasOrThrow, type ValidatedAtlas } from '../validate/index.ts';
import type { FigureRecord, SeriesRecord } from '../validate/load-data.ts';
import type { ContentDoc } from '../validate/load-content.ts';
import type { Conflict, Locale, Region, RegionSet, Source, Unit } from '../schemas/index.ts';
import { atlasRoot } from './root.ts';
import { buildRoutes, type Route } from './routes.ts';

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
  regions: Region[];
  regionByCode: Map<string, Region>;
  regionBySlug: Map<string, Region>;
  regionsMeta: ValidatedAtlas['data']['regionsMeta'];
  regionSets: RegionSet[];
  series: Map<string, SeriesRecord>;
  clusters: ContentDoc<'clusters'>[];
  programs: ContentDoc<'programs'>[];
  provinces: ContentDoc<'provinces'>[];
  pages: ContentDoc<'pages'>[];
}

let cached: Atlas | undefined;

export function atlas(): Atlas {
  if (cached) return cached;
  const raw = loadAtlasOrThrow(atlasRoot());
  const { data, content } = raw;
  const regions = data.regions.map((r) => r.value).sort((a, b) => a.code.localeCompare(b.code));
  cached = {
    raw,
    site: data.site,
    routes: buildRoutes(data.site, raw.inventory),
    sources: new Map(data.sources.map((s) => [s.value.id, s.value])),
    units: data.units,
    figures: new Map(data.figures.map((f) => [f.id, f])),
    topics: data.topics,
    conflicts: new Map(data.conflicts.map((c) => [c.value.id, c.value])),
    regions,
    regionByCode: new Map(regions.map((r) => [r.code, r])),
    regionBySlug: new Map(regions.map((r) => [r.slug, r])),
    regionsMeta: data.regionsMeta,
    regionSets: data.regionSets.map((s) => s.value),
    series: new Map(data.series.map((s) => [s.id, s])),
    clusters: content.clusters,
    programs: content.programs,
    provinces: content.provinces,
    pages: content.pages,
  };
  return cached;
}

export function routeFor(key: string, locale: Locale): Route | undefined {
  return atlas().routes.find((r) => r.key === key && r.locale === locale);
}

/** Site path of an entity's page in a locale; throws on an unknown key so no link can dangle. */
export function pathFor(key: string, locale: Locale): string {
  const r = routeFor(key, locale);
  if (!r) throw new Error(`No page for "${key}" in ${locale}`);
  return r.path;
}

export function regionName(region: Region, locale: Locale): string {
  return locale === 'id' ? region.name : region.name_en;
}

export function docsIn<C extends 'clusters' | 'programs' | 'provinces' | 'pages'>(collection: C, locale: Locale): ContentDoc<C>[] {
  return (atlas()[collection] as ContentDoc<C>[]).filter((d) => d.locale === locale);
}

export function doc<C extends 'clusters' | 'programs' | 'provinces' | 'pages'>(collection: C, locale: Locale, slug: string): ContentDoc<C> | undefined {
  return docsIn(collection, locale).find((d) => d.slug === slug);
}

/** Pages (route keys) whose frontmatter or prose use a figure: the backlinks of a figure page. */
export function figureBacklinks(figureId: string): string[] {
  const a = atlas();
  const keys = new Set<string>();
  const collect = (docs: ContentDoc[], prefix: string) => {
    for (const d of docs) {
      if (d.locale !== 'id') continue;
      const fm = d.data as { figures?: string[] };
      if (fm.figures?.includes(figureId) || d.usages.some((u) => u.component === 'Stat' && u.id === figureId)) {
        keys.add(prefix === 'page' ? `page:${d.slug}` : `${prefix}:${d.slug}`);
      }
    }
  };
  collect(a.clusters, 'cluster');
  collect(a.programs, 'program');
  collect(a.provinces, 'region');
  collect(a.pages, 'page');
  for (const s of a.series.values()) if (s.rows.some((r) => r.figure === figureId)) keys.add(`chart:${s.id}`);
  for (const f of [a.figures.get(figureId)]) if (f?.scope.startsWith('region:')) {
    const region = a.regionByCode.get(f.scope.slice(7));
    if (region) keys.add(`region:${region.slug}`);
  }
  return [...keys];
}

export function conflictsOf(figureId: string): Conflict[] {
  return [...atlas().conflicts.values()].filter((c) => c.figures.includes(figureId));
}
