// Embeds that fit their host page without a script: the build knows what an embed page holds (the
// chart's two SVG variants and a few lines of text), so it computes the height the iframe needs at
// each width and writes those heights into the snippet as CSS media queries. The optional script
// (public/embed.js on the host, public/embed-resize.js in the embed) then sets the exact height.
//
// The numbers below are the embed page's CSS (the `.embed` rules in src/styles/global.css): change
// them together. Text widths use the chart module's estimate of DejaVu Sans, the widest common
// system font, so a browser with a narrower font needs at most the height computed here.
import { measure } from '../charts/text.ts';
import { escapeXml } from '../shared/xml.ts';

export const EMBED = {
  pad: 8,
  caption: { size: 16, line: 22, after: 6 },
  text: { size: 13, line: 18, before: 6 },
  /** Below this width the narrow (320) chart shows: the 36rem media query of global.css. */
  narrowBelow: 576,
  wideWidth: 640,
  narrowWidth: 320,
  /** Rounding of fonts and sub-pixel layout, never less than the sum of a few pixels. */
  slack: 12,
} as const;

/** Lines a paragraph takes at `width` px, wrapping at spaces and breaking words longer than a line (overflow-wrap: break-word). */
export function lineCount(text: string, width: number, size: number, bold = false): number {
  return paragraph(text, size, bold)(width);
}

/**
 * A paragraph measured once, word by word: the returned function counts its lines at any width.
 * embedHeights asks some 330 widths per chart; measuring every word again at each took a fifth of
 * a 1 000-chart build's CPU (measured 6 December 2026).
 */
function paragraph(text: string, size: number, bold: boolean): (width: number) => number {
  const k = (size / 12) * (bold ? 1.1 : 1);
  const space = measure(' ') * k;
  const words = text
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => measure(word) * k);
  return (width) => {
    let lines = 1;
    let used = 0;
    for (let ww of words) {
      if (used > 0 && used + space + ww <= width) {
        used += space + ww;
        continue;
      }
      if (used > 0) lines++;
      // A word wider than a line is broken into pieces of a line each.
      while (ww > width) {
        lines++;
        ww -= width;
      }
      used = ww;
    }
    return lines;
  };
}

export interface EmbedContent {
  title: string;
  /** The chart's wide and narrow SVG heights in their own units (widths 640 and 320). */
  wideHeight: number;
  narrowHeight: number;
  /** The text lines under the chart (source line, credit line), as plain text. */
  lines: string[];
}

/** Height in px an embed page needs when its iframe is `width` px wide. */
export function embedHeight(c: EmbedContent, width: number): number {
  return embedLayout(c)(width);
}

/** The embed page's height as a function of its width, its text measured once. */
function embedLayout(c: EmbedContent): (width: number) => number {
  const caption = paragraph(c.title, EMBED.caption.size, true);
  const lines = c.lines.map((l) => paragraph(l, EMBED.text.size, false));
  return (width) => {
    const inner = width - 2 * EMBED.pad;
    const narrow = width < EMBED.narrowBelow;
    const svgWidth = Math.min(narrow ? EMBED.narrowWidth : EMBED.wideWidth, inner);
    const chart = ((narrow ? c.narrowHeight : c.wideHeight) * svgWidth) / (narrow ? EMBED.narrowWidth : EMBED.wideWidth);
    const title = caption(inner) * EMBED.caption.line + EMBED.caption.after;
    const text = lines.reduce((sum, l) => sum + EMBED.text.before + l(inner) * EMBED.text.line, 0);
    return Math.ceil(2 * EMBED.pad + title + chart + text + EMBED.slack);
  };
}

/** Host viewport widths where the snippet's height changes (a phone, a large phone, tablets, desktops). */
export const BREAKPOINTS = [0, 400, 480, 576, 640, 768, 1024] as const;
/** Narrowest iframe an embed is sized for. */
const MIN_WIDTH = 280;
/** Host pages put margins around an article; an iframe is taken to be up to this much narrower than the viewport. */
const HOST_MARGIN = 64;

/**
 * The iframe height for each viewport range: the most any iframe width in that range may need, from
 * the viewport width less a host page's margins (but at least from 600 px, a narrow article column)
 * up to the next breakpoint.
 */
export function embedHeights(c: EmbedContent): { minWidth: number; height: number }[] {
  const layout = embedLayout(c);
  return BREAKPOINTS.map((lo, i) => {
    const hi = BREAKPOINTS[i + 1] ?? 1600;
    const from = Math.max(MIN_WIDTH, Math.min(lo - HOST_MARGIN, 600));
    let height = 0;
    for (let w = from; w <= hi; w += 4) height = Math.max(height, layout(w));
    return { minWidth: lo, height };
  });
}

/**
 * The HTML a host page pastes: the iframe in a box whose CSS gives it the computed height per
 * viewport width (the iframe's own height attribute, the tallest, serves hosts that strip <style>),
 * then the optional resize script.
 */
export function embedSnippet(o: { key: string; src: string; title: string; heights: { minWidth: number; height: number }[]; script: string }): string {
  const box = `atlas-embed-${o.key.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  const rule = (h: number) => `#${box} iframe{height:${h}px}`;
  const css = o.heights.map((h) => (h.minWidth === 0 ? rule(h.height) : `@media (min-width:${h.minWidth}px){${rule(h.height)}}`)).join('');
  const tallest = Math.max(...o.heights.map((h) => h.height));
  return (
    `<div id="${box}"><style>${css}</style>` +
    `<iframe src="${escapeXml(o.src)}" title="${escapeXml(o.title)}" width="100%" height="${tallest}" style="width:100%;border:0" loading="lazy" data-atlas-embed></iframe></div>\n` +
    `<script src="${escapeXml(o.script)}" async></script>`
  );
}

/** Everything an embed page shows and the snippet that frames it, in a language (see EmbedPage.astro). */
export interface EmbedView {
  title: string;
  /** "Sumber: Kontan, 3 November 2019; Antara, 2017" */
  sourceLine: string;
  sourceWord: string;
  sources: { id: string; label: string }[];
  address: string;
  creditWords: { site: string; licence: string; note?: string; cite: string };
  heights: { minWidth: number; height: number }[];
}

/** The credit line as plain text, exactly as the embed page prints it. */
export function creditText(v: Pick<EmbedView, 'address' | 'creditWords'>): string {
  const w = v.creditWords;
  return [w.site, w.licence, v.address, ...(w.note ? [w.note] : []), w.cite].join(' · ');
}

/**
 * The chart as the embed page shows it: its links (map regions, bars) open in the host's window, not
 * inside the frame. Plain string work is safe here: the SVG is the renderer's own output, where a
 * literal `<a ` only ever starts an element (text is escaped).
 */
export function chartLinksToTop(svg: string): string {
  return svg.replace(/<a (?![^>]*\btarget=)/g, '<a target="_top" ');
}
