// Categories and groups of a data array, in order of first appearance.
import type { ChartDatum } from './types.ts';

export interface Group {
  key: string;
  label: string;
}

export function groupsOf(data: readonly ChartDatum[]): Group[] {
  const groups = new Map<string, string>();
  for (const d of data) {
    const key = d.group ?? '';
    if (!groups.has(key)) groups.set(key, d.groupLabel ?? d.group ?? '');
  }
  return [...groups].map(([key, label]) => ({ key, label }));
}

export function categoriesOf(data: readonly ChartDatum[]): { key: string; label: string; rows: ChartDatum[] }[] {
  const categories = new Map<string, { key: string; label: string; rows: ChartDatum[] }>();
  for (const d of data) {
    let c = categories.get(d.x);
    if (!c) {
      c = { key: d.x, label: d.xLabel, rows: [] };
      categories.set(d.x, c);
    }
    c.rows.push(d);
  }
  return [...categories.values()];
}
