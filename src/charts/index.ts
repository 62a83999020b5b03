// Build-time chart rendering: Observable Plot → inline SVG (wide and narrow) + a summary sentence.
export type { ChartDatum, ChartInput, ChartKind, MapPoint, RenderedChart, Tile } from './types.ts';
export { renderChart } from './render.ts';
export { NUMBERED_FROM } from './kinds/geomap.ts';
