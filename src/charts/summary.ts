// One-sentence text summaries, in Indonesian or English. Each kind module
// names the summary it uses; the sentence becomes the svg <desc>.
import { categoriesOf, groupsOf } from './groups.ts';
import type { ChartInput } from './types.ts';

interface Item {
  label: string;
  value: number;
}

/** Highest and lowest item; ties go to the first in input order. */
function extremes(items: readonly Item[]): { hi: Item; lo: Item } | undefined {
  if (!items.length) return undefined;
  let hi = items[0]!;
  let lo = items[0]!;
  for (const item of items) {
    if (item.value > hi.value) hi = item;
    if (item.value < lo.value) lo = item;
  }
  return { hi, lo };
}

const noData = (input: ChartInput) => (input.lang === 'id' ? 'Tidak ada data.' : 'No data.');
const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "Of 10 categories (2 without data), the highest value is A (…) and the lowest is B (…)." */
function compare(input: ChartInput, lead: { id: string; en: string }, items: Item[], what: { id: string; en: string }): string {
  const e = extremes(items);
  if (!e) return noData(input);
  const f = (item: Item) => `${item.label} (${input.format(item.value)})`;
  if (input.lang === 'id') {
    return e.hi === e.lo
      ? `${lead.id}, satu-satunya ${what.id} adalah ${f(e.hi)}.`
      : `${lead.id}, ${what.id} tertinggi adalah ${f(e.hi)} dan terendah ${f(e.lo)}.`;
  }
  return e.hi === e.lo
    ? `${lead.en}, the only ${what.en} is ${f(e.hi)}.`
    : `${lead.en}, the highest ${what.en} is ${f(e.hi)} and the lowest is ${f(e.lo)}.`;
}

function missingNote(input: ChartInput, missing: number): string {
  if (!missing) return '';
  return input.lang === 'id' ? ` (${missing} tanpa data)` : ` (${missing} without data)`;
}

/** Bars: highest and lowest with their values. */
export function rankingSummary(input: ChartInput): string {
  const n = input.data.length;
  const items = input.data.filter((d) => d.y !== null).map((d) => ({ label: d.xLabel, value: d.y! }));
  const note = missingNote(input, n - items.length);
  return compare(input, { id: `Dari ${n} kategori${note}`, en: `Of ${plural(n, 'category', 'categories')}${note}` }, items, {
    id: 'nilai',
    en: 'value',
  });
}

/** Grouped bars: highest and lowest single bar, named "category, group". */
export function groupedSummary(input: ChartInput): string {
  const c = categoriesOf(input.data).length;
  const g = groupsOf(input.data).length;
  const items = input.data
    .filter((d) => d.y !== null)
    .map((d) => ({ label: (d.groupLabel ?? d.group) ? `${d.xLabel}, ${d.groupLabel ?? d.group}` : d.xLabel, value: d.y! }));
  return compare(
    input,
    { id: `Dari ${c} kategori dan ${g} kelompok`, en: `Across ${plural(c, 'category', 'categories')} and ${plural(g, 'group', 'groups')}` },
    items,
    { id: 'nilai', en: 'value' },
  );
}

/** Stacked bars: highest and lowest category total. */
export function stackedSummary(input: ChartInput): string {
  const categories = categoriesOf(input.data);
  const items = categories
    .filter((c) => c.rows.some((d) => d.y !== null))
    .map((c) => ({ label: c.label, value: c.rows.reduce((s, d) => s + (d.y ?? 0), 0) }));
  const n = categories.length;
  const note = missingNote(input, n - items.length);
  return compare(input, { id: `Dari ${n} kategori${note}`, en: `Of ${plural(n, 'category', 'categories')}${note}` }, items, {
    id: 'total',
    en: 'total',
  });
}

