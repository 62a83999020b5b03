// Grouped horizontal bars: one bar per group inside each category, coloured by group.
import { horizontalBars } from '../bars.ts';
import { categoricalFill } from '../palette.ts';
import { groupedSummary } from '../summary.ts';
import type { KindContext, KindModule, KindPlot } from '../types.ts';
import { categoriesOf, groupsOf } from '../groups.ts';

function plot(context: KindContext): KindPlot {
  const { format, data } = context.input;
  const groups = groupsOf(data);
  return horizontalBars(
    context,
    categoriesOf(data).map(({ key, label, rows }) => ({
      key,
      label,
      rows: groups.map((g, i) => {
        const y = rows.find((d) => (d.group ?? '') === g.key)?.y ?? null;
        return y === null ? { segments: [], end: null, text: '' } : { segments: [{ x1: 0, x2: y, fill: categoricalFill(i), title: `${label}, ${g.label}: ${format(y)}` }], end: y, text: format(y) };
      }),
    })),
    groups.map((g, i) => ({ label: g.label, fill: categoricalFill(i) })),
  );
}

export const groupedBar: KindModule = { plot, summary: groupedSummary };
