// A series' publication images: the SVG with title, subtitle, source and credit (src/images/publication.ts)
// and its PNGs, 1 200 px wide and twice that. Made once per chart, language and site per process and
// shared by the chart's download links (which show their sizes) and the files themselves.
import { publicationSvg, type PublicationText } from '../images/publication.ts';
import { pngFile } from '../images/raster.ts';
import { readFileSync, statSync } from 'node:fs';
import type { Locale, Unit } from '../schemas/index.ts';
import type { SeriesRecord } from '../validate/load-data.ts';
import { atlas, pathFor } from './atlas.ts';
import { renderedSeries } from './chart-render.ts';
import { sourceShort } from './cite.ts';
import { formatPeriod, intlLocale } from './format.ts';
import { t } from '../i18n/index.ts';
import { numberFormat } from '../shared/intl.ts';
import { absolute } from './url.ts';
import { TrackedMemo } from './track.ts';

/** Width of the 1× PNG; the 2× PNG is twice as wide. */
export const PNG_WIDTH = 1200;

/** Site paths of a chart's publication files. */
export function chartFiles(id: string, locale: Locale) {
  return { svg: `/files/charts/${id}.${locale}.svg`, png: `/files/charts/${id}.${locale}.png`, png2x: `/files/charts/${id}.${locale}@2x.png` };
}

/** A unit's name in words, or undefined when the value shows it by itself (%, a year). */
export function unitName(unit: Unit, locale: Locale): string | undefined {
  if (unit.label) return unit.label[locale];
  if (unit.kind === 'currency') return unit.currency === 'IDR' ? 'rupiah' : unit.currency;
  return undefined;
}

/** "2014–2023" for a chart over time; the period of its figures when they share one; else nothing. */
function periodOf(series: SeriesRecord, locale: Locale): string | undefined {
  const a = atlas();
  const xs =
    series.meta.x.type === 'period' || series.meta.x.type === 'year'
      ? series.rows.map((r) => r.x)
      : series.rows.map((r) => (r.figure ? a.figures.get(r.figure)?.period : undefined)).filter((p): p is string => !!p);
  const sorted = [...new Set(xs)].sort();
  if (sorted.length === 0) return undefined;
  if (series.meta.x.type !== 'period' && series.meta.x.type !== 'year' && sorted.length > 1) return undefined;
  return sorted.length === 1 ? formatPeriod(sorted[0]!, locale) : `${formatPeriod(sorted[0]!, locale)}–${formatPeriod(sorted.at(-1)!, locale)}`;
}

/** The words of a chart's publication image, in a language, crediting the chart's page at `site`. */
export function publicationText(series: SeriesRecord, locale: Locale, site: URL | string | undefined): PublicationText {
  const a = atlas();
  const s = t(locale);
  const { meta } = series;
  const unit = unitName(a.units[meta.unit]!, locale);
  const yLabel = meta.y.label[locale];
  const what = unit && unit.toLowerCase() !== yLabel.toLowerCase() ? `${yLabel} (${unit})` : yLabel;
  const period = periodOf(series, locale);
  return {
    lang: locale,
    id: series.id,
    title: meta.title[locale],
    subtitle: period ? `${what} · ${period}` : what,
    summary: renderedSeries(series.id, locale).summary,
    caveat: meta.note ? `${s.note}: ${meta.note[locale]}` : undefined,
    source: `${s.source}: ${meta.sources.map((id) => sourceShort(a.sources.get(id)!, locale)).join('; ')}`,
    credit: `${a.site.title[locale]} · ${a.site.license.content} · ${absolute(pathFor(`chart:${series.id}`, locale), site)}`,
  };
}

const svgMemo = new TrackedMemo<string>();
const pngMemo = new TrackedMemo<string>();

function seriesOf(id: string): SeriesRecord {
  const series = atlas().series.get(id);
  if (!series) throw new Error(`Unknown chart (series) id "${id}" (see data/series/)`);
  return series;
}

/** The publication SVG of a chart in a language. */
export function chartPublicationSvg(id: string, locale: Locale, site: URL | string | undefined): string {
  return svgMemo.get(`${id}|${locale}|${String(site)}`, () => publicationSvg(renderedSeries(id, locale).wide, publicationText(seriesOf(id), locale, site)));
}

/** The image-cache file of a chart's publication PNG, 1 200 px wide (scale 1) or 2 400 px (scale 2). */
export function chartPngFile(id: string, locale: Locale, scale: 1 | 2, site: URL | string | undefined): string {
  return pngMemo.get(`${id}|${locale}|${scale}|${String(site)}`, () => pngFile(chartPublicationSvg(id, locale, site), PNG_WIDTH * scale));
}

/** The PNG of a chart's publication image (for astro dev, which serves it from an endpoint). */
export function chartPng(id: string, locale: Locale, scale: 1 | 2, site: URL | string | undefined): Buffer {
  return readFileSync(chartPngFile(id, locale, scale, site));
}

/** Bytes of a chart's publication PNG, for its download link. */
export function chartPngBytes(id: string, locale: Locale, scale: 1 | 2, site: URL | string | undefined): number {
  return statSync(chartPngFile(id, locale, scale, site)).size;
}

/** "84 kB", "1,2 MB": a download's size in the page language (decimal units, as browsers show them). */
export function formatBytes(bytes: number, locale: Locale): string {
  const intl = intlLocale(locale);
  if (bytes < 1000) return `${bytes} B`;
  const [n, u] = bytes < 1e6 ? [bytes / 1e3, 'kB'] : [bytes / 1e6, 'MB'];
  return `${numberFormat(intl, { maximumFractionDigits: n < 10 ? 1 : 0 }).format(n)} ${u}`;
}
