import type { ChartDatum, ChartInput, Tile } from '../charts/index.ts';
import type { Locale } from '../schemas/index.ts';
import type { SeriesRecord } from '../validate/load-data.ts';
import { atlas, pathFor, regionName } from './atlas.ts';
import { href } from './url.ts';
import { formatAxis, formatPeriod, formatValue, intlLocale } from './format.ts';

/** Every region as a tile of the tile-grid map, named in a locale, each a link to its page. */
export function regionTiles(locale: Locale): Tile[] {
  return atlas().regions.map((r) => ({
    code: r.code,
    short: r.short_name ?? r.short,
    name: regionName(r, locale),
    col: r.tile_col,
    row: r.tile_row,
    href: href(pathFor(`region:${r.slug}`, locale)),
  }));
}

/** Input for a map drawn from the atlas itself rather than from a series (locators, cluster map). */
export function mapInput(kind: 'tilemap' | 'geomap', id: string, title: string, locale: Locale, extra: Partial<ChartInput>): ChartInput {
  return { kind, id, title, lang: locale, intlLocale: intlLocale(locale), xLabel: '', yLabel: '', format: (n: number) => String(n), data: [], country: atlas().site.mapCountry, ...extra };
}

/** Label of one x value of a series, in a locale (periods, region names, category labels). */
export function xLabel(series: SeriesRecord, x: string, locale: Locale): string {
  const { meta } = series;
  if (meta.x.type === 'period') return formatPeriod(x, locale);
  if (meta.x.type === 'region') {
    const r = atlas().regionByCode.get(x);
    return r ? regionName(r, locale) : x;
  }
  return meta.categories?.[x]?.[locale] ?? x;
}

export function groupLabel(series: SeriesRecord, group: string | undefined, locale: Locale): string | undefined {
  if (group === undefined) return undefined;
  return series.meta.group?.values[group]?.[locale] ?? group;
}

/** Formats a value of this series for tables and chart labels. */
export function seriesFormatter(series: SeriesRecord, locale: Locale): (n: number) => string {
  const unit = atlas().units[series.meta.unit]!;
  return (n: number) => formatAxis(n, unit, locale);
}

export function seriesValue(series: SeriesRecord, n: number, locale: Locale): string {
  return formatValue(n, atlas().units[series.meta.unit]!, locale);
}

/** Everything the chart module needs to draw a series, with words in the page language. */
export function chartInput(series: SeriesRecord, locale: Locale): ChartInput {
  const { meta } = series;
  const data: ChartDatum[] = series.rows.map((r) => ({
    x: r.x,
    xLabel: xLabel(series, r.x, locale),
    y: r.y,
    ...(r.group !== undefined ? { group: r.group, groupLabel: groupLabel(series, r.group, locale) } : {}),
  }));
  const base: ChartInput = {
    kind: meta.chart,
    id: series.id,
    title: meta.title[locale],
    lang: locale,
    intlLocale: intlLocale(locale),
    xLabel: meta.x.label[locale],
    yLabel: meta.y.label[locale],
    format: seriesFormatter(series, locale),
    data,
  };
  if (meta.comparable === false) base.comparable = false;
  if (meta.chart === 'tilemap') {
    base.tiles = regionTiles(locale);
    if (meta.tile_values) base.tileValues = true;
  }
  return base;
}
