/**
 * Sharded builds: a large atlas is built by several Astro processes one after the other, each
 * rendering a fixed share of the pages and compiling only the MDX those pages need, so the memory
 * of one process depends on the shard size, not on the atlas size (scripts/build.ts merges them).
 *
 * A page belongs to a shard by a stable hash of its route key (`cluster:tenun-ulos-samosir`), so
 * both languages of an entity, and its MDX, land in the same shard. Pages that draw the same chart
 * are grouped under one key (chartGroups below), so each chart is drawn once per build. ATLAS_SHARD="k/n" selects one;
 * without it every page is built (the usual case: small atlases, `astro dev`).
 */
import type { ContentCollection } from '../validate/load-content.ts';
export interface Shard {
  index: number;
  count: number;
}

export function parseShard(value: string | undefined): Shard | undefined {
  if (!value) return undefined;
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || Number(m[1]) >= Number(m[2])) throw new Error(`ATLAS_SHARD must be "k/n" with 0 ≤ k < n; found "${value}"`);
  return { index: Number(m[1]), count: Number(m[2]) };
}

export function currentShard(): Shard | undefined {
  return parseShard(process.env.ATLAS_SHARD);
}

/** FNV-1a: small, stable across runs and machines (unlike any built-in hash). */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

export function shardOf(key: string, count: number): number {
  return fnv1a(key) % count;
}

/** Whether this process builds the page or file with that key. */
export function inShard(key: string, shard: Shard | undefined = currentShard()): boolean {
  return !shard || shardOf(key, shard.count) === shard.index;
}

/** Route key of the page that renders an MDX document (see src/routes/table.ts). */
export const MDX_KEY_PREFIX = { clusters: 'cluster', programs: 'program', provinces: 'region', pages: 'page' } as const satisfies Record<ContentCollection, string>;

/** What grouping needs of an MDX document: where it is and which charts it shows. */
interface ChartShowingDoc {
  slug: string;
  data: unknown;
  usages: { component: string; id: string }[];
}

/**
 * The shard key of a route key. A chart is drawn by its chart page, its embed page, its SVG
 * downloads and every document showing it; the drawing is cached per process (chart-render.ts),
 * so these pages share the shard of the first document (clusters, then programs, provinces, pages,
 * by file) whose prose (<Chart>) or front matter (charts:) shows the chart. Hashing the chart's own
 * keys instead put its pages in different shards, and a 10 000-chart atlas drew every chart
 * three times (measured: Plot and linkedom four times as slow per page).
 */
export function chartGroups(content: Record<keyof typeof MDX_KEY_PREFIX, ChartShowingDoc[]>): (key: string) => string {
  const home = new Map<string, string>();
  for (const collection of Object.keys(MDX_KEY_PREFIX) as (keyof typeof MDX_KEY_PREFIX)[]) {
    for (const doc of content[collection]) {
      const charts = [...((doc.data as { charts?: string[] }).charts ?? []), ...doc.usages.filter((u) => u.component === 'Chart').map((u) => u.id)];
      for (const id of charts) if (!home.has(id)) home.set(id, `${MDX_KEY_PREFIX[collection]}:${doc.slug}`);
    }
  }
  return (key) => {
    const m = /^(?:chart|embed):(.+)$/.exec(key);
    return m ? (home.get(m[1]!) ?? `chart:${m[1]}`) : key;
  };
}
