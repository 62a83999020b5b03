// A chart as a newsroom can print it: title, subtitle (unit, period), the chart, a short caveat,
// the source line and the credit line, in one self-contained SVG. Pure: words in, SVG string out.
import { escapeXml } from '../shared/xml.ts';
import { block, drawBlock, FONT_STACK, nestedChart } from './text.ts';

export interface PublicationText {
  lang: string;
  /** Id of the chart, for the element ids of the image. */
  id: string;
  title: string;
  subtitle: string;
  /** The chart's one-sentence summary: the image's description. */
  summary: string;
  /** "Catatan: …" — shortened to two lines. */
  caveat?: string;
  /** "Sumber: Kontan, 3 November 2019; …" */
  source: string;
  /** "Atlas IKM · CC BY 4.0 · https://…/grafik/<id>/" */
  credit: string;
}

/** Width of the publication image in SVG units: the 640-unit chart with 20-unit margins. */
export const PUBLICATION_WIDTH = 680;
const MARGIN = 20;
const INNER = PUBLICATION_WIDTH - 2 * MARGIN;
const ACCENT = '#0072B2';
const MUTED = '#4a4f55';

/** The publication SVG of a chart (the wide, 640-unit variant drawn by src/charts). */
export function publicationSvg(chartSvg: string, text: PublicationText): string {
  const title = block(text.title, INNER, 20, { bold: true, maxLines: 3, lineHeight: 25 });
  const subtitle = block(text.subtitle, INNER, 13, { fill: MUTED, maxLines: 2, lineHeight: 18 });
  const caveat = text.caveat ? block(text.caveat, INNER, 11, { fill: MUTED, maxLines: 2, lineHeight: 15 }) : undefined;
  const source = block(text.source, INNER, 11, { maxLines: 4, lineHeight: 15 });
  const credit = block(text.credit, INNER, 11, { fill: MUTED, maxLines: 2, lineHeight: 15 });

  const parts: string[] = [];
  let y = 4 + 16; // under the accent rule
  let d = drawBlock(title, MARGIN, y);
  parts.push(d.svg);
  y = d.bottom + 2;
  d = drawBlock(subtitle, MARGIN, y);
  parts.push(d.svg);
  y = d.bottom + 10;
  const chart = nestedChart(chartSvg, MARGIN, y, INNER);
  parts.push(chart.svg);
  y += chart.height + 10;
  parts.push(`<line x1="${MARGIN}" x2="${PUBLICATION_WIDTH - MARGIN}" y1="${y}" y2="${y}" stroke="#d0d4d8" stroke-width="1"/>`);
  y += 6;
  for (const b of [caveat, source, credit]) {
    if (!b) continue;
    d = drawBlock(b, MARGIN, y);
    parts.push(d.svg);
    y = d.bottom + 2;
  }
  const height = Math.ceil(y + 14);
  const pre = `pub-${text.id.replace(/[^A-Za-z0-9_-]/g, '_')}`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${PUBLICATION_WIDTH} ${height}" width="${PUBLICATION_WIDTH}" height="${height}" role="img" aria-labelledby="${pre}-title ${pre}-desc" lang="${escapeXml(text.lang)}" font-family="${FONT_STACK}" fill="#1d1f21">` +
    `<title id="${pre}-title">${escapeXml(text.title)}</title><desc id="${pre}-desc">${escapeXml(text.summary)}</desc>` +
    `<rect width="${PUBLICATION_WIDTH}" height="${height}" fill="#ffffff"/><rect width="${PUBLICATION_WIDTH}" height="4" fill="${ACCENT}"/>` +
    parts.join('') +
    `</svg>\n`
  );
}
