// Text blocks for images drawn without a browser: wrapped with the chart module's width estimate
// (DejaVu-like metrics, the font the images are drawn with), so lines never run off the image.
import { truncate, wrap } from '../charts/text.ts';
import { escapeXml } from '../shared/xml.ts';

/** What an image's text asks for: DejaVu Sans when drawn here (src/images/raster.ts), a close system font in a browser. */
export const FONT_STACK = "'DejaVu Sans', Verdana, system-ui, sans-serif";

export interface TextBlock {
  lines: string[];
  size: number;
  lineHeight: number;
  bold?: boolean;
  fill?: string;
}

/** Bold DejaVu is about 10 % wider than regular. */
const scale = (size: number, bold?: boolean) => (size / 12) * (bold ? 1.1 : 1);

/** `text` wrapped into at most `maxLines` lines of `width` px at `size` px; the last line ends in "…" if cut. */
export function block(text: string, width: number, size: number, opts: { maxLines?: number; bold?: boolean; fill?: string; lineHeight?: number } = {}): TextBlock {
  const w = width / scale(size, opts.bold);
  let lines = wrap(text, w);
  const max = opts.maxLines ?? Infinity;
  // Cut: the rest of the text on the last line, shortened with "…" (it is wider than the line, or it would not have wrapped).
  if (lines.length > max) lines = [...lines.slice(0, max - 1), truncate(lines.slice(max - 1).join(' '), w)];
  return { lines, size, lineHeight: opts.lineHeight ?? Math.round(size * 1.3), bold: opts.bold, fill: opts.fill };
}

export function blockHeight(b: TextBlock): number {
  return b.lines.length * b.lineHeight;
}

/** The block as <text> lines from `top` (its first line's box top); returns the markup and the next top. */
export function drawBlock(b: TextBlock, x: number, top: number): { svg: string; bottom: number } {
  const attrs = `font-size="${b.size}"${b.bold ? ' font-weight="bold"' : ''}${b.fill ? ` fill="${b.fill}"` : ''}`;
  // Baseline at about 0.8 of the line box below its top: the ascent of DejaVu Sans, plus half the leading.
  const svg = b.lines.map((l, i) => `<text x="${x}" y="${Math.round(top + i * b.lineHeight + b.size * 0.95 + (b.lineHeight - b.size * 1.2) / 2)}" ${attrs}>${escapeXml(l)}</text>`).join('');
  return { svg, bottom: top + blockHeight(b) };
}

/**
 * A chart's bare SVG (src/charts) made ready to nest in another image: CSS variables replaced by
 * their fallback colours (resvg does not read custom properties), its own title/desc/ARIA dropped
 * (the outer image carries them), placed at x, y and scaled to `width`.
 */
export function nestedChart(chartSvg: string, x: number, y: number, width: number, maxHeight?: number): { svg: string; height: number } {
  const vb = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(chartSvg);
  if (!vb) throw new Error('chart svg without a viewBox');
  const [vw, vh] = [Number(vb[1]), Number(vb[2])];
  let w = width;
  let h = (vh * width) / vw;
  if (maxHeight !== undefined && h > maxHeight) {
    h = maxHeight;
    w = (vw * maxHeight) / vh;
  }
  const dx = x + (width - w) / 2;
  const round = (n: number) => Math.round(n * 100) / 100;
  const body = chartSvg
    .replace(/var\(--[\w-]+,\s*(#[0-9A-Fa-f]{3,8})\)/g, '$1')
    // The chart's own name and its marks' hover titles and page links belong to the web page; the
    // image has one title of its own, and site-relative links would be dead in a downloaded file.
    .replace(/<title[^>]*>[\s\S]*?<\/title>/g, '')
    .replace(/<desc[^>]*>[\s\S]*?<\/desc>/, '')
    .replace(/<a\b[^>]*>|<\/a>/g, '')
    .replace(/<svg\b[^>]*>/, (tag) => {
      const keep = tag.replace(/\s(?:role|aria-labelledby|class|width|height|font-family|xmlns)="[^"]*"/g, '').replace(/^<svg/, '');
      return `<svg x="${round(dx)}" y="${round(y)}" width="${round(w)}" height="${round(h)}" font-family="${FONT_STACK}" color="#1d1f21"${keep.replace(/>$/, '')}>`;
    });
  return { svg: body, height: round(h) };
}
