/**
 * Sharded builds: a large atlas is built by several Astro processes one after the other, each
 * rendering a fixed share of the pages and compiling only the MDX those pages need, so the memory
 * of one process depends on the shard size, not on the atlas size (scripts/build.ts merges them).
 *
 * A page belongs to a shard by a stable hash of its route key (`cluster:tenun-ulos-samosir`), so
 * both languages of an entity, and its MDX, land in the same shard. ATLAS_SHARD="k/n" selects one;
 * without it every page is built (the usual case: small atlases, `astro dev`).
 */
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

/** Route key of the page that renders an MDX document (see src/lib/routes.ts). */
export const MDX_KEY_PREFIX = { clusters: 'cluster', programs: 'program', provinces: 'region', pages: 'page' } as const;
