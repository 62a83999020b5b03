// The registry: one line per chart kind.
import type { ChartKind, KindModule } from '../types.ts';
import { bar } from './bar.ts';
import { geomap } from './geomap.ts';
import { groupedBar } from './grouped-bar.ts';
import { line } from './line.ts';
import { stackedBar } from './stacked-bar.ts';
import { tilemap } from './tilemap.ts';

export const kinds: Record<ChartKind, KindModule> = {
  bar,
  line,
  'grouped-bar': groupedBar,
  'stacked-bar': stackedBar,
  tilemap,
  geomap,
};
