// Colours. Data colours are written into the SVG as `var(--chart-…, <hex>)`:
// the page may restyle them with CSS custom properties (e.g. for dark mode),
// and the literal hex fallback keeps a standalone SVG (no page CSS) correct in
// browsers. Axes, grid and ordinary text use `currentColor`.

/**
 * Okabe–Ito categorical colours (colour-blind safe), yellow and black left out for contrast. The
 * page's light colours (src/styles/global.css, --chart-1…6) are these, in this order: a downloaded
 * SVG or PNG, which has only the fallbacks, shows the series in the page's colours (a unit test
 * holds the two together).
 */
export const categorical = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;

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

/** Highlight colour (Okabe–Ito blue, as on the page) and its label ink (5.2:1). */
export const highlight = { fill: '#0072B2', ink: '#ffffff' } as const;

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
