// Tile grid map: one square per tile at (col, row), labelled with its short
// code. Value mode: filled by a 5-step sequential scale with a legend of the
// bins; tiles without data are a faint tint with a dashed outline, explained
// in the legend. Highlight mode (no data, `highlight` codes): two classes.
import * as Plot from '@observablehq/plot';
import { header, type LegendItem } from '../header.ts';
import { highlightFill, highlightInk, sequential, sequentialFill, sequentialInk } from '../palette.ts';
import { tileSummary } from '../summary.ts';
import { measure } from '../text.ts';
import { t } from '../../i18n/index.ts';
import { niceTicks } from '../ticks.ts';
import type { ChartInput, KindContext, KindModule, KindPlot, Tile } from '../types.ts';

const FAINT = 0.07;
/** Below this tile size a short name (Sumbar, Jateng) no longer fits: the grid wraps in two blocks. */
const MIN_NAMED_TILE = 34;

/**
 * Plot render hook for the tile labels: a line wider than its tile (Gorontalo, Papua Teng on a phone)
 * is narrowed to the tile less 2 px (SVG textLength), so it neither runs into its neighbour nor drops
 * below the 12 px text height every chart keeps on a phone. Labels let clicks through to the tile link.
 */
function fitLabels(tile: number): Plot.RenderFunction {
  const room = tile - 2;
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context)!;
    g.setAttribute('pointer-events', 'none');
    for (const text of g.querySelectorAll('text')) {
      const spans = [...text.querySelectorAll('tspan')];
      for (const line of spans.length ? spans : [text]) {
        if (measure(line.textContent ?? '') <= room) continue;
        line.setAttribute('textLength', String(room));
        line.setAttribute('lengthAdjust', 'spacingAndGlyphs');
      }
    }
    return g;
  };
}

/** Lines of a tile label: two-word names (Papua Teng) on two lines when the tile shows no value. */
function labelLines(short: string, value: string | undefined): string {
  const words = short.split(' ');
  const name = value === undefined && words.length === 2 ? words.join('\n') : short;
  return value === undefined ? name : `${name}\n${value}`;
}

interface Placed {
  /** Left column and top row in grid units. */
  x: number;
  y: number;
}

/**
 * Where each tile goes. On a phone the 14-column archipelago would give 22 px tiles, too small for a
 * name, so the grid wraps: the eastern columns (from about 60 % of the width) move under the western
 * block, right-aligned, half a tile below it.
 */
function layout(tiles: readonly Tile[], width: number, narrow: boolean): { at: (t: Tile) => Placed; cols: number; rows: number } {
  const cols = Math.max(1, ...tiles.map((t) => t.col + 1));
  const rows = Math.max(1, ...tiles.map((t) => t.row + 1));
  if (!narrow || Math.floor((width - 4) / cols) >= MIN_NAMED_TILE || cols < 4) return { at: (t) => ({ x: t.col, y: t.row }), cols, rows };
  const split = Math.ceil(cols * 0.6);
  const west = tiles.filter((t) => t.col < split);
  const east = tiles.filter((t) => t.col >= split);
  const westRows = Math.max(0, ...west.map((t) => t.row + 1));
  const eastTop = Math.min(...east.map((t) => t.row));
  const eastRows = Math.max(0, ...east.map((t) => t.row + 1)) - eastTop;
  const shift = split - (cols - split);
  const top = westRows + 0.5;
  return {
    at: (t) => (t.col < split ? { x: t.col, y: t.row } : { x: t.col - split + shift, y: t.row - eastTop + top }),
    cols: split,
    rows: top + eastRows,
  };
}

interface TileCell extends Tile {
  fill: string;
  ink: string;
  empty: boolean;
  /** The formatted value, if the tile has one. */
  valueText?: string;
  /** Hover text and link name: "Jawa Timur: 12,3%". */
  title: string;
}

interface Bins {
  thresholds: number[];
  index: (v: number) => number;
  /** Whole numbers, few enough for a palette step each: one legend entry per value, not ranges. */
  values?: number[];
}

/** Palette step of bin i of n, spread over the whole palette so few bins still contrast. */
const spread = (i: number, n: number) => (n === 1 ? sequential.length - 1 : Math.round((i * (sequential.length - 1)) / (n - 1)));

/** Equal-interval bins on nice boundaries, at most as many as the palette has steps. */
function binsOf(values: readonly number[]): Bins {
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  if (lo === hi) return { thresholds: [lo, hi], index: () => sequential.length - 1 };
  // Counts such as 1–5 clusters: ranges like "1–2, 2–3" would leave a reader guessing where 2 goes.
  if (values.every(Number.isInteger) && hi - lo < sequential.length) {
    const list = Array.from({ length: hi - lo + 1 }, (_, k) => lo + k);
    return { thresholds: [lo, hi], values: list, index: (v) => spread(v - lo, list.length) };
  }
  let thresholds = niceTicks(lo, hi, 5);
  for (let count = 4; thresholds.length - 1 > sequential.length && count > 1; count--) thresholds = niceTicks(lo, hi, count);
  const n = thresholds.length - 1;
  const step = (i: number) => spread(i, n);
  return {
    thresholds,
    index: (v) => {
      let i = thresholds.findIndex((t, j) => j > 0 && v <= t) - 1;
      if (i < 0) i = 0;
      return step(Math.min(i, n - 1));
    },
  };
}

