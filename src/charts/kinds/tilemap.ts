// Tile grid map: one square per tile at (col, row), labelled with its short
// code. Value mode: filled by a 5-step sequential scale with a legend of the
// bins; tiles without data are a faint tint with a dashed outline, explained
// in the legend. Highlight mode (no data, `highlight` codes): two classes.
import * as Plot from '@observablehq/plot';
import { header, type LegendItem } from '../header.ts';
import { highlightFill, highlightInk, sequential, sequentialFill, sequentialInk } from '../palette.ts';
import { tileSummary } from '../summary.ts';
import { measure } from '../text.ts';
import { niceTicks } from '../ticks.ts';
import type { ChartInput, KindContext, KindModule, KindPlot, Tile } from '../types.ts';

const WORDS = {
  id: { noData: 'Tanpa data', highlighted: 'Disorot', other: 'Lainnya' },
  en: { noData: 'No data', highlighted: 'Highlighted', other: 'Other' },
} as const;

const FAINT = 0.07;
/**
 * Plot render hook for the tile codes: a code wider than its tile (NTB on a 22 px phone tile) is
 * narrowed to the tile less 2 px (SVG textLength), so it neither runs into its neighbour nor drops
 * below the 12 px text height every chart keeps on a phone.
 */
function fitCodes(tile: number): Plot.RenderFunction {
  const room = tile - 2;
  return (index, scales, values, dimensions, context, next) => {
    const g = next!(index, scales, values, dimensions, context)!;
    for (const text of g.querySelectorAll('text')) {
      if (measure(text.textContent ?? '') <= room) continue;
      text.setAttribute('textLength', String(room));
      text.setAttribute('lengthAdjust', 'spacingAndGlyphs');
    }
    return g;
  };
}

interface TileCell extends Tile {
  fill: string;
  ink: string;
  empty: boolean;
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
  const words = WORDS[input.lang];
  const codes = new Set(tiles.map((t) => t.code));
  const unknown = [...input.data.map((d) => d.x), ...(input.highlight ?? [])].filter((c) => !codes.has(c));
  if (unknown.length) throw new Error(`chart "${input.id}": tilemap codes not among the tiles: ${unknown.join(', ')}`);
  const empty = { fill: 'currentColor', ink: 'currentColor', empty: true };

  if (input.highlight && input.data.length === 0) {
    const on = new Set(input.highlight);
    return {
      cells: tiles.map((t) => ({ ...t, ...(on.has(t.code) ? { fill: highlightFill, ink: highlightInk, empty: false } : empty) })),
      legend: [
        { label: input.yLabel.trim() || words.highlighted, fill: highlightFill },
        { label: words.other, fill: 'currentColor', fillOpacity: FAINT, stroke: 'currentColor' },
      ],
    };
  }

  const value = new Map(input.data.filter((d) => d.y !== null).map((d) => [d.x, d.y!]));
  const legend: LegendItem[] = [];
  let result: TileCell[] = tiles.map((t) => ({ ...t, ...empty }));
  if (value.size) {
    const bins = binsOf([...value.values()]);
    result = tiles.map((t) => {
      const v = value.get(t.code);
      if (v === undefined) return { ...t, ...empty };
      const i = bins.index(v);
      return { ...t, fill: sequentialFill(i), ink: sequentialInk(i), empty: false };
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
  const cols = Math.max(1, ...all.map((t) => t.col + 1));
  const rows = Math.max(1, ...all.map((t) => t.row + 1));
  const size = Math.min(narrow ? 40 : 52, Math.floor((width - 4) / cols));
  const highlightMode = Boolean(input.highlight && input.data.length === 0);
  const head = header(highlightMode ? '' : input.yLabel, legend, width, 2);
  const marginTop = head.height;
  const marginLeft = Math.floor((width - cols * size) / 2);
  const inner = rows * size;
  const filled = all.filter((c) => !c.empty);
  const empty = all.filter((c) => c.empty);
  const dashed = !highlightMode;
  const tileOptions = { x1: 'col', x2: (t: Tile) => t.col + 1, y1: 'row', y2: (t: Tile) => t.row + 1, inset: 1.5 } as const;

  return {
    height: marginTop + inner + 4,
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
      Plot.text(all, { x: (t: Tile) => t.col + 0.5, y: (t: Tile) => t.row + 0.5, text: 'short', fill: 'ink', render: fitCodes(size) }),
    ],
  };
}

export const tilemap: KindModule = { plot, summary: tileSummary };
