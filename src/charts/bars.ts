// Shared layout for the horizontal bar kinds (bar, grouped-bar, stacked-bar):
// categories run down the page, values across. Wide: category labels in the
// left margin. Narrow: each category label sits on its own line above its bars.
// Positions are computed here in pixels, so the y scale is the identity.
import * as Plot from '@observablehq/plot';
import { t } from '../i18n/index.ts';
import { header, type LegendItem } from './header.ts';
import { maxWidth, measure, truncate } from './text.ts';
import { niceTicks, tickFormatter } from './ticks.ts';
import type { KindContext, KindPlot } from './types.ts';

export interface Segment {
  x1: number;
  x2: number;
  fill: string;
  /** Hover text: label and formatted value ("Jawa Barat: 1.450 unit"). */
  title?: string;
}

export interface BarRow {
  segments: Segment[];
  /** Where the value label goes; null = no data for this row. */
  end: number | null;
  text: string;
}

export interface BarCategory {
  key: string;
  label: string;
  rows: BarRow[];
  /** Extra space above this category (px), to set separate series apart. */
  gapBefore?: number;
}

interface PlacedSegment extends Segment {
  y1: number;
  y2: number;
}

interface PlacedLabel {
  x: number;
  y: number;
  text: string;
}

export function horizontalBars(context: KindContext, categories: readonly BarCategory[], legend: readonly LegendItem[] = []): KindPlot {
  const { input, variant } = context;
  const { width, narrow } = variant;
  const multi = categories.some((c) => c.rows.length > 1);
  const barHeight = multi ? 14 : 18;
  const rowGap = 2;
  const categoryGap = narrow ? 10 : multi ? 10 : 8;
  const labelLine = narrow ? 16 : 0;

  // Vertical layout, in px from the top of the plot area.
  const segments: PlacedSegment[] = [];
  const values: PlacedLabel[] = [];
  const negatives: PlacedLabel[] = [];
  const missing: PlacedLabel[] = [];
  const names: PlacedLabel[] = [];
  let cursor = 4;
  for (const category of categories) {
    cursor += category.gapBefore ?? 0;
    const top = cursor;
    cursor += labelLine;
    for (const row of category.rows) {
      const y1 = cursor;
      const y2 = cursor + barHeight;
      const mid = (y1 + y2) / 2;
      for (const s of row.segments) segments.push({ ...s, y1, y2 });
      if (row.end === null) missing.push({ x: 0, y: mid, text: t(input.lang).barChart.noData });
      else (row.end < 0 ? negatives : values).push({ x: row.end, y: mid, text: row.text });
      cursor = y2 + rowGap;
    }
    cursor += categoryGap - rowGap;
    names.push({ x: 0, y: narrow ? top + 7 : (top + cursor - categoryGap) / 2, text: category.label });
  }
  const inner = Math.max(cursor - categoryGap + 4, 24);

  // Value axis: the data extent (with zero) fills the width; round ticks inside it.
  const ends = segments.flatMap((s) => [s.x1, s.x2]);
  const lo = Math.min(0, ...ends);
  const hi = Math.max(0, ...ends);
  const domain: [number, number] = lo === hi ? [0, 1] : [lo, hi];
  const ticks = niceTicks(domain[0], domain[1], narrow ? 3 : 6).filter((t) => t >= domain[0] && t <= domain[1]);
  const tick = tickFormatter(input.intlLocale, ticks);
  const firstTick = measure(tick(ticks[0]!)) / 2 + 2;
  const lastTick = measure(tick(ticks[ticks.length - 1]!)) / 2 + 2;
  const negativeRoom = negatives.length ? maxWidth(negatives.map((v) => v.text)) + 6 : 0;

  const labelRoom = narrow ? 0 : Math.min(Math.max(...names.map((n) => measure(n.text)), 0) + 14, Math.round(width * 0.4));
  const marginLeft = Math.ceil(Math.max(4, firstTick, labelRoom + negativeRoom));
  const marginRight = Math.ceil(Math.max(lastTick, maxWidth([...values, ...missing].map((v) => v.text)) + 8));
  const head = header(input.yLabel, legend, width);
  const marginTop = head.height;
  const marginBottom = 24;
  const labelWidth = narrow ? width - marginLeft - 4 : labelRoom - 14;
  for (const n of names) n.text = truncate(n.text, labelWidth);

  return {
    height: marginTop + inner + marginBottom,
    marginTop,
    marginRight,
    marginBottom,
    marginLeft,
    x: { domain, ticks, tickFormat: tick, grid: true, label: null },
    y: { domain: [0, inner], range: [marginTop, marginTop + inner], axis: null },
    color: { type: 'identity' },
    marks: [
      head.mark,
      Plot.rect(segments, { x1: 'x1', x2: 'x2', y1: 'y1', y2: 'y2', fill: 'fill', title: 'title' }),
      // Narrow labels sit on the zero line's path, so draw it only where it separates negatives.
      !narrow || domain[0] < 0 ? Plot.ruleX([0], { strokeOpacity: 0.6 }) : null,
      Plot.text(values, { x: 'x', y: 'y', text: 'text', textAnchor: 'start', dx: 4 }),
      Plot.text(negatives, { x: 'x', y: 'y', text: 'text', textAnchor: 'end', dx: -4 }),
      Plot.text(missing, { x: 'x', y: 'y', text: 'text', textAnchor: 'start', dx: 4, fillOpacity: 0.75 }),
      narrow
        ? Plot.text(names, { y: 'y', text: 'text', frameAnchor: 'left', textAnchor: 'start' })
        : Plot.text(names, { y: 'y', text: 'text', frameAnchor: 'left', textAnchor: 'end', dx: -(8 + negativeRoom) }),
    ],
  };
}
