// Colours. Data colours are written into the SVG as `var(--chart-…, <hex>)`:
// the page may restyle them with CSS custom properties (e.g. for dark mode),
// and the literal hex fallback keeps a standalone SVG (no page CSS) correct in
// browsers. Axes, grid and ordinary text use `currentColor`.

/** Okabe–Ito categorical colours (colour-blind safe), yellow and black left out for contrast. */
export const categorical = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00'] as const;

/**
 * Sequential scheme (5 viridis steps, light → dark): perceptually ordered,
 * colour-blind safe, and every step stays visible on both a white and a
 * near-black page (tiles also get a thin currentColor outline). `ink` is the
 * label colour with ≥ 5:1 contrast on that fill.
 */
export const sequential = [
  { fill: '#ece51b', ink: '#1a1a1a' },
  { fill: '#6ece58', ink: '#1a1a1a' },
  { fill: '#20a386', ink: '#1a1a1a' },
  { fill: '#2a788e', ink: '#ffffff' },
  { fill: '#414487', ink: '#ffffff' },
] as const;

/** Highlight colour (Okabe–Ito orange) and its label ink. */
export const highlight = { fill: '#E69F00', ink: '#1a1a1a' } as const;

/** Background colour used as a halo behind map labels. */
export const haloFallback = '#ffffff';

export function categoricalFill(index: number): string {
  const i = index % categorical.length;
  return `var(--chart-${i + 1}, ${categorical[i]})`;
}

export function sequentialFill(index: number): string {
  return `var(--chart-seq-${index + 1}, ${sequential[index]!.fill})`;
}

export function sequentialInk(index: number): string {
  return `var(--chart-seq-ink-${index + 1}, ${sequential[index]!.ink})`;
}

export const highlightFill = `var(--chart-highlight, ${highlight.fill})`;
export const highlightInk = `var(--chart-highlight-ink, ${highlight.ink})`;
export const halo = `var(--chart-halo, ${haloFallback})`;

/** Text options for a label drawn over data: ordinary text colour on a halo of the page colour. */
export const haloText = { fill: 'currentColor', stroke: halo, strokeWidth: 3, paintOrder: 'stroke', strokeLinejoin: 'round' } as const;

/**
 * CSS the page may include once (optional: every var() above has a fallback).
 * Style the root only: a CSS rule that sets `fill` on `.atlas-chart text`
 * would override the per-tile label inks (CSS beats SVG presentation
 * attributes); the root already carries fill="currentColor".
 */
export const chartCss = `.atlas-chart { display: block; max-width: 100%; height: auto; font-family: system-ui, sans-serif; font-size: 12px; }
:root {
${categorical.map((c, i) => `  --chart-${i + 1}: ${c};`).join('\n')}
${sequential.map((s, i) => `  --chart-seq-${i + 1}: ${s.fill};\n  --chart-seq-ink-${i + 1}: ${s.ink};`).join('\n')}
  --chart-highlight: ${highlight.fill};
  --chart-highlight-ink: ${highlight.ink};
  --chart-halo: ${haloFallback};
}
@media (prefers-color-scheme: dark) {
  :root { --chart-halo: #121212; }
}
`;
