/**
 * Text a spreadsheet would run as a formula (=HYPERLINK(…), +cmd, -2+3, @SUM, or hidden behind a tab
 * or carriage return) gets an apostrophe in front, as OWASP advises for CSV injection: Excel,
 * LibreOffice and Google Sheets then show it as text. Numbers are numbers, and text that is a plain
 * number ("-0.24") cannot be a formula: both are written unchanged. The JSON downloads keep the text as is.
 */
export const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER_TEXT = /^-?\d+(\.\d+)?$/;

export function neutraliseFormula(s: string): string {
  return FORMULA_START.test(s) && !PLAIN_NUMBER_TEXT.test(s) ? `'${s}` : s;
}

/** RFC 4180 field: quoted only when it must be; text neutralised against formula injection. */
export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = typeof v === 'string' ? neutraliseFormula(v) : String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return `${[header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n')}\r\n`;
}

/**
 * A chart's SVG as a file on its own: XML declaration, namespace, colours that do not depend on page
 * CSS, and map links (site paths such as "/provinsi/aceh/") made absolute against `site` so they still
 * lead somewhere from a downloaded file.
 */
export function standaloneSvg(svg: string, site?: string | URL): string {
  let out = svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  if (site) out = out.replace(/<a href="(\/[^"]*)"/g, (_, path: string) => `<a href="${new URL(path, site).toString()}"`);
  out = out.replace(/>/, '><style>svg{color:#1d1f21;background:#fff;font:12px system-ui,sans-serif}</style>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out}\n`;
}
