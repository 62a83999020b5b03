import type { FigureRecord } from '../validate/load-data.ts';

/**
 * The end of a period as a sortable string: "2015/2019" ends in 2019, "2019-Q3" in September,
 * "2018-H1" in June. A year sorts after every month of that year; a day after its month.
 */
export function periodEnd(period: string): string {
  const last = period.split('/').at(-1)!;
  const q = /^(\d{4})-Q([1-4])$/.exec(last);
  if (q) return `${q[1]}-${String(Number(q[2]) * 3).padStart(2, '0')}-99`;
  const h = /^(\d{4})-H([12])$/.exec(last);
  if (h) return `${h[1]}-${h[2] === '1' ? '06' : '12'}-99`;
  if (/^\d{4}$/.test(last)) return `${last}-12-99`;
  if (/^\d{4}-\d{2}$/.test(last)) return `${last}-99`;
  return last;
}

/** Which is newer: by the end of the period, then by the date it was stated (0: neither). */
function newer(a: FigureRecord, b: FigureRecord): number {
  return periodEnd(b.period).localeCompare(periodEnd(a.period)) || (b.stated ?? '').localeCompare(a.stated ?? '');
}

/** Newest first; records equally new in id order, so the order never depends on file order. */
export function newestFirst(a: FigureRecord, b: FigureRecord): number {
  return newer(a, b) || a.id.localeCompare(b.id);
}

/** Every measure's records, newest first. */
export function recordsByMeasure(figures: Iterable<FigureRecord>): Map<string, FigureRecord[]> {
  const out = new Map<string, FigureRecord[]>();
  for (const f of figures) {
    if (!f.measure) continue;
    const list = out.get(f.measure);
    if (list) list.push(f);
    else out.set(f.measure, [f]);
  }
  for (const list of out.values()) list.sort(newestFirst);
  return out;
}

/** The newest record of the same measure, when it is not this one. */
export function newerRecord(f: FigureRecord, byMeasure: Map<string, FigureRecord[]>): FigureRecord | undefined {
  if (!f.measure) return undefined;
  const newest = byMeasure.get(f.measure)?.[0];
  return newest && newer(newest, f) < 0 ? newest : undefined;
}

/** Country-wide records first, each group newest first. */
export function headlineFirst(records: FigureRecord[]): FigureRecord[] {
  const national = records.filter((f) => f.scope === 'national').sort(newestFirst);
  const rest = records.filter((f) => f.scope !== 'national').sort(newestFirst);
  return [...national, ...rest];
}
