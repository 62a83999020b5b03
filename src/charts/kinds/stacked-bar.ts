// Stacked horizontal bars: groups stacked inside each category (negatives to the
// left of zero), labelled with the category total.
import { horizontalBars, type Segment } from '../bars.ts';
import { categoricalFill } from '../palette.ts';
import { stackedSummary } from '../summary.ts';
import type { KindContext, KindModule, KindPlot } from '../types.ts';
import { categoriesOf, groupsOf } from '../groups.ts';

function plot(context: KindContext): KindPlot {
  const { format, data } = context.input;
  const groups = groupsOf(data);
  return horizontalBars(
    context,
    categoriesOf(data).map(({ key, label, rows }) => {
      const segments: Segment[] = [];
      let positive = 0;
      let negative = 0;
      groups.forEach((g, i) => {
        const y = rows.find((d) => (d.group ?? '') === g.key)?.y ?? null;
        if (y === null || y === 0) return;
        const start = y > 0 ? positive : negative;
        segments.push({ x1: start, x2: start + y, fill: categoricalFill(i), title: `${label}, ${g.label}: ${format(y)}` });
        if (y > 0) positive += y;
        else negative += y;
      });
      const total = positive + negative;
      const defined = rows.some((d) => d.y !== null);
      const end = positive > 0 || negative === 0 ? positive : negative;
      return { key, label, rows: [defined ? { segments, end, text: format(total) } : { segments, end: null, text: '' }] };
    }),
    groups.map((g, i) => ({ label: g.label, fill: categoricalFill(i) })),
  );
}

export const stackedBar: KindModule = { plot, summary: stackedSummary };
