// A page's social card (og:image, twitter:image): 1 200 × 630, what a link preview shows.
// Pure: words (and a chart's SVG) in, SVG string out; src/images/raster.ts makes the PNG.
import { escapeXml } from '../shared/xml.ts';
import { block, drawBlock, FONT_STACK, nestedChart, type TextBlock } from './text.ts';

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
const MARGIN = 64;
const INNER = CARD_WIDTH - 2 * MARGIN;
const ACCENT = '#0072B2';
const MUTED = '#4a4f55';
const FOOTER_TOP = 548;

export interface CardContent {
  lang: string;
  /** Small words above: what kind of page ("Klaster · Sumatera Utara"). */
  kicker: string;
  /** A figure's value, drawn large, before the title. */
  value?: string;
  title: string;
  /** Lines under the title (summary, period and claimant), each at most two lines. */
  lines?: string[];
  /** A chart's bare SVG (src/charts, wide variant), fitted into the room left. */
  chartSvg?: string;
  /** The bottom line, left: a source, or the site's tagline. */
  footer: string;
  /** The bottom line, right: the site's name. */
  brand: string;
}

/** The card of one page. */
export function cardSvg(c: CardContent): string {
  const parts: string[] = [];
  let y = 52;
  const put = (b: TextBlock, gap: number) => {
    const d = drawBlock(b, MARGIN, y);
    parts.push(d.svg);
    y = d.bottom + gap;
  };
  put(block(c.kicker.toUpperCase(), INNER, 24, { bold: true, fill: ACCENT, maxLines: 1 }), 14);
  if (c.value) put(block(c.value, INNER, 84, { bold: true, maxLines: 1, lineHeight: 96 }), 6);
  const titleSize = c.value ? 36 : c.chartSvg ? 42 : 58;
  put(block(c.title, INNER, titleSize, { bold: !c.value, maxLines: c.chartSvg || c.value ? 2 : 3, lineHeight: Math.round(titleSize * 1.22) }), 14);
  for (const line of c.lines ?? []) put(block(line, INNER, 28, { fill: MUTED, maxLines: 2, lineHeight: 36 }), 8);
  if (c.chartSvg) {
    const room = FOOTER_TOP - 16 - y;
    if (room > 80) parts.push(nestedChart(c.chartSvg, MARGIN, y, INNER, room).svg);
  }
  const brand = escapeXml(c.brand);
  const footer = block(c.footer, INNER - 40 - c.brand.length * 16, 22, { fill: MUTED, maxLines: 2, lineHeight: 28 });
  const footerSvg = drawBlock(footer, MARGIN, FOOTER_TOP + (footer.lines.length === 1 ? 14 : 0)).svg;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${CARD_WIDTH} ${CARD_HEIGHT}" width="${CARD_WIDTH}" height="${CARD_HEIGHT}" lang="${escapeXml(c.lang)}" font-family="${FONT_STACK}" fill="#1d1f21">` +
    `<rect width="${CARD_WIDTH}" height="${CARD_HEIGHT}" fill="#ffffff"/><rect width="${CARD_WIDTH}" height="10" fill="${ACCENT}"/>` +
    parts.join('') +
    `<line x1="${MARGIN}" x2="${CARD_WIDTH - MARGIN}" y1="${FOOTER_TOP - 8}" y2="${FOOTER_TOP - 8}" stroke="#d0d4d8" stroke-width="2"/>` +
    footerSvg +
    `<text x="${CARD_WIDTH - MARGIN}" y="${FOOTER_TOP + 42}" text-anchor="end" font-size="26" font-weight="bold" fill="${ACCENT}">${brand}</text>` +
    `</svg>\n`
  );
}
