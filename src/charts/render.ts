// Renders a chart at two widths with Observable Plot on a linkedom document and
// turns Plot's output into one labelled, deterministic SVG image:
// role="img" + <title>/<desc>, no aria-label/aria-hidden noise, no <style>,
// ids derived from the chart id, coordinates rounded to 0.01 px.
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import { kinds } from './kinds/index.ts';
import { separateSummary } from './summary.ts';
import type { ChartInput, KindModule, RenderedChart, Variant } from './types.ts';

export const CLASS_NAME = 'atlas-chart';
export const WIDE: Variant = { name: 'wide', width: 640, narrow: false };
// 320 px: drawn at 1:1 (12 px text) inside a 360 px phone screen with the page's 1rem margins.
export const NARROW: Variant = { name: 'narrow', width: 320, narrow: true };
const SVG_NS = 'http://www.w3.org/2000/svg';

let cachedDocument: Document | undefined;
function plotDocument(): Document {
  cachedDocument ??= parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
  return cachedDocument;
}

/** "chart-<id>-<variant>", with anything but [A-Za-z0-9_-] replaced so it is a valid id. */
export function idPrefix(chartId: string, variant: Variant['name']): string {
  return `chart-${chartId.replace(/[^A-Za-z0-9_-]/g, '_')}-${variant}`;
}

export function renderChart(input: ChartInput): RenderedChart {
  const kind = kinds[input.kind];
  if (!kind) throw new Error(`chart "${input.id}": unknown kind "${String(input.kind)}"`);
  if (!input.id.trim()) throw new Error('chart id must not be empty');
  // Values that measure different things are never ranked against each other, whatever the kind.
  const summary = input.comparable === false ? separateSummary(input) : kind.summary(input);
  return {
    wide: renderVariant(input, kind, WIDE, summary),
    narrow: renderVariant(input, kind, NARROW, summary),
    summary,
  };
}

function renderVariant(input: ChartInput, kind: KindModule, variant: Variant, summary: string): string {
  const document = plotDocument();
  const options = kind.plot({ input, variant });
  const svg = Plot.plot({ ...options, document, className: CLASS_NAME, width: variant.width }) as unknown as Element;
  if (svg.tagName.toLowerCase() !== 'svg') throw new Error(`chart "${input.id}": Plot returned <${svg.tagName}>, expected a bare <svg>`);
  finish(svg, idPrefix(input.id, variant.name), input.title, summary);
  return svg.outerHTML;
}

const GEOMETRY = new Set(['d', 'transform', 'x', 'y', 'x1', 'x2', 'y1', 'y2', 'cx', 'cy', 'r', 'width', 'height', 'points', 'dx', 'dy']);
const NUMBER = /-?(?:\d+\.\d+|\.\d+|\d+)(?:e[-+]?\d+)?/gi;

const LONG_NUMBER = /\.\d{3}|\de[-+]?\d/i;

function roundNumbers(value: string): string {
  if (!LONG_NUMBER.test(value)) return value;
  return value.replace(NUMBER, (n) => (n.includes('.') || /e/i.test(n) ? String(Math.round(Number(n) * 100) / 100 + 0) : n));
}

/**
 * Plot wraps a mark with an `href` channel in `<a xlink:href fill="inherit">` and puts the mark's `<title>`
 * inside the shape. Use SVG 2's plain `href`, and lift the title to the link so it names the link
 * (hover text and accessible name). Returns how many links there are.
 */
function finishLinks(svg: Element): number {
  const links = [...svg.querySelectorAll('a')];
  for (const a of links) {
    const target = a.getAttribute('xlink:href') ?? a.getAttributeNS('http://www.w3.org/1999/xlink', 'href') ?? a.getAttribute('href');
    for (const name of [...a.getAttributeNames()]) if (name !== 'class' && name !== 'aria-label') a.removeAttribute(name);
    if (target) a.setAttribute('href', target);
    const title = a.querySelector('title');
    if (title) {
      a.prepend(title);
      // Also as aria-label: not every accessibility engine names an SVG link from a child <title>.
      a.setAttribute('aria-label', title.textContent ?? '');
    }
  }
  return links.length;
}

/** Post-processes Plot's svg in place. */
export function finish(svg: Element, prefix: string, title: string, description: string): void {
  const doc = svg.ownerDocument;
  for (const style of [...svg.querySelectorAll('style')]) style.remove();
  svg.setAttribute('font-size', '12');

  // Plot's ids come from a global counter (plot-clip-N): rename them in
  // document order and rewrite every reference.
  const renamed = new Map<string, string>();
  for (const el of svg.querySelectorAll('[id]')) renamed.set(el.getAttribute('id')!, `${prefix}-${renamed.size + 1}`);
  const elements = [svg, ...svg.querySelectorAll('*')];
  for (const el of elements) {
    for (const name of ['aria-label', 'aria-description', 'aria-hidden']) el.removeAttribute(name);
    for (const { name, value } of [...el.attributes]) {
      let next = value;
      if (name === 'id') next = renamed.get(value) ?? value;
      else if (renamed.size && value.includes('#')) next = value.replace(/#([^\s)"']+)/g, (m, old: string) => (renamed.has(old) ? `#${renamed.get(old)}` : m));
      if (GEOMETRY.has(name)) next = roundNumbers(next);
      if (next !== value) el.setAttribute(name, next);
    }
  }

  const titleId = `${prefix}-title`;
  const descId = `${prefix}-desc`;
  const titleEl = doc.createElementNS(SVG_NS, 'title');
  titleEl.setAttribute('id', titleId);
  titleEl.textContent = title;
  const descEl = doc.createElementNS(SVG_NS, 'desc');
  descEl.setAttribute('id', descId);
  descEl.textContent = description;
  svg.prepend(titleEl, descEl);
  svg.setAttribute('xmlns', SVG_NS); // so the string also works as a standalone .svg file
  const links = finishLinks(svg);
  // A chart is one labelled image; a map whose tiles or dots are links is a labelled group, so the
  // links inside stay reachable by keyboard and screen reader (children of role="img" are hidden).
  svg.setAttribute('role', links ? 'group' : 'img');
  svg.setAttribute('aria-labelledby', `${titleId} ${descId}`);
}
