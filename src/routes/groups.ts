// Index pages that don't grow (issue 18): an index with more entries than `index_pages.max_entries`
// (data/site.yaml, default DEFAULT_MAX_ENTRIES) becomes an overview of groups, each group a page at an
// address made of stable properties of its entries (a cluster's province, a figure's topic), then of
// the first letters of the entries' ids (language-independent, so both languages pair their pages).
// A group too large for one page is split again, one more letter at a time; its address stays and
// becomes the overview of its parts. Nothing is numbered, so adding an entry never moves another.

/** Entries per index page before the index is grouped. Measured: this site's 602-figure /angka/ is
 * 45 KB gzipped (≈ 75 B per row), /en/data/ at 1 000 series 61 KB: 1 000 rows keep a page near
 * 60–75 KB gzipped, under the 100 KB target. */
export const DEFAULT_MAX_ENTRIES = 1000;

/** The indexes that group, and the route key of each. */
export const GROUPED_INDEXES = ['clusters', 'figures', 'charts', 'data'] as const;
export type GroupedIndex = (typeof GROUPED_INDEXES)[number];

/** What a level's segment means: a province slug, a topic id, or a prefix of the entries' ids. */
export type GroupLevel = 'region' | 'topic' | 'prefix';

export interface GroupEntry {
  /** The entry's id (slug, figure id, series id): the last levels split by its first letters. */
  id: string;
  /** Stable properties, one per leading level (e.g. [region slug]). */
  keys: string[];
}

export interface GroupNode {
  /** URL segments below the index's group word; [] for the index itself. */
  segments: string[];
  /** What the last segment means (the root: 'prefix', unused). */
  level: GroupLevel;
  /** Every entry id in this group and below, sorted. */
  ids: string[];
  /** Sub-groups; empty for a group listed on its own page. */
  children: GroupNode[];
}

/** The group tree of an index: a root with no children when everything fits one page. */
export function groupTree(entries: GroupEntry[], levels: GroupLevel[], max: number): GroupNode {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return split(sorted, levels, Math.max(1, max), []);
}

function split(entries: GroupEntry[], levels: GroupLevel[], max: number, segments: string[]): GroupNode {
  const depth = segments.length;
  const level: GroupLevel = depth === 0 ? 'prefix' : depth <= levels.length ? levels[depth - 1]! : 'prefix';
  const node: GroupNode = { segments, level, ids: entries.map((e) => e.id), children: [] };
  if (entries.length <= max) return node;
  // Past the stable properties, one more letter of the id per level; ids are unique, so this ends.
  const letters = depth - levels.length + 1;
  const keyOf = (e: GroupEntry) => (depth < levels.length ? e.keys[depth]! : e.id.slice(0, letters));
  const byKey = new Map<string, GroupEntry[]>();
  for (const e of entries) {
    const k = keyOf(e);
    const list = byKey.get(k);
    if (list) list.push(e);
    else byKey.set(k, [e]);
  }
  node.children = [...byKey.keys()].sort().map((k) => split(byKey.get(k)!, levels, max, [...segments, k]));
  return node;
}

/** Every group below the root, depth first (the order of the overview and of previous/next links). */
export function flatGroups(root: GroupNode): GroupNode[] {
  const out: GroupNode[] = [];
  const walk = (n: GroupNode) => {
    for (const c of n.children) {
      out.push(c);
      walk(c);
    }
  };
  walk(root);
  return out;
}

/** Route key of a group page ('clusters' for the index itself). */
export function groupKey(index: GroupedIndex, segments: string[]): string {
  return segments.length === 0 ? index : `${index}/${segments.join('/')}`;
}

/** The group node a route key names, if any. */
export function findGroup(root: GroupNode, segments: string[]): GroupNode | undefined {
  let n: GroupNode | undefined = root;
  for (const s of segments) n = n?.children.find((c) => c.segments.at(-1) === s);
  return n;
}
