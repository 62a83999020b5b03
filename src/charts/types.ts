// Public input/output types of the chart module, plus the small contract every
// chart kind implements. The module knows nothing about Astro or the data files.
import type { Markish, PlotOptions } from '@observablehq/plot';

/** Every chart kind, in one list; the registry (kinds/index.ts) holds a module for each. */
export const CHART_KINDS = ['bar', 'line', 'grouped-bar', 'stacked-bar', 'tilemap', 'geomap'] as const;
export type ChartKind = (typeof CHART_KINDS)[number];
/** The geographic map draws the atlas's own places (its clusters), not a data series. */
export type SeriesChartKind = Exclude<ChartKind, 'geomap'>;
/** Kinds a data series (data/series/*.yaml `chart:`) can be drawn as. */
export const SERIES_CHART_KINDS = CHART_KINDS.filter((k): k is SeriesChartKind => k !== 'geomap') as [SeriesChartKind, ...SeriesChartKind[]];

export interface ChartDatum {
  x: string;
  xLabel: string;
  y: number | null;
  group?: string;
  groupLabel?: string;
}

export interface Tile {
  code: string;
  /** Label drawn in the tile: the short name readers use (Sumut, Jatim, DKI); a space may break it into two lines. */
  short: string;
  name: string;
  col: number;
  row: number;
  /** The tile becomes a link (an `<a>` inside the svg) to this page. */
  href?: string;
}

export interface MapPoint {
  lat: number;
  lon: number;
  label: string;
  /** The dot becomes a link to this page. */
  href?: string;
  /** Hover text and link name; defaults to the label. */
  title?: string;
}

export interface ChartInput {
  kind: ChartKind;
  /** Stable chart id; element ids are derived from it ("chart-<id>-wide-title"). */
  id: string;
  /** Goes into the svg <title>. */
  title: string;
  /** Language of the summary sentence and of the few legend words. */
  lang: string;
  /** Locale of axis tick numbers, e.g. 'id-ID' or 'en-GB'. */
  intlLocale: string;
  xLabel: string;
  yLabel: string;
  /** Formats a value with its unit, e.g. "6,19%". Used for value labels, legends and the summary. */
  format: (n: number) => string;
  data: ChartDatum[];
  tiles?: Tile[];
  highlight?: string[];
  points?: MapPoint[];
  /** Geomap: the country outlined, as an ISO 3166 numeric code (site.yaml mapCountry; default "360", Indonesia). */
  country?: string;
  /**
   * false when the values measure different things (small industry, IKM, IMK counts): bars are drawn
   * as separate coloured series with a legend, and the summary lists each series instead of ranking
   * them against each other.
   */
  comparable?: boolean;
  /** Tile map: write each tile's value under its label. */
  tileValues?: boolean;
  /** Tile map: how a value is written inside its tile (default: compact above 10 000, else `format`). */
  tileFormat?: (n: number) => string;
}

export interface RenderedChart {
  wide: string;
  narrow: string;
  summary: string;
}

// ---- internal contract between render.ts and kinds/*.ts ----

export interface Variant {
  name: 'wide' | 'narrow';
  width: number;
  narrow: boolean;
}

/** What a kind module receives for one variant. */
export interface KindContext {
  input: ChartInput;
  variant: Variant;
}

/** Plot options a kind returns; render.ts adds document, className and width. */
export type KindPlot = Omit<PlotOptions, 'document' | 'className' | 'width' | 'title' | 'subtitle' | 'caption'> & {
  height: number;
  marks: Markish[];
};

export interface KindModule {
  plot: (context: KindContext) => KindPlot;
  summary: (input: ChartInput) => string;
}
