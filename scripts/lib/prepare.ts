#!/usr/bin/env node
/**
 * First step of npm run build, in its own process so its memory is gone before Astro starts:
 * validates the atlas, writes the validated result for the Astro processes (src/validate/snapshot.ts)
 * and decides how many shards build it (src/lib/shard.ts).
 *
 * Usage: node scripts/lib/prepare.ts <atlas root> <stage folder> [shard count]. Writes <stage>/atlas.json (last),
 * <stage>/plan.json ({ shards, docs, pages: each shard's page paths, searchGroups: see scripts/lib/search-groups.ts }),
 * and with ATLAS_PREVIOUS_KEYS (a JSON list of dependency keys) <stage>/key-hashes.json. Exit 1 with every problem on stderr.
 * A shard count given (npm run build -- --shard i/n) replaces the one computed from ATLAS_SHARD_DOCS
 * (and rounded up to a multiple of ATLAS_BUILD_JOBS, the Astro processes that run at once).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatProblems, validateAtlas } from '../../src/validate/index.ts';
import { closeParseCache, openParseCache } from '../../src/validate/parse-cache.ts';
import { writeSnapshot } from '../../src/validate/snapshot.ts';
import { docsPerShard, expectedPages, shardCount } from './shard-plan.ts';
import { searchGroups } from './search-groups.ts';
import { KEY_HASHES, keyListDigest } from './incremental.ts';
import { dependencyHash, useValidatedAtlas } from '../../src/lib/atlas.ts';
import { ALWAYS } from '../../src/lib/track.ts';

const DOCS_PER_SHARD = docsPerShard();

const [root, stage, count] = process.argv.slice(2);
if (!root || !stage) throw new Error('usage: prepare.ts <atlas root> <stage folder>');

// npm run build passes the parse cache of the dist/ it builds (src/validate/parse-cache.ts) and the engine version that salts it.
const cacheFile = process.env.ATLAS_PARSE_CACHE;
if (cacheFile) openParseCache(cacheFile, process.env.ATLAS_ENGINE_VERSION ?? '');
const { atlas, problems } = validateAtlas(root);
const closeCache = () => {
  const reuse = closeParseCache();
  if (reuse && reuse.hits > 0) console.log(`Validation: ${reuse.hits} of ${reuse.hits + reuse.misses} texts unchanged since the last build, taken from the parse cache.`);
};
if (problems.length > 0 || !atlas) {
  closeCache();
  console.error(formatProblems(problems));
  process.exit(1);
}

// An incremental build hands over the previous build's dependency keys (scripts/lib/incremental.ts
// keysPath): their hashes in this atlas, made here where it is in memory already.
const previousKeys = process.env.ATLAS_PREVIOUS_KEYS;
if (previousKeys && existsSync(previousKeys)) {
  try {
    const keys = JSON.parse(readFileSync(previousKeys, 'utf8')) as string[];
    useValidatedAtlas(atlas);
    writeFileSync(join(stage, KEY_HASHES), JSON.stringify({ digest: keyListDigest(keys), hashes: keys.map((k) => (k === ALWAYS ? ALWAYS : dependencyHash(k))) }));
  } catch {
    // A damaged key list only costs the build its early hashes: scripts/build.ts hashes the keys itself.
  }
}

const docs = Object.values(atlas.content).reduce((n, list) => n + list.length, 0);
const shards = count ? Number(count) : shardCount(docs, Number(process.env.ATLAS_BUILD_JOBS ?? 1), DOCS_PER_SHARD);
writeFileSync(join(stage, 'plan.json'), JSON.stringify({ shards, docs, pages: expectedPages(atlas, shards), searchGroups: searchGroups(atlas) }));
// What the build plans with is written first, and it is told so (scripts/build.ts): it plans while
// the snapshot and the parse cache are written (at 10 000 clusters 1.3 s), and lets Astro read the
// snapshot once told it is written.
process.send?.('planned');
writeSnapshot(join(stage, 'atlas.json'), atlas);
// Astro may read it now; the parse cache is only for the next build.
process.send?.('snapshot');
closeCache();
