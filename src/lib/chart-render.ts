import { renderChart, type ChartInput, type RenderedChart } from '../charts/index.ts';
import type { Locale } from '../schemas/index.ts';
import { atlas } from './atlas.ts';
import { chartInput } from './chart-data.ts';

const cache = new Map<string, RenderedChart>();

/** Renders a series' chart once per language per build; pages, embeds and downloads share it. */
export function renderedSeries(id: string, locale: Locale): RenderedChart {
  const key = `${id}|${locale}`;
  let out = cache.get(key);
  if (!out) {
    const series = atlas().series.get(id);
    if (!series) throw new Error(`Unknown chart (series) id "${id}" (see data/series/)`);
    out = renderChart(chartInput(series, locale));
    cache.set(key, out);
  }
  return out;
}

/** Renders any chart input once (maps drawn from content rather than a series). */
export function renderedOnce(key: string, input: () => ChartInput): RenderedChart {
  let out = cache.get(key);
  if (!out) {
    out = renderChart(input());
    cache.set(key, out);
  }
  return out;
}
