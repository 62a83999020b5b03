// The block above the plot area: the value label (wrapped) and a swatch
// legend (wrapped into rows). Drawn by a Plot render function so it lives
// inside the one <svg>; Plot's own legends would return a <figure>.
import type { RenderFunction } from '@observablehq/plot';
import { LINE_HEIGHT, measure, truncate, wrap } from './text.ts';

export interface LegendItem {
  label: string;
  fill: string;
  /** Outline colour; dashed outlines mark "no data". */
  stroke?: string;
  dashed?: boolean;
  fillOpacity?: number;
}

export interface Header {
  /** Height in px to reserve above the plot (the top margin). */
  height: number;
  mark: RenderFunction;
}

/** Class of the header group (value label and legend), for page CSS and tests. */
export const HEADER_CLASS = 'atlas-chart-header';
const SWATCH = 12;
const ROW = 18;
const GAP = 16;
const SVG = 'http://www.w3.org/2000/svg';

interface Placed {
  item: LegendItem;
  text: string;
  x: number;
  y: number;
}

/** Lays out `label` and `items` in `width` px, starting at x = `left`. */
export function header(label: string, items: readonly LegendItem[], width: number, left = 0): Header {
  const usable = width - left - 2;
  const lines = label.trim() ? wrap(label, usable) : [];
  const placed: Placed[] = [];
  let x = 0;
  let row = 0;
  for (const item of items) {
    const text = truncate(item.label, usable - SWATCH - 4);
    const w = SWATCH + 4 + measure(text);
    if (x > 0 && x + w > usable) {
      x = 0;
      row++;
    }
    placed.push({ item, text, x: left + x, y: lines.length * LINE_HEIGHT + row * ROW + (lines.length ? 4 : 0) });
    x += w + GAP;
  }
  const rows = items.length ? row + 1 : 0;
  const height = lines.length * LINE_HEIGHT + rows * ROW + (lines.length && rows ? 4 : 0) + 10;

  const mark: RenderFunction = (_index, _scales, _values, _dimensions, context) => {
    const doc = context.document;
    const g = doc.createElementNS(SVG, 'g');
    g.setAttribute('class', HEADER_CLASS);
    g.setAttribute('text-anchor', 'start');
    lines.forEach((line, i) => {
      const t = doc.createElementNS(SVG, 'text');
      t.setAttribute('x', String(left));
      t.setAttribute('y', String(i * LINE_HEIGHT + 11));
      t.textContent = line;
      g.append(t);
    });
    for (const { item, text, x: px, y } of placed) {
      const r = doc.createElementNS(SVG, 'rect');
      r.setAttribute('x', String(px + 0.5));
      r.setAttribute('y', String(y + 2.5));
      r.setAttribute('width', String(SWATCH - 1));
      r.setAttribute('height', String(SWATCH - 1));
      r.setAttribute('fill', item.fill);
      if (item.fillOpacity !== undefined) r.setAttribute('fill-opacity', String(item.fillOpacity));
      if (item.stroke) r.setAttribute('stroke', item.stroke);
      if (item.dashed) r.setAttribute('stroke-dasharray', '3,2');
      const t = doc.createElementNS(SVG, 'text');
      t.setAttribute('x', String(px + SWATCH + 4));
      t.setAttribute('y', String(y + 13));
      t.textContent = text;
      g.append(r, t);
    }
    return g as SVGGElement;
  };
  return { height, mark };
}
