import type { SeriesRecord } from '../validate/load-data.ts';
import { atlas } from './atlas.ts';

/** RFC 4180 field: quoted only when it must be. */
export function csvField(v: string | number | null | undefined): string {
  if (v === null || v === undefined) return '';
  const s = String(v);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(header: string[], rows: (string | number | null | undefined)[][]): string {
  return [header, ...rows].map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The data behind a chart as CSV: plain numbers, empty cells for gaps, the source of each row. */
export function seriesCsv(s: SeriesRecord): string {
  const { meta } = s;
  const header = [meta.x.field, ...(meta.group ? [meta.group.field] : []), meta.y.field, 'unit', 'source', 'figure'];
  const rows = s.rows.map((r) => [r.x, ...(meta.group ? [r.group] : []), r.y, meta.unit, r.source ?? '', r.figure ?? '']);
  return toCsv(header, rows);
}

/** The same data as JSON, with the metadata a reader needs to cite it. */
export function seriesJson(s: SeriesRecord, site: URL | undefined) {
  const a = atlas();
  return {
    id: s.id,
    title: s.meta.title,
    description: s.meta.description,
    unit: { id: s.meta.unit, ...a.units[s.meta.unit] },
    x: s.meta.x,
    y: s.meta.y,
    ...(s.meta.group ? { group: s.meta.group } : {}),
    note: s.meta.note,
    updated: s.meta.updated,
    sources: s.meta.sources.map((id) => a.sources.get(id)),
    rows: s.rows.map((r) => ({ x: r.x, ...(s.meta.group ? { group: r.group } : {}), y: r.y, source: r.source ?? null, figure: r.figure ?? null })),
    site: site?.toString() ?? null,
  };
}

/** A chart's SVG as a file on its own: XML declaration, namespace, and colours that do not depend on page CSS. */
export function standaloneSvg(svg: string): string {
  let out = svg.includes('xmlns=') ? svg : svg.replace('<svg', '<svg xmlns="http://www.w3.org/2000/svg"');
  out = out.replace(/>/, '><style>svg{color:#1d1f21;background:#fff;font:12px system-ui,sans-serif}</style>');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${out}\n`;
}
