#!/usr/bin/env node
/**
 * npm run merge -- <shard folders…> — joins the folders built by `npm run build -- --shard i/n --out <folder>`
 * (on one machine or several, e.g. a CI matrix: docs/ci/github-actions-sharded.yml) into a site,
 * then writes the sitemap and the search bundles and swaps the result into DIST_DIR (default dist,
 * or --out). It first checks that the folders are exactly shards 1…n of one build from the same
 * inputs and engine, each with all of its pages (scripts/lib/shard-folders.ts); otherwise it fails
 * saying what is missing or doubled, and the previous site stays as it was. The folders are copied, not changed.
 */
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { removeInBackground } from './lib/leftovers.ts';
import { postBuild } from './lib/post-build.ts';
import { checkShardSet, joinShards } from './lib/shard-folders.ts';

const { values, positionals } = parseArgs({ options: { out: { type: 'string' } }, allowPositionals: true });
const dist = resolve(values.out ?? process.env.DIST_DIR ?? 'dist');
const tmp = `${dist}.tmp-${process.pid}`;
const old = `${dist}.old-${process.pid}`;
const started = performance.now();

function fail(message: string): never {
  rmSync(tmp, { recursive: true, force: true });
  console.error(message);
  console.error(`Merge failed; ${existsSync(dist) ? `the previous ${dist} is untouched` : 'nothing was written'}.`);
  process.exit(1);
}

for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => {
    rmSync(tmp, { recursive: true, force: true });
    console.error(`Merge stopped by ${signal}; ${existsSync(dist) ? `the previous ${dist} is untouched` : 'nothing was written'}.`);
    process.exit(code);
  });
}

if (positionals.length === 0) fail('Usage: npm run merge -- <shard folder> <shard folder> … [--out <site folder>]');
try {
  const set = checkShardSet(positionals.map((p) => resolve(p)));
  joinShards(
    set.map((s) => s.folder),
    tmp,
    false,
  );
  // Each shard carries its pages' search groups: together, the atlas's.
  await postBuild(tmp, set[0]!.record.site, Object.assign({}, ...set.map((s) => s.record.searchGroups)));
} catch (err) {
  fail(`Cannot merge: ${(err as Error).message}`);
}
const replacing = existsSync(dist);
if (replacing) renameSync(dist, old);
renameSync(tmp, dist);
// The replaced site goes in the background (scripts/lib/leftovers.ts), as after a build.
if (replacing) removeInBackground(old);
console.log(`Merged ${positionals.length} shard${positionals.length > 1 ? 's' : ''} into ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
