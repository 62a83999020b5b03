import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { ValidatedAtlas } from '../../src/validate/index.ts';
import { buildRoutes } from '../../src/routes/table.ts';
import { chartGroups, MDX_KEY_PREFIX, shardOf } from '../../src/lib/shard.ts';

/**
 * MDX documents per shard (ATLAS_SHARD_DOCS). Astro's memory grows with the MDX modules it compiles
 * (about 0.7 MiB each, measured); 2 500 keeps one process at 1.6–1.8 GiB (measured at 10 000
 * clusters) and leaves the real site unsharded. An incremental build compiles at most this many.
 */
export function docsPerShard(): number {
  const n = Number(process.env.ATLAS_SHARD_DOCS ?? 2500);
  if (!Number.isInteger(n) || n < 1) throw new Error(`ATLAS_SHARD_DOCS must be a whole number ≥ 1; found "${process.env.ATLAS_SHARD_DOCS}"`);
  return n;
}

/**
 * How many shards build an atlas of `docs` MDX documents with `jobs` Astro processes at once.
 * Shards run `jobs` at a time (scripts/build.ts): a last round with fewer shards than jobs leaves
 * cores idle while one shard bundles and renders alone (measured: 3 shards on 2 cores), so the
 * count is rounded up to a multiple of the jobs. Smaller shards, same pages, same output.
 */
export function shardCount(docs: number, jobs: number, perShard = docsPerShard()): number {
  const shards = Math.max(1, Math.ceil(docs / perShard));
  const atOnce = Math.min(jobs, shards);
  return shards > 1 && atOnce > 1 ? Math.ceil(shards / atOnce) * atOnce : shards;
}

/**
 * The MDX documents of an atlas as its folders list them (content/<collection>/<locale>/*.mdx), before
 * validation: a full build starts its first shard from this count while validating (scripts/build.ts),
 * and checks it against the validated count (a folder validation rejects fails the build anyway).
 */
export function countMdxFiles(root: string): number {
  let n = 0;
  for (const collection of Object.keys(MDX_KEY_PREFIX)) {
    const base = join(root, 'content', collection);
    if (!existsSync(base)) continue;
    for (const locale of readdirSync(base, { withFileTypes: true })) {
      if (locale.isDirectory()) for (const name of readdirSync(join(base, locale.name))) if (name.endsWith('.mdx')) n++;
    }
  }
  return n;
}

/**
 * Which pages each shard must produce: the route table (src/routes/table.ts) split by the same
 * rule the Astro processes use (src/lib/shard.ts). The merge step (scripts/lib/shard-folders.ts)
 * checks every shard folder against its list, so a missing, duplicated or foreign shard fails
 * with a message instead of publishing a site with holes.
 *
 * Returns, for shard k of `count`, the site paths of its pages without leading slash ("", "en/klaster/x/").
 */
export function expectedPages(atlas: ValidatedAtlas, count: number): string[][] {
  const groupOf = chartGroups(atlas.content);
  const pages: string[][] = Array.from({ length: count }, () => []);
  for (const route of buildRoutes(atlas.data.site, atlas.inventory)) {
    pages[count > 1 ? shardOf(groupOf(route.key), count) : 0]!.push(route.path.slice(1));
  }
  for (const list of pages) list.sort();
  return pages;
}
