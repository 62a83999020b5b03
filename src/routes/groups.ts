// Index pages that don't grow (issue 18): an index with more entries than `index_pages.max_entries`
// (data/site.yaml, default DEFAULT_MAX_ENTRIES) becomes an overview of groups, each a page at an
// address made of stable properties of its entries (a cluster's province, a figure's topic), then of
// the first letters the entries' ids share (ids are language-independent, so both languages pair
// their pages). A group too large for one page is split again by the next letter after the longest
// prefix all its ids share; its page then lists its parts. Nothing is numbered: a letter group's
// address is its prefix ("kopi-"), which entries that do not start with it cannot change.
/** Entries per index page before the index is grouped. Measured: this site's 602-figure /angka/ is
 * 45 KB gzipped (≈ 75 B per row), /en/data/ at 1 000 series 61 KB: 1 000 rows keep a page near
 * 60–75 KB gzipped, under the 100 KB target. */
export const DEFAULT_MAX_ENTRIES = 1000;

/** The indexes that group, and the route key of each. */
export const GROUPED_INDEXES = ['clusters', 'figures', 'charts', 'data'] as const;
export type GroupedIndex = (typeof GROUPED_INDEXES)[number];

/**
 * Entries per page of each index when data/site.yaml sets no `index_pages.max_entries` (which, set,
 * applies to every index). A cluster weighs about three figure rows: its page of the index draws it
 * on the map twice (wide and narrow), numbers it in the map's key, and lists it in the map's table and
 * the index's. Measured on a synthetic atlas of 200 clusters: /klaster/ is 43.5 KB gzipped, about
 * 218 B per cluster, so 250 clusters keep a page near 55 KB.
 */
export const DEFAULT_ENTRIES: Record<GroupedIndex, number> = { clusters: 250, figures: DEFAULT_MAX_ENTRIES, charts: DEFAULT_MAX_ENTRIES, data: DEFAULT_MAX_ENTRIES };

/** How many entries one page of an index holds before the index is grouped. */
export function entriesPerPage(index: GroupedIndex, maxEntries: number | undefined): number {
  return maxEntries ?? DEFAULT_ENTRIES[index];
}

/** What a level's segment means: a province slug, a topic id, or a prefix of the entries' ids. */
export type GroupLevel = 'region' | 'topic' | 'prefix';

export interface GroupEntry {
  /** The entry's id (slug, figure id, series id): the last levels split by its first letters. */
  id: string;
  /** Stable properties, one per leading level (e.g. [region slug]). */
  keys: string[];
}

export interface GroupNode {
  /** URL segments below the index's group word: the stable keys, then at most one prefix; [] for the index. */
  segments: string[];
  /** What the last segment means (the root: 'prefix', unused). */
  level: GroupLevel;
  /** Every entry id in this group and below, sorted. */
  ids: string[];
  /** Entries listed on this group's own page: all of them when it has no sub-groups, else the ids equal to
   * the prefix its sub-groups extend (at most one). */
  listed: string[];
  /** Sub-groups. */
  children: GroupNode[];
}

/** The group tree of an index: a root with no children when everything fits one page. */
export function groupTree(entries: GroupEntry[], levels: GroupLevel[], max: number): GroupNode {
  const sorted = [...entries].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return split(sorted, levels, Math.max(1, max), [], 0);
}

function commonPrefix(ids: string[]): string {
  let p = ids[0] ?? '';
  for (const id of ids) while (!id.startsWith(p)) p = p.slice(0, -1);
  return p;
}

function split(entries: GroupEntry[], levels: GroupLevel[], max: number, segments: string[], keyDepth: number): GroupNode {
  const level: GroupLevel = keyDepth === 0 ? 'prefix' : segments.length <= levels.length ? levels[keyDepth - 1]! : 'prefix';
  const ids = entries.map((e) => e.id);
  const node: GroupNode = { segments, level, ids, listed: ids, children: [] };
  if (entries.length <= max) return node;
  const byKey = new Map<string, GroupEntry[]>();
  const add = (k: string, e: GroupEntry) => {
    const list = byKey.get(k);
    if (list) list.push(e);
    else byKey.set(k, [e]);
  };
  if (keyDepth < levels.length) {
    for (const e of entries) add(e.keys[keyDepth]!, e);
    node.listed = [];
    node.children = [...byKey.keys()].sort().map((k) => split(byKey.get(k)!, levels, max, [...segments, k], keyDepth + 1));
    return node;
  }
  // Past the stable properties: the letter after the prefix every id here shares (ids are unique, so
  // this ends). A sub-group's address replaces this group's prefix: one prefix segment, however deep.
  const shared = commonPrefix(ids);
  const listed: string[] = [];
  for (const e of entries) {
    if (e.id.length === shared.length) listed.push(e.id);
    else add(e.id.slice(0, shared.length + 1), e);
  }
  const keys = segments.slice(0, levels.length);
  node.listed = listed;
  node.children = [...byKey.keys()].sort().map((k) => split(byKey.get(k)!, levels, max, [...keys, k], keyDepth + 1));
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

/** The group at these segments, and its ancestors below the root (root first, the group last). */
export function findGroup(root: GroupNode, segments: string[]): GroupNode[] | undefined {
  const address = segments.join('/');
  if (!address) return [];
  const walk = (n: GroupNode, trail: GroupNode[]): GroupNode[] | undefined => {
    for (const c of n.children) {
      const at = [...trail, c];
      if (c.segments.join('/') === address) return at;
      const found = walk(c, at);
      if (found) return found;
    }
    return undefined;
  };
  return walk(root, []);
}
