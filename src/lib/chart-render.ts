import { renderChart, type ChartInput, type RenderedChart } from '../charts/index.ts';
import type { Locale } from '../schemas/index.ts';
import { atlas } from './atlas.ts';
import { chartInput } from './chart-data.ts';
import { TrackedMemo } from './track.ts';

const cache = new TrackedMemo<RenderedChart>();

/** Renders a series' chart once per language per build; pages, embeds and downloads share it. */
export function renderedSeries(id: string, locale: Locale): RenderedChart {
  return cache.get(`${id}|${locale}`, () => {
    const series = atlas().series.get(id);
    if (!series) throw new Error(`Unknown chart (series) id "${id}" (see data/series/)`);
    return renderChart(chartInput(series, locale));
  });
}

/** Renders any chart input once (maps drawn from content rather than a series). */
export function renderedOnce(key: string, input: () => ChartInput): RenderedChart {
  return cache.get(key, () => renderChart(input()));
}