/** Line: latest value and its period, highest and lowest, number of gaps. */
export function lineSummary(input: ChartInput): string {
  const id = input.lang === 'id';
  const groups = groupsOf(input.data);
  const defined = input.data.filter((d) => d.y !== null);
  if (!defined.length) return noData(input);
  const gaps = input.data.length - defined.length;
  const f = (v: number) => input.format(v);
  const multi = groups.length > 1;
  const groupName = (key: string | undefined) => groups.find((g) => g.key === (key ?? ''))?.label ?? '';
  const where = (d: (typeof defined)[number]) => (multi ? `${groupName(d.group)}, ${d.xLabel}` : d.xLabel);
  const e = extremes(defined.map((d) => ({ label: where(d), value: d.y! })))!;
  const latest = groups
    .map((g) => defined.filter((d) => (d.group ?? '') === g.key).at(-1))
    .filter((d) => d !== undefined)
    .map((d) => (multi ? `${groupName(d.group)} ${f(d.y!)} (${d.xLabel})` : `${f(d.y!)} (${d.xLabel})`))
    .join(', ');
  const gapText = id
    ? gaps
      ? `${gaps} periode tanpa data`
      : 'semua periode memiliki data'
    : gaps
      ? `${plural(gaps, 'period', 'periods')} without data`
      : 'no periods without data';
  return id
    ? `Nilai terakhir${multi ? ':' : ''} ${latest}; tertinggi ${f(e.hi.value)} (${e.hi.label}) dan terendah ${f(e.lo.value)} (${e.lo.label}); ${gapText}.`
    : `Latest value${multi ? 's:' : ''} ${latest}; highest ${f(e.hi.value)} (${e.hi.label}) and lowest ${f(e.lo.value)} (${e.lo.label}); ${gapText}.`;
}

/**
 * Values that are not comparable (a note says so; `comparable: false`): each series by itself, its
 * values in order, and no highest or lowest across them.
 * "6 angka dari 3 ukuran berbeda yang tidak dapat dibandingkan: A: 3,52 juta (2014), 4,49 juta (2018-H1); B: …"
 */
export function separateSummary(input: ChartInput): string {
  const id = input.lang === 'id';
  const groups = groupsOf(input.data);
  const defined = input.data.filter((d) => d.y !== null);
  if (!defined.length) return noData(input);
  const parts = groups.map((g) => {
    const values = defined.filter((d) => (d.group ?? '') === g.key).map((d) => `${input.format(d.y!)} (${d.xLabel})`);
    return g.label ? `${g.label}: ${values.join(', ')}` : values.join(', ');
  });
  const n = defined.length;
  const m = groups.length;
  return id
    ? `${n} angka dari ${m} ukuran berbeda yang tidak dapat dibandingkan satu sama lain: ${parts.join('; ')}.`
    : `${plural(n, 'value', 'values')} of ${plural(m, 'different measure', 'different measures')} that cannot be compared with each other: ${parts.join('; ')}.`;
}

/** Tile map: regions with data, highest and lowest; or, in highlight mode, how many are highlighted. */
export function tileSummary(input: ChartInput): string {
  const id = input.lang === 'id';
  const tiles = input.tiles ?? [];
  const name = new Map(tiles.map((t) => [t.code, t.name]));
  const m = tiles.length;
  if (input.highlight && input.data.length === 0) {
    const on = input.highlight.filter((c) => name.has(c));
    const list = on.length && on.length <= 10 ? `: ${on.map((c) => name.get(c)).join(', ')}` : '';
    return id ? `${on.length} dari ${m} wilayah disorot${list}.` : `${on.length} of ${m} regions highlighted${list}.`;
  }
  const items = input.data.filter((d) => d.y !== null && name.has(d.x)).map((d) => ({ label: name.get(d.x)!, value: d.y! }));
  const e = extremes(items);
  const head = id ? `${items.length} dari ${m} wilayah memiliki data` : `${items.length} of ${m} regions ${items.length === 1 ? 'has' : 'have'} data`;
  if (!e) return `${head}.`;
  const f = (item: Item) => `${item.label} (${input.format(item.value)})`;
  if (e.hi === e.lo) return id ? `${head}: ${f(e.hi)}.` : `${head}: ${f(e.hi)}.`;
  return id ? `${head}; tertinggi ${f(e.hi)} dan terendah ${f(e.lo)}.` : `${head}; the highest is ${f(e.hi)} and the lowest ${f(e.lo)}.`;
}

/** Map: how many locations, named when there are few. */
export function mapSummary(input: ChartInput): string {
  const points = input.points ?? [];
  const n = points.length;
  const list = n && n <= 20 ? `: ${points.map((p) => p.label).join(', ')}` : '';
  return input.lang === 'id' ? `${n} lokasi pada peta${list}.` : `${plural(n, 'location', 'locations')} on the map${list}.`;
}
