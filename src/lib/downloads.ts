/** RFC 4180 field: quoted only when it must be. */
export function csvField(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: (string | number | boolean | null | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
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
