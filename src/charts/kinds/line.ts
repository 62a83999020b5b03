// Line with points over ordered periods (a point scale on the x strings). A null
// value leaves a gap: Plot breaks the line at undefined y. Several groups draw
// several coloured lines with a legend; a single series labels its latest value.
import * as Plot from '@observablehq/plot';
import { groupsOf } from '../groups.ts';
import { header } from '../header.ts';
import { categoricalFill, haloText } from '../palette.ts';
import { lineSummary } from '../summary.ts';
import { maxWidth, measure } from '../text.ts';
import { niceTicks, tickFormatter } from '../ticks.ts';
import type { ChartDatum, KindContext, KindModule, KindPlot } from '../types.ts';

interface Point {
  x: string;
  y: number | undefined;
  group: string;
  fill: string;
  /** Hover text: "[group, ]period: value". */
  title: string;
}

/** Every `step`-th period, counted back from the last so the latest is always labelled. */
function tickSubset(periods: readonly string[], room: number, labelWidth: number): string[] {
  const fit = Math.max(2, Math.floor(room / (labelWidth + 12)));
  const step = Math.ceil(periods.length / fit);
  return periods.filter((_, i) => (periods.length - 1 - i) % step === 0);
}

function plot({ input, variant }: KindContext): KindPlot {
  const { width, narrow } = variant;
  const periods = [...new Set(input.data.map((d) => d.x))];
  const periodLabel = new Map(input.data.map((d) => [d.x, d.xLabel]));
  const groups = groupsOf(input.data);
  const colour = new Map(groups.map((g, i) => [g.key, categoricalFill(i)]));
  const points: Point[] = input.data.map((d: ChartDatum) => ({
    x: d.x,
    y: d.y ?? undefined,
    group: d.group ?? '',
    fill: colour.get(d.group ?? '')!,
    title: `${groups.length > 1 ? `${d.groupLabel ?? d.group}, ` : ''}${d.xLabel}: ${d.y === null ? '—' : input.format(d.y)}`,
  }));
  const defined = points.filter((p) => p.y !== undefined);
  const ys = defined.map((p) => p.y!);

  const ticks = niceTicks(Math.min(...ys), Math.max(...ys), narrow ? 4 : 6);
  const tick = tickFormatter(input.intlLocale, ticks);
  const labelOf = (x: string) => periodLabel.get(x) ?? x;
  const marginLeft = Math.max(...ticks.map((t) => measure(tick(t)))) + 12;
  const lastLabel = measure(labelOf(periods[periods.length - 1] ?? ''));
  const marginRight = Math.ceil(Math.max(12, lastLabel / 2 + 4));
  const legend = groups.length > 1 ? groups.map((g) => ({ label: g.label, fill: colour.get(g.key)! })) : [];
  const head = header(input.yLabel, legend, width);
  const inner = narrow ? 180 : 240;
  const marginTop = head.height + 10;
  const marginBottom = 28;
  const room = width - marginLeft - marginRight;
  const xTicks = tickSubset(periods, room, maxWidth(periods.map(labelOf)));

  // Latest value of a single series, anchored so it stays inside the frame.
  const latest = groups.length === 1 ? defined[defined.length - 1] : undefined;
  const latestIndex = latest ? periods.indexOf(latest.x) : -1;
  const anchor = latestIndex > (periods.length - 1) / 2 ? 'end' : latestIndex < (periods.length - 1) / 2 ? 'start' : 'middle';

  return {
    height: marginTop + inner + marginBottom,
    marginTop,
    marginRight,
    marginBottom,
    marginLeft,
    x: { type: 'point', domain: periods, ticks: xTicks, tickFormat: labelOf, label: null, padding: 0.3 },
    y: { domain: [ticks[0]!, ticks[ticks.length - 1]!], ticks, tickFormat: tick, grid: true, label: null },
    color: { type: 'identity' },
    marks: [
      head.mark,
      Plot.line(points, { x: 'x', y: 'y', z: 'group', stroke: 'fill', strokeWidth: 2 }),
      Plot.dot(defined, { x: 'x', y: 'y', fill: 'fill', r: 3.5, title: 'title' }),
      latest
        ? Plot.text([latest], {
            x: 'x',
            y: 'y',
            text: (p: Point) => input.format(p.y!),
            textAnchor: anchor,
            dy: -12,
            dx: anchor === 'end' ? 4 : anchor === 'start' ? -4 : 0,
            // The halo keeps the value readable where the line runs under it.
            ...haloText,
          })
        : null,
    ],
  };
}

export const line: KindModule = { plot, summary: lineSummary };
