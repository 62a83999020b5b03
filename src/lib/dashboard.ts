// What the home page shows as a dashboard, computed once in typed code (the layout only renders):
// the newest record of each measure, a few chart thumbnails, the clusters-per-province tile map and
// what changed lately. Chooses from the data; no list of ids to keep up to date by hand.
import type { ChartInput } from '../charts/index.ts';
import { idPrefix } from '../charts/render.ts';
import type { Locale } from '../schemas/index.ts';
import type { FigureRecord } from '../validate/load-data.ts';
import { atlas, pathFor, regionName } from './atlas.ts';
import { regionTiles } from './chart-data.ts';
import { renderedSeries } from './chart-render.ts';
import { sourceShort } from './cite.ts';
import { feedItems, type Item } from './feed.ts';
import { formatPeriod, formatValue, intlLocale } from './format.ts';
import { headlineFirst, recordsByMeasure } from './measures.ts';
import { counted } from './plural.ts';
import { clustersInRegion } from './relations.ts';
import { TrackedMemo } from './track.ts';

const measureIndex = new TrackedMemo<Map<string, FigureRecord[]>>();
/** Every measure's records, newest first, computed once per build process (figure pages ask per page). */
export function atlasMeasures(): Map<string, FigureRecord[]> {
  return measureIndex.get('', () => recordsByMeasure(atlas().figures.values()));
}

export interface KeyFigure {
  id: string;
  label: string;
  /** The number as large text ("4,19 juta"), and the unit words that follow it ("unit usaha"; may be empty). */
  value: string;
  unit: string;
  period: string;
  claimant: string;
  source: string;
  /** Older records of the same measure, for "was … in …". */
  earlier: number;
}

/**
 * The home page's key figures: the newest record of each measure, newest first (at most `max`).
 * Measures of the whole country come first and the rest only fill the places left: with hundreds of
 * local records the newest are a village's or a cluster's, which is not what an atlas's front page
 * should lead with (measured: 6 of 6 were local once the atlas held 600 figures).
 */
export function keyFigures(locale: Locale, max = 6): KeyFigure[] {
  const a = atlas();
  const byMeasure = atlasMeasures();
  const newest = headlineFirst([...byMeasure.values()].map((list) => list[0]!)).slice(0, max);
  return newest.map((f) => {
    const bare = formatValue(f.value, a.units[f.unit]!, locale, { qualifier: f.qualifier, withUnit: false });
    const full = formatValue(f.value, a.units[f.unit]!, locale, { qualifier: f.qualifier });
    return { ...keyFigure(f, locale, byMeasure), ...(full.startsWith(bare) ? { value: bare, unit: full.slice(bare.length).trim() } : { value: full, unit: '' }) };
  });
}

function keyFigure(f: FigureRecord, locale: Locale, byMeasure: Map<string, FigureRecord[]>): Omit<KeyFigure, 'value' | 'unit'> {
  const a = atlas();
  return {
    id: f.id,
    label: f.label[locale],
    period: formatPeriod(f.period, locale),
    claimant: f.claimant[locale],
    source: sourceShort(a.sources.get(f.source)!, locale),
    earlier: byMeasure.get(f.measure!)!.length - 1,
  };
}

export interface Thumbnail {
  id: string;
  title: string;
  path: string;
  /** The phone-size svg, decorative here (the link text names the chart), ids renamed to stay unique. */
  svg: string;
}

/**
 * A few charts drawn small, newest series first: bar and line kinds only (a thumbnail is a picture
 * inside a link, so it must not hold links of its own as the maps do).
 */
export function thumbnails(locale: Locale, max = 4): Thumbnail[] {
  const a = atlas();
  return [...a.series.values()]
    .filter((s) => s.meta.chart !== 'tilemap')
    .sort((x, y) => y.meta.updated.localeCompare(x.meta.updated) || x.id.localeCompare(y.id))
    .slice(0, max)
    .map((s) => ({
      id: s.id,
      title: s.meta.title[locale],
      path: pathFor(`chart:${s.id}`, locale),
      svg: decorative(renderedSeries(s.id, locale).narrow, s.id),
    }));
}

/** A chart svg as a decorative copy: hidden from screen readers, its ids ("chart-<id>-narrow-…") renamed "thumb-<id>-…". */
export function decorative(svg: string, id: string): string {
  const prefix = idPrefix(id, 'narrow');
  return svg
    .split(prefix)
    .join(prefix.replace(/^chart-(.*)-narrow$/, 'thumb-$1'))
    .replace(/^<svg([^>]*) role="img"/, '<svg$1 aria-hidden="true" focusable="false"')
    .replace(/^<svg([^>]*) aria-labelledby="[^"]*"/, '<svg$1');
}

/** Clusters per province as a tile map, each tile a link to its province, counts in the tiles. */
export function clustersPerRegion(locale: Locale, title: string): ChartInput {
  const a = atlas();
  const clusterWord = a.site.collections.clusters;
  const forms = { singular: clusterWord.singular[locale].toLowerCase(), plural: clusterWord.plural[locale].toLowerCase() };
  return {
    kind: 'tilemap',
    id: 'home-clusters-per-region',
    title,
    lang: locale,
    intlLocale: intlLocale(locale),
    xLabel: a.site.collections.regions.singular[locale],
    yLabel: clusterWord.plural[locale],
    format: (n: number) => counted(n, forms, intlLocale(locale)),
    data: a.regions.map((r) => {
      const n = clustersInRegion(r.code, locale).length;
      return { x: r.code, xLabel: regionName(r, locale), y: n > 0 ? n : null };
    }),
    tiles: regionTiles(locale),
    tileValues: true,
    // The tile holds the bare count; the legend and the hover title say what is counted.
    tileFormat: (n: number) => String(n),
  };
}

/** The newest items of the feed (clusters, programs, charts, figures by their dates). */
export function recentChanges(locale: Locale, max = 6): Item[] {
  return feedItems(locale).slice(0, max);
}
