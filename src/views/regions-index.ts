// What the provinces index shows (/provinsi/, /en/provinces/), computed and typed here so the layout
// (src/layouts/RegionsIndex.astro) only renders it, and a unit test can read it without a build: the
// provinces A–Z, the tile map of what the atlas records per province, and the table of provinces.
import type { RenderedChart } from '../charts/index.ts';
import { t } from '../i18n/index.ts';
import { atlas, pathFor, regionName } from '../lib/atlas.ts';
import { regionTiles } from '../lib/chart-data.ts';
import { renderedOnce } from '../lib/chart-render.ts';
import { intlLocale } from '../lib/format.ts';
import { clustersInRegion, memberships, programsInRegion } from '../lib/relations.ts';
import { href } from '../lib/url.ts';
import type { Locale } from '../schemas/index.ts';
import type { Crumb, Link } from './types.ts';

export interface RegionRow {
  code: string;
  name: Link;
  capital: string;
  islandGroup: string;
  clusters: number;
  programs: number;
  /** The region sets it (or its area) belongs to, in words. */
  memberships: string;
}

export interface RegionsIndexView {
  title: string;
  description: string;
  crumbs: Crumb[];
  /** Every province by the name a reader looks for, in the page language's collation. */
  az: { heading: string; links: Link[] };
  /** The tile map: clusters and programs recorded per province. */
  map: { title: string; rendered: RenderedChart };
  /** The table's column heads, in order, and its rows in the data's order. */
  columns: { code: string; name: string; capital: string; islandGroup: string; clusters: string; programs: string; membership: string };
  rows: RegionRow[];
  note?: string;
}

export function regionsIndexView(locale: Locale): RegionsIndexView {
  const s = t(locale);
  const a = atlas();
  const labels = a.site.collections;
  const c = labels.regions;
  const link = (r: (typeof a.regions)[number]): Link => ({ href: href(pathFor(`region:${r.slug}`, locale)), text: regionName(r, locale) });
  const counts = a.regions.map((r) => ({
    r,
    clusters: clustersInRegion(r.code, locale).length,
    programs: programsInRegion(r.code, locale).length,
    sets: memberships(r).filter((m) => m.how !== 'none'),
  }));
  const collator = new Intl.Collator(intlLocale(locale));
  const az = [...a.regions].sort((x, y) => collator.compare(regionName(x, locale), regionName(y, locale)));
  const clusterWord = labels.clusters.singular[locale]!;
  const programWord = labels.programs.singular[locale]!;
  const title = s.recordedPer(clusterWord, programWord, c.singular[locale]!);
  const counted = `${clusterWord.toLowerCase()} + ${programWord.toLowerCase()}`;
  const rendered = renderedOnce(`regions-index|${locale}`, () => ({
    kind: 'tilemap',
    id: 'regions-recorded',
    title,
    lang: locale,
    intlLocale: intlLocale(locale),
    xLabel: c.singular[locale]!,
    yLabel: counted,
    format: (n: number) => `${n} ${counted}`,
    data: counts.map((x) => ({ x: x.r.code, xLabel: regionName(x.r, locale), y: x.clusters + x.programs > 0 ? x.clusters + x.programs : null })),
    tiles: regionTiles(locale),
  }));
  return {
    title: c.plural[locale]!,
    description: c.description[locale]!,
    crumbs: [{ label: c.plural[locale]! }],
    az: { heading: s.regionsAZ, links: az.map(link) },
    map: { title, rendered },
    columns: {
      code: s.code,
      name: s.name,
      capital: s.capital,
      islandGroup: s.islandGroup,
      clusters: labels.clusters.plural[locale]!,
      programs: labels.programs.plural[locale]!,
      membership: s.membership,
    },
    rows: counts.map(({ r, clusters, programs, sets }) => ({
      code: r.code,
      name: link(r),
      capital: r.capital,
      islandGroup: a.regionsMeta.groups[r.island_group]?.[locale] ?? r.island_group,
      clusters,
      programs,
      memberships: sets.map((m) => m.set.label[locale] + (m.how === 'area' ? ` (${s.areaWord})` : '')).join('; '),
    })),
    note: a.regionsMeta.note?.[locale],
  };
}
