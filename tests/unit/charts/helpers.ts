// Parses a rendered SVG string so tests can count elements.
import { parseHTML } from 'linkedom';

export function parse(svg: string): Element {
  const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
  const root = document.querySelector('svg');
  if (!root) throw new Error('no <svg> in output');
  return root as unknown as Element;
}

/** Elements matching `selector` outside the header (value label + legend). */
export function plotted(root: Element, selector: string): Element[] {
  return [...root.querySelectorAll(selector)].filter((el) => !el.closest('.atlas-chart-header'));
}

export function texts(root: Element, selector = 'text'): string[] {
  return plotted(root, selector).map((t) => t.textContent ?? '');
}

/** Every id="…" in an svg string. */
export function ids(svg: string): string[] {
  return [...svg.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!);
}

/** Number of subpaths (M commands) in a path's d attribute. */
export function subpaths(d: string): number {
  return (d.match(/M/g) ?? []).length;
}
