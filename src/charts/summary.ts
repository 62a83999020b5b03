// One-sentence text summaries, in Indonesian or English. Each kind module
// names the summary it uses; the sentence becomes the svg <desc>.
import { t } from '../i18n/index.ts';
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

/** The summaries' sentences: the chartSummary messages of the page's language (src/locales/). */
const words = (input: ChartInput) => t(input.lang).chartSummary;
const noData = (input: ChartInput) => words(input).noData;

/** "Of 10 categories (2 without data), the highest value is A (…) and the lowest is B (…)." */
function compare(input: ChartInput, lead: string, items: Item[], what: string): string {
  const e = extremes(items);
  if (!e) return noData(input);
  const f = (item: Item) => `${item.label} (${input.format(item.value)})`;
  return e.hi === e.lo ? words(input).only(lead, what, f(e.hi)) : words(input).range(lead, what, f(e.hi), f(e.lo));
}

function missingNote(input: ChartInput, missing: number): string {
  return missing ? words(input).missing(missing) : '';
}

/** Bars: highest and lowest with their values. */
export function rankingSummary(input: ChartInput): string {
  const n = input.data.length;
  const items = input.data.filter((d) => d.y !== null).map((d) => ({ label: d.xLabel, value: d.y! }));
  const note = missingNote(input, n - items.length);
  return compare(input, words(input).ofCategories(n, note), items, words(input).value);
}

/** Grouped bars: highest and lowest single bar, named "category, group". */
export function groupedSummary(input: ChartInput): string {
  const c = categoriesOf(input.data).length;
  const g = groupsOf(input.data).length;
  const items = input.data.filter((d) => d.y !== null).map((d) => ({ label: (d.groupLabel ?? d.group) ? `${d.xLabel}, ${d.groupLabel ?? d.group}` : d.xLabel, value: d.y! }));
  return compare(input, words(input).acrossGroups(c, g), items, words(input).value);
}

/** Stacked bars: highest and lowest category total. */
export function stackedSummary(input: ChartInput): string {
  const categories = categoriesOf(input.data);
  const items = categories.filter((c) => c.rows.some((d) => d.y !== null)).map((c) => ({ label: c.label, value: c.rows.reduce((s, d) => s + (d.y ?? 0), 0) }));
  const n = categories.length;
  const note = missingNote(input, n - items.length);
  return compare(input, words(input).ofCategories(n, note), items, words(input).total);
}

/** Line: latest value and its period, highest and lowest, number of gaps. */
export function lineSummary(input: ChartInput): string {
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
  return words(input).line(multi, latest, `${f(e.hi.value)} (${e.hi.label})`, `${f(e.lo.value)} (${e.lo.label})`, words(input).gaps(gaps));
}

/**
 * Values that are not comparable (a note says so; `comparable: false`): each series by itself, its
 * values in order, and no highest or lowest across them.
 * "6 angka dari 3 ukuran berbeda yang tidak dapat dibandingkan: A: 3,52 juta (2014), 4,49 juta (2018-H1); B: …"
 */
export function separateSummary(input: ChartInput): string {
  const groups = groupsOf(input.data);
  const defined = input.data.filter((d) => d.y !== null);
  if (!defined.length) return noData(input);
  const parts = groups.map((g) => {
    const values = defined.filter((d) => (d.group ?? '') === g.key).map((d) => `${input.format(d.y!)} (${d.xLabel})`);
    return g.label ? `${g.label}: ${values.join(', ')}` : values.join(', ');
  });
  const n = defined.length;
  const m = groups.length;
  return words(input).separate(n, m, parts.join('; '));
}

/** Tile map: regions with data, highest and lowest; or, in highlight mode, how many are highlighted. */
export function tileSummary(input: ChartInput): string {
  const w = words(input);
  const tiles = input.tiles ?? [];
  const name = new Map(tiles.map((t) => [t.code, t.name]));
  const m = tiles.length;
  if (input.highlight && input.data.length === 0) {
    const on = input.highlight.filter((c) => name.has(c));
    const list = on.length && on.length <= 10 ? `: ${on.map((c) => name.get(c)).join(', ')}` : '';
    return w.highlighted(on.length, m, list);
  }
  const items = input.data.filter((d) => d.y !== null && name.has(d.x)).map((d) => ({ label: name.get(d.x)!, value: d.y! }));
  const e = extremes(items);
  const head = w.withData(items.length, m);
  if (!e) return `${head}.`;
  const f = (item: Item) => `${item.label} (${input.format(item.value)})`;
  if (e.hi === e.lo) return `${head}: ${f(e.hi)}.`;
  return w.tileRange(head, f(e.hi), f(e.lo));
}

/** Map: how many locations, named when there are few. */
export function mapSummary(input: ChartInput): string {
  const points = input.points ?? [];
  const n = points.length;
  const list = n && n <= 20 ? `: ${points.map((p) => p.label).join(', ')}` : '';
  return words(input).map(n, list);
}
