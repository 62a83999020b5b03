#!/usr/bin/env node
/**
 * npm run build — validate, build into a temporary folder, index for search, then swap it in.
 * A failure at any step leaves the previous dist/ exactly as it was.
 *
 * Environment: ATLAS_ROOT (folder with content/ and data/, default .), DIST_DIR (default dist),
 * BASE_PATH (sub-path, e.g. /atlas-ikm/), SITE_URL (absolute origin for canonical links),
 * ATLAS_SHARD_DOCS (MDX documents per Astro process, default 2500; see src/lib/shard.ts),
 * ATLAS_BUILD_HEAP_MB (JavaScript heap of each Astro process, default 1536),
 * ATLAS_SEARCH_PART_PAGES (pages per search bundle, default 5000; see scripts/lib/search-index.ts).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeStage, removeLeftovers } from './lib/leftovers.ts';
import { withLock } from './lib/lock.ts';
import { postBuild } from './lib/post-build.ts';
import { siteLocation } from '../src/lib/site-url.ts';

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const root = resolve(process.env.ATLAS_ROOT ?? '.');
const dist = resolve(process.env.DIST_DIR ?? 'dist');
// Each build stages in its own folder inside the project: Astro's intermediate server build must sit
// where node_modules resolves, and two builds at once (the tests do that) must never share files.
const stage = join(project, `.atlas-build-${process.pid}`);
const out = join(stage, 'dist');
const tmp = `${dist}.tmp-${process.pid}`;
const old = `${dist}.old-${process.pid}`;

function cleanUp() {
  rmSync(stage, { recursive: true, force: true });
  rmSync(tmp, { recursive: true, force: true });
}

function fail(message?: string): never {
  cleanUp();
  if (message) console.error(message);
  console.error(`Build failed; ${existsSync(dist) ? `the previous ${dist} is untouched` : 'nothing was written'}.`);
  process.exit(1);
}

const started = performance.now();
// What killed builds left (stage folders, half-swapped outputs) goes first; running builds' are kept.
const leftovers = removeLeftovers(project, dist);
if (leftovers.length) console.log(`Removed ${leftovers.length} folder${leftovers.length > 1 ? 's' : ''} left by interrupted builds.`);
makeStage(stage);
// Ctrl-C, a CI cancel or kill: clean up and exit, which also releases the lock (scripts/lib/lock.ts).
// (While Astro runs, the signal is handled once it returns; Ctrl-C reaches Astro too.)
for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const) {
  process.on(signal, () => {
    cleanUp();
    console.error(`Build stopped by ${signal}; ${existsSync(dist) ? `the previous ${dist} is untouched` : 'nothing was written'}.`);
    process.exit(code);
  });
}

// 1. Validate (every problem at once) in a process of its own, which hands over its result as a file.
const prepare = spawnSync(process.execPath, [join(project, 'scripts/lib/prepare.ts'), root, stage], { stdio: 'inherit' });
if (prepare.status !== 0) fail(prepare.status === 1 ? undefined : `Validation exited with ${prepare.status ?? prepare.signal}.`);
const { shards } = JSON.parse(readFileSync(join(stage, 'plan.json'), 'utf8')) as { shards: number };

// V8 lets a heap grow to a quarter of the machine's memory (4 GiB here) before it collects in
// earnest, although an Astro shard keeps well under 1 GiB alive: capped, a 13 500-page shard of a
// 10 000-cluster atlas peaks at 1.5 GiB instead of 2.8 GiB, for about 8 % more time (measured).
const HEAP_MB = Number(process.env.ATLAS_BUILD_HEAP_MB ?? 1536);
if (!Number.isInteger(HEAP_MB) || HEAP_MB < 256) fail(`ATLAS_BUILD_HEAP_MB must be a whole number of MiB ≥ 256; found "${process.env.ATLAS_BUILD_HEAP_MB}"`);

// 2. Astro, once per shard (one shard unless the atlas is large).
// A BASE_URL left in the environment (Vite and Vitest set one) would override Astro's `base`: drop it.
const { BASE_URL: _ignored, ...env } = process.env;
// A failure inside the lock is handed out, not exited on, so the lock is released on the way (finally).
const astroFailure = withLock(project, (): string | undefined => {
  for (let k = 0; k < shards; k++) {
    const shardEnv = shards > 1 ? { ATLAS_SHARD: `${k}/${shards}` } : {};
    const astro = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, resolve(project, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
      cwd: project,
      stdio: 'inherit',
      env: { ...env, ...shardEnv, ATLAS_ROOT: root, ATLAS_SNAPSHOT: join(stage, 'atlas.json'), OUT_DIR: k === 0 ? out : join(stage, `dist-${k}`), ASTRO_CACHE_DIR: join(stage, `cache-${k}`), ASTRO_TELEMETRY_DISABLED: '1' },
    });
    if (astro.status !== 0) {
      // V8 aborts a process that outgrows its heap: say which knobs help.
      const outOfMemory = astro.signal === 'SIGABRT' || astro.status === 134;
      return (
        `astro build${shards > 1 ? ` (shard ${k + 1} of ${shards})` : ''} exited with ${astro.status ?? astro.signal}.` +
        (outOfMemory ? ` If it ran out of memory, raise ATLAS_BUILD_HEAP_MB (now ${HEAP_MB}) or lower ATLAS_SHARD_DOCS.` : '')
      );
    }
    rmSync(join(stage, `cache-${k}`), { recursive: true, force: true });
  }
  return undefined;
});
if (astroFailure) fail(astroFailure);

try {
  for (let k = 1; k < shards; k++) mergeInto(join(stage, `dist-${k}`), out);
  rmSync(join(out, '.prerender'), { recursive: true, force: true });
  await postBuild(out, siteLocation(root));
  // Next to the destination, so the swap below is two renames on one file system.
  try {
    renameSync(out, tmp);
  } catch {
    cpSync(out, tmp, { recursive: true });
  }
} catch (err) {
  fail(`After the build: ${(err as Error).message}`);
}

// 3. Swap: a reader never sees a half-written site.
if (existsSync(dist)) renameSync(dist, old);
renameSync(tmp, dist);
rmSync(old, { recursive: true, force: true });
cleanUp();
console.log(`Built ${dist} in ${((performance.now() - started) / 1000).toFixed(1)} s${shards > 1 ? ` (${shards} shards)` : ''}.`);

/**
 * Moves a shard's pages into the first shard's output. Shards build disjoint pages; what every
 * shard writes alike (public/ files, robots.txt, feeds, 404) is kept from the first.
 */
function mergeInto(from: string, into: string) {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.name === '.prerender') continue;
    const src = join(from, entry.name);
    const dest = join(into, entry.name);
    if (entry.isDirectory()) {
      if (existsSync(dest)) mergeInto(src, dest);
      else renameSync(src, dest);
    } else if (!existsSync(dest)) renameSync(src, dest);
  }
}