/** Tiles, data rows and legend for either mode; throws on codes that are not tiles. */
function cells(input: ChartInput): { cells: TileCell[]; legend: LegendItem[] } {
  const tiles = input.tiles ?? [];
  const words = t(input.lang).tileMap;
  const codes = new Set(tiles.map((t) => t.code));
  const unknown = [...input.data.map((d) => d.x), ...(input.highlight ?? [])].filter((c) => !codes.has(c));
  if (unknown.length) throw new Error(`chart "${input.id}": tilemap codes not among the tiles: ${unknown.join(', ')}`);
  const empty = { fill: 'currentColor', ink: 'currentColor', empty: true };
  // The tile's accessible name holds its visible label (WCAG 2.5.3): "Jawa Timur (Jatim)".
  const named = (t: Tile) => (t.name.includes(t.short) ? t.name : `${t.name} (${t.short})`);

  if (input.highlight && input.data.length === 0) {
    const on = new Set(input.highlight);
    const mark = input.yLabel.trim() || words.highlighted;
    return {
      cells: tiles.map((t) => (on.has(t.code) ? { ...t, fill: highlightFill, ink: highlightInk, empty: false, title: `${named(t)}: ${mark}` } : { ...t, ...empty, title: named(t) })),
      legend: [
        { label: input.yLabel.trim() || words.highlighted, fill: highlightFill },
        { label: words.other, fill: 'currentColor', fillOpacity: FAINT, stroke: 'currentColor' },
      ],
    };
  }

  const value = new Map(input.data.filter((d) => d.y !== null).map((d) => [d.x, d.y!]));
  const legend: LegendItem[] = [];
  // In a 35–45 px tile, "898.162" would be squeezed: large values are written compactly ("898 rb",
  // "898K"); the legend carries the unit and the hover title the full value.
  const compact = new Intl.NumberFormat(input.intlLocale, { notation: 'compact', maximumFractionDigits: 1 });
  const inTile = input.tileFormat ?? ((v: number) => (Math.abs(v) >= 10_000 ? compact.format(v) : input.format(v)));
  const none = (t: Tile): TileCell => ({ ...t, ...empty, title: `${named(t)}: ${words.noData.toLowerCase()}` });
  let result: TileCell[] = tiles.map(none);
  if (value.size) {
    const bins = binsOf([...value.values()]);
    result = tiles.map((t) => {
      const v = value.get(t.code);
      if (v === undefined) return none(t);
      const i = bins.index(v);
      return { ...t, fill: sequentialFill(i), ink: sequentialInk(i), empty: false, valueText: inTile(v), title: `${named(t)}: ${input.format(v)}` };
    });
    const { thresholds } = bins;
    if (bins.values) {
      for (const v of bins.values) legend.push({ label: input.format(v), fill: sequentialFill(bins.index(v)) });
    } else if (thresholds.length === 2 && thresholds[0] === thresholds[1]) {
      legend.push({ label: input.format(thresholds[0]!), fill: sequentialFill(bins.index(thresholds[0]!)) });
    } else {
      for (let j = 0; j + 1 < thresholds.length; j++) {
        legend.push({ label: `${input.format(thresholds[j]!)}–${input.format(thresholds[j + 1]!)}`, fill: sequentialFill(bins.index(thresholds[j + 1]!)) });
      }
    }
  }
  if (result.some((c) => c.empty)) legend.push({ label: words.noData, fill: 'currentColor', fillOpacity: FAINT, stroke: 'currentColor', dashed: true });
  return { cells: result, legend };
}

function plot({ input, variant }: KindContext): KindPlot {
  const { width, narrow } = variant;
  const { cells: all, legend } = cells(input);
  const grid = layout(all, width, narrow);
  const { cols, rows } = grid;
  const size = Math.min(narrow ? 40 : 52, Math.floor((width - 4) / cols));
  const highlightMode = Boolean(input.highlight && input.data.length === 0);
  const head = header(highlightMode ? '' : input.yLabel, legend, width, 2);
  const marginTop = head.height;
  const marginLeft = Math.floor((width - cols * size) / 2);
  const inner = rows * size; // rows may end in a half (the wrapped block's gap): keep tiles exact squares
  const placed = all.map((c) => ({ ...c, ...grid.at(c) }));
  const filled = placed.filter((c) => !c.empty);
  const empty = placed.filter((c) => c.empty);
  const dashed = !highlightMode;
  const tileOptions = {
    x1: 'x',
    x2: (t: Placed) => t.x + 1,
    y1: 'y',
    y2: (t: Placed) => t.y + 1,
    inset: 1.5,
    title: 'title',
    href: (t: TileCell) => t.href ?? null,
  } as const;

  return {
    height: marginTop + Math.ceil(inner) + 4,
    marginTop,
    marginLeft,
    marginRight: width - marginLeft - cols * size,
    marginBottom: 4,
    x: { domain: [0, cols], axis: null },
    y: { domain: [0, rows], range: [marginTop, marginTop + inner], axis: null },
    color: { type: 'identity' },
    marks: [
      head.mark,
      Plot.rect(filled, { ...tileOptions, fill: 'fill', stroke: 'currentColor', strokeOpacity: 0.25 }),
      Plot.rect(empty, {
        ...tileOptions,
        fill: 'currentColor',
        fillOpacity: FAINT,
        stroke: 'currentColor',
        strokeOpacity: 0.6,
        strokeDasharray: dashed ? '3,2' : undefined,
      }),
      Plot.text(placed, {
        x: (t: Placed) => t.x + 0.5,
        y: (t: Placed) => t.y + 0.5,
        text: (t: TileCell) => labelLines(t.short, input.tileValues ? t.valueText : undefined),
        lineHeight: 1.1,
        fill: 'ink',
        render: fitLabels(size),
      }),
    ],
  };
}

export const tilemap: KindModule = { plot, summary: tileSummary };
