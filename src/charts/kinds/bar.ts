// Ranked horizontal bars: one bar per datum, in the order given (the caller sorts).
import { horizontalBars } from '../bars.ts';
import { categoricalFill } from '../palette.ts';
import { rankingSummary } from '../summary.ts';
import type { KindContext, KindModule, KindPlot } from '../types.ts';

function plot(context: KindContext): KindPlot {
  const { format, data } = context.input;
  const fill = categoricalFill(0);
  return horizontalBars(
    context,
    data.map((d) => ({
      key: d.x,
      label: d.xLabel,
      rows: [
        d.y === null
          ? { segments: [], end: null, text: '' }
          : { segments: [{ x1: 0, x2: d.y, fill, title: `${d.xLabel}: ${format(d.y)}` }], end: d.y, text: format(d.y) },
      ],
    })),
  );
}

export const bar: KindModule = { plot, summary: rankingSummary };
