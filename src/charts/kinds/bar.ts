// Ranked horizontal bars: one bar per datum, in the order given (the caller sorts). Data with groups
// that are not comparable (`comparable: false`) are drawn as separate series: bars gathered by group,
// one colour and legend entry per group, a gap between groups.
import { horizontalBars, type BarCategory } from '../bars.ts';
import { groupsOf } from '../groups.ts';
import { categoricalFill } from '../palette.ts';
import { rankingSummary } from '../summary.ts';
import type { ChartDatum, KindContext, KindModule, KindPlot } from '../types.ts';

const SERIES_GAP = 12;

function plot(context: KindContext): KindPlot {
  const { format, data } = context.input;
  const groups = context.input.comparable === false ? groupsOf(data) : [];
  const separate = groups.length > 1;
  const colour = new Map(groups.map((g, i) => [g.key, categoricalFill(i)]));
  const ordered: ChartDatum[] = separate ? groups.flatMap((g) => data.filter((d) => (d.group ?? '') === g.key)) : [...data];
  const categories: BarCategory[] = ordered.map((d, i) => {
    const fill = separate ? colour.get(d.group ?? '')! : categoricalFill(0);
    const name = separate && d.groupLabel ? `${d.groupLabel}, ${d.xLabel}` : d.xLabel;
    return {
      key: `${d.group ?? ''}|${d.x}`,
      label: d.xLabel,
      gapBefore: separate && i > 0 && ordered[i - 1]!.group !== d.group ? SERIES_GAP : 0,
      rows: [d.y === null ? { segments: [], end: null, text: '' } : { segments: [{ x1: 0, x2: d.y, fill, title: `${name}: ${format(d.y)}` }], end: d.y, text: format(d.y) }],
    };
  });
  return horizontalBars(context, categories, separate ? groups.map((g) => ({ label: g.label, fill: colour.get(g.key)! })) : []);
}

export const bar: KindModule = { plot, summary: rankingSummary };
