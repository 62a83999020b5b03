#!/usr/bin/env node
/**
 * npm run build — validate, build into a temporary folder, index for search, then swap it in.
 * A failure at any step leaves the previous dist/ exactly as it was.
 *
 * Incremental: a build renders again only the files whose inputs changed since the previous build
 * of the same dist/ (scripts/lib/incremental.ts), and says why when it must build everything.
 *
 * Flags: --jobs N (Astro processes at once, default one per core; or ATLAS_BUILD_JOBS).
 * --full: build everything even when the previous build could be reused (or ATLAS_INCREMENTAL=0).
 * --shard i/n --out <folder>: build only shard i of n (1-based) into <folder>, for builds split
 * across machines; scripts/merge.ts joins the folders into a site (see docs/ci/).
 *
 * Environment: ATLAS_ROOT (folder with content/ and data/, default .), DIST_DIR (default dist),
 * BASE_PATH (sub-path, e.g. /atlas-ikm/), SITE_URL (absolute origin for canonical links),
 * ATLAS_SHARD_DOCS (MDX documents per Astro process, default 2500; see src/lib/shard.ts),
 * ATLAS_BUILD_HEAP_MB (JavaScript heap of each Astro process, default 1536),
 * ATLAS_SEARCH_PART_PAGES (pages per search bundle, default 2500; see scripts/lib/search-index.ts).
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { randomUUID } from 'node:crypto';
import { cpSync, existsSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { buildFingerprint, engineVersion } from './lib/fingerprint.ts';
import { makeStage, removeInBackground, removeLeftovers } from './lib/leftovers.ts';
import { acquireLock } from './lib/lock.ts';
import { phaseClock } from './lib/phases.ts';
import { postBuild } from './lib/post-build.ts';
import { clearShard, parseJobs, runShards, running, shardOut, trackFile } from './lib/run-shards.ts';
import { type BundlePages, type SearchGroups, htmlFiles } from './lib/search-index.ts';
import {
  cannotReuse,
  commitManifest,
  globalFingerprint,
  hashKeys,
  manifestPath,
  mdxFilesFor,
  nextManifest,
  parseCachePath,
  planIncremental,
  readManifest,
  keepAsSpare,
  keysPath,
  keyListDigest,
  manifestHead,
  readKeyHashes,
  readTracks,
  startTree,
  finishTree,
  sparePath,
  writeManifest,
  type Plan,
} from './lib/incremental.ts';
import { checkShardSet, joinShards, writeShardRecord } from './lib/shard-folders.ts';
import { countMdxFiles, docsPerShard, shardCount } from './lib/shard-plan.ts';
import { siteLocation } from '../src/lib/site-url.ts';

const { values: flags } = parseArgs({ options: { jobs: { type: 'string' }, shard: { type: 'string' }, out: { type: 'string' }, full: { type: 'boolean' } } });
/** --shard i/n (1-based, as a CI matrix counts): this run builds one shard into --out and stops there. */
const only = flags.shard === undefined ? undefined : parseShardFlag(flags.shard);
if (only && !flags.out) usage('--shard needs --out <folder>: each shard is built into a folder of its own');
if (!only && flags.out) usage('--out goes with --shard; a whole build goes to DIST_DIR');

function parseShardFlag(value: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(value);
  if (!m || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) usage(`--shard must be i/n with 1 ≤ i ≤ n; found "${value}"`);
  return { index: Number(m[1]) - 1, count: Number(m[2]) };
}

function sameFile(a: string, b: string): boolean {
  return existsSync(b) && readFileSync(a).equals(readFileSync(b));
}

/** `from` renamed to `to` (copied when they are on different file systems). */
function moveBeside(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch {
    cpSync(from, to, { recursive: true });
  }
}

function usage(message: string): never {
  console.error(`${message}\nUsage: npm run build [-- --jobs N] | npm run build -- --shard i/n --out <folder> [--jobs N]`);
  process.exit(2);
}

const project = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// V8's code cache for the processes the build starts (validation, Astro, key hashing), kept beside
// the manifests: loading the validation step's modules took 0.9–1.0 s with it, 1.3–1.5 s without
// (measured under load), and every Astro shard loads Astro, Vite and the engine.
process.env.NODE_COMPILE_CACHE ??= join(project, 'node_modules/.cache/atlas-compile');
const root = resolve(process.env.ATLAS_ROOT ?? '.');
const dist = resolve(flags.out ?? process.env.DIST_DIR ?? 'dist');
// Each build stages in its own folder inside the project: Astro's intermediate server build must sit
// where node_modules resolves, and two builds at once (the tests do that) must never share files.
const stage = join(project, `.atlas-build-${process.pid}`);
const out = join(stage, 'dist');
const tmp = `${dist}.tmp-${process.pid}`;
const old = `${dist}.old-${process.pid}`;

function cleanUp() {
  // Retried: an Astro process just stopped (fail() below) may still be writing in the stage.
  rmSync(stage, { recursive: true, force: true, maxRetries: 5 });
  rmSync(tmp, { recursive: true, force: true });
}

function fail(message?: string): never {
  // An Astro process started early (below) would otherwise wait for a plan that never comes.
  for (const child of running) child.kill('SIGTERM');
  cleanUp();
  if (message) console.error(message);
  console.error(`Build failed; ${existsSync(dist) ? `the previous ${dist} is untouched` : 'nothing was written'}.`);
  process.exit(1);
}

const started = performance.now();
const clock = phaseClock();
// What killed builds left (stage folders, half-swapped outputs) goes first; running builds' are kept.
const leftovers = removeLeftovers(project, dist);
if (leftovers.length) console.log(`Removed ${leftovers.length} folder${leftovers.length > 1 ? 's' : ''} left by interrupted builds.`);
makeStage(stage);
// Ctrl-C, a CI cancel or kill: clean up and exit, which also releases the lock (scripts/lib/lock.ts).
// Astro processes still running are stopped first (a CI cancel signals this process only).
for (const [signal, code] of [
  ['SIGINT', 130],
  ['SIGTERM', 143],
  ['SIGHUP', 129],
] as const) {
  process.on(signal, () => {
    for (const child of running) child.kill(signal);
    cleanUp();
    console.error(`Build stopped by ${signal}; ${existsSync(dist) ? `the previous ${dist} is untouched` : 'nothing was written'}.`);
    process.exit(code);
  });
}

let jobs = 1;
try {
  jobs = parseJobs(flags.jobs ?? process.env.ATLAS_BUILD_JOBS);
} catch (err) {
  fail((err as Error).message);
}

const engine = engineVersion(project);
const manifestFile = manifestPath(project, dist);

const askedFull = flags.full || process.env.ATLAS_INCREMENTAL === '0';
// The site's address and the global fingerprint, unless data/site.yaml is broken (validation says how).
const whereEarly = (() => {
  try {
    return siteLocation(root);
  } catch {
    return undefined;
  }
})();
const globalEarly = whereEarly && globalFingerprint(engine, project, root, whereEarly);
// Whether the previous build looks reusable, from its manifest's head: then validation hashes its keys too.
const keysFile = keysPath(manifestFile);
const hashEarly = !only && !askedFull && globalEarly !== undefined && cannotReuse(manifestHead(manifestFile), dist, globalEarly) === undefined && existsSync(keysFile);

// V8 lets a heap grow to a quarter of the machine's memory (4 GiB here) before it collects in
// earnest, although an Astro shard keeps well under 1 GiB alive: capped, a 13 500-page shard of a
// 10 000-cluster atlas peaks at 1.5 GiB instead of 2.8 GiB, for about 8 % more time (measured).
const HEAP_MB = Number(process.env.ATLAS_BUILD_HEAP_MB ?? 1536);
if (!Number.isInteger(HEAP_MB) || HEAP_MB < 256) fail(`ATLAS_BUILD_HEAP_MB must be a whole number of MiB ≥ 256; found "${process.env.ATLAS_BUILD_HEAP_MB}"`);

// How Astro runs (step 2), settled before validation: an incremental build starts Astro beside it.
// A BASE_URL left in the environment (Vite and Vitest set one) would override Astro's `base`: drop it.
const { BASE_URL: _ignored, ...env } = process.env;
const snapshot = join(stage, 'atlas.json');
/** An incremental build's lists for its one Astro process (src/lib/track.ts, src/content.config.ts). */
const wantedFile = join(stage, 'wanted.json');
const mdxFile = join(stage, 'mdx.json');
const incrementalRun = (signal?: AbortSignal) =>
  runShards({ project, stage, root, snapshot, shards: [0], count: 1, jobs: 1, heapMb: HEAP_MB, signal, env: { ...env, ATLAS_WANTED: wantedFile, ATLAS_MDX_FILES: mdxFile, ATLAS_SNAPSHOT_WAIT: '1' } });

// 1. Validate (every problem at once) in a process of its own, which hands over its result as a file.
// A whole build keeps the parse results of unchanged texts beside its manifest (src/validate/parse-cache.ts).
// A larger young generation: validating and hashing make millions of short-lived strings (at 10 000
// clusters, hashing the keys took 2.8 s instead of 3.6 s and uncached validation 24.0 s instead of 24.9 s,
// for about 100 MB more peak memory in this process, which ends before Astro starts).
const prepare = spawn(process.execPath, ['--max-semi-space-size=64', join(project, 'scripts/lib/prepare.ts'), root, stage, ...(only ? [String(only.count)] : [])], {
  // The channel: it says when what planning needs is written, before the snapshot (see below).
  stdio: ['inherit', 'inherit', 'inherit', 'ipc'],
  env: {
    ...process.env,
    ATLAS_ROOT: root,
    ATLAS_BUILD_JOBS: String(jobs),
    ...(only ? {} : { ATLAS_PARSE_CACHE: parseCachePath(manifestFile), ATLAS_ENGINE_VERSION: engine }),
    ...(hashEarly ? { ATLAS_PREVIOUS_KEYS: keysFile } : {}),
  },
});
running.add(prepare);
const prepareExit = once(prepare, 'close') as Promise<[number | null, string | null]>;
// The validation step writes the plan and the key hashes, says "planned", writes the snapshot, says
// "snapshot" and then writes the parse cache (scripts/lib/prepare.ts): the build plans meanwhile, and
// nothing reads the snapshot before validated().
const said = (what: string) => Promise.race([new Promise<void>((resolve) => prepare.on('message', (m) => m === what && resolve())), prepareExit]);
const planned = said('planned');
const snapshotWritten = said('snapshot');
const exited = () => prepare.exitCode !== null || prepare.signalCode !== null;
/** The validation step has exited well (its parse cache written too); the build stops otherwise. */
const prepared = async () => {
  const [code, signal] = await prepareExit;
  running.delete(prepare);
  if (code !== 0) {
    // Astro processes started early are stopped and waited for first: they write in the stage that fail() removes.
    earlyStop.abort();
    headReady(false);
    await Promise.all([early, fullEarly]);
    fail(code === 1 ? undefined : `Validation exited with ${code ?? signal}.`);
  }
};
/** The atlas is valid and its snapshot whole; the build stops otherwise. */
const validated = async () => {
  await snapshotWritten;
  if (exited()) await prepared();
};
// When the build is likely incremental, its Astro process starts now: it spends its first seconds
// starting (at 10 000 clusters about 1.5 s before it reads the list of MDX files) and then waits for
// the plan (src/lib/wait-for-plan.ts). A build that turns out to be a full one stops it.
// A full build (on a machine that runs more than one Astro process at once) starts its first shards
// now, one fewer than it runs at once: validation keeps one core busy and leaves the others idle, and
// a shard compiles its MDX and bundles (seconds) before it reads the validated atlas, for which it waits
// (src/lib/atlas.ts). The shard count comes from the MDX files in the folders; planning checks it.
// The lock is taken now then, and held until Astro is done (scripts/lib/lock.ts says why).
const fullEarlyCount = !hashEarly && globalEarly !== undefined && jobs > 1 ? (only ? only.count : shardCount(countMdxFiles(root), jobs)) : undefined;
const releaseLock = hashEarly || fullEarlyCount !== undefined ? acquireLock(project) : undefined;
const earlyStop = new AbortController();
const early = hashEarly ? incrementalRun(earlyStop.signal) : undefined;
/** Resolves true once validation has passed and the shard count is the one the early full run was started with. */
let headReady: (ok: boolean) => void = () => {};
let fullEarly =
  fullEarlyCount === undefined
    ? undefined
    : runShards({
        project,
        stage,
        root,
        snapshot,
        shards: only ? [only.index] : Array.from({ length: fullEarlyCount }, (_, k) => k),
        count: fullEarlyCount,
        jobs,
        heapMb: HEAP_MB,
        signal: earlyStop.signal,
        head: { early: only ? 1 : jobs - 1, ready: new Promise<boolean>((resolve) => (headReady = resolve)) },
        env: { ...env, ATLAS_SNAPSHOT_WAIT: '1' },
      });
// Meanwhile (validation takes seconds), the previous build's manifest: at 10 000 clusters 60 MB of JSON.
const previous = only ? undefined : readManifest(manifestFile);
// And its key list's digest: the validation step's hashes are taken only for the same list.
const previousDigest = previous && hashEarly ? keyListDigest(previous.keys) : undefined;
await planned;
if (exited()) await prepared();
clock.done('validate');
const { shards, pages, searchGroups } = JSON.parse(readFileSync(join(stage, 'plan.json'), 'utf8')) as { shards: number; pages: string[][]; searchGroups: SearchGroups };
/** A shard's own pages' search groups, for its shard record (the merge cuts search bundles by them). */
const groupsOf = (list: string[]) => Object.fromEntries(list.map((p) => `${p}index.html`).flatMap((f) => (searchGroups[f] === undefined ? [] : [[f, searchGroups[f]]])));
const where = whereEarly ?? siteLocation(root);
const global = globalEarly ?? globalFingerprint(engine, project, root, where);

// Incremental or full: a shard built for another machine is always whole.
const fullBecause = only ? undefined : askedFull ? 'asked for (--full or ATLAS_INCREMENTAL=0)' : cannotReuse(previous, dist, global);
let plan: Plan | undefined;
/**
 * The keys of the previous build hashed in this atlas: planning needs them, and the next manifest
 * again. The validation step's come as a list in the order of the previous keys; a map of them is
 * made only if the next manifest has other keys (hashOf below).
 */
let hashedList: string[] | undefined;
let hashedMap: Map<string, string> | undefined;
let hashedEarly = false;
try {
  if (previous && !fullBecause) {
    hashedList = readKeyHashes(stage, previous.keys, previousDigest);
    hashedEarly = hashedList !== undefined;
    if (hashedList) plan = planIncremental(previous, hashedList);
    else {
      await validated();
      hashedMap = await hashKeys(project, stage, snapshot, root, previous.keys);
      plan = planIncremental(previous, hashedMap);
    }
    const mdx = mdxFilesFor(previous, plan.dirty, root);
    // One Astro process renders an incremental build: more MDX than one shard holds goes back to shards.
    const most = docsPerShard();
    if (mdx.length > most) {
      console.log(`Full build: the change reaches ${mdx.length} MDX documents, more than one Astro process compiles (ATLAS_SHARD_DOCS=${most}).`);
      plan = undefined;
    } else {
      writeFileSync(wantedFile, JSON.stringify({ dirty: plan.dirty, known: plan.known }));
      // Last and by rename: an Astro process started early begins once this file is there, whole.
      // The snapshot may still be being written: Astro first compiles and bundles (about 2 s at
      // 10 000 clusters) and waits for it only when it reads the atlas (src/lib/atlas.ts).
      writeFileSync(`${mdxFile}.tmp`, JSON.stringify(mdx));
      renameSync(`${mdxFile}.tmp`, mdxFile);
      console.log(`Incremental build: ${plan.changed.length} changed input${plan.changed.length === 1 ? '' : 's'} reach ${plan.dirty.length} of ${plan.known.length} files.`);
      // ATLAS_INCREMENTAL_EXPLAIN=1: which inputs changed (keys of src/lib/atlas.ts) and which files they reach.
      if (process.env.ATLAS_INCREMENTAL_EXPLAIN === '1') console.log(`Changed: ${plan.changed.join(', ')}\nRendered again: ${plan.dirty.join(', ')}`);
    }
  } else if (fullBecause) console.log(`Full build: ${fullBecause}.`);
} catch (err) {
  fail(`Planning the incremental build: ${(err as Error).message}`);
}
await validated();
clock.done(hashedEarly ? 'plan (keys hashed while validating; the snapshot written meanwhile)' : 'plan');
const fingerprint = buildFingerprint(engine, snapshot, where);
// Astro started early for a build that is a full one after all: stopped, and its folders cleared.
if (early && !plan) {
  earlyStop.abort();
  await early;
  clearShard(stage, 0);
}
// Shards started early for a full build that is incremental after all, or has another shard count
// than its MDX files gave (not for a valid atlas): stopped and cleared; the build starts them again.
if (fullEarly && (plan || shards !== fullEarlyCount)) {
  earlyStop.abort();
  headReady(false);
  await fullEarly;
  for (let k = 0; k < fullEarlyCount!; k++) clearShard(stage, k);
  fullEarly = undefined;
} else headReady(true);

// 2. Astro, once per shard (one shard unless the atlas is large), up to `jobs` at once; the heap
// cap holds per process, so the build's peak is about jobs × the cap.
/** How an incremental build's tree was started, while Astro rendered. */
let treeFrom: 'spare' | 'links' | undefined;
let todo = only ? [only.index] : Array.from({ length: shards }, (_, k) => k);
// A failure inside the lock is handed out, not exited on, so the lock is released on the way (finally).
// An incremental build is one Astro process rendering the changed and new files only.
const release = releaseLock ?? acquireLock(project);
const astroFailure = await (async () => {
  if (plan) {
    const rendering = early ?? incrementalRun();
    // Meanwhile, on this process's core (Astro keeps one busy): the copy of dist/ that the rendered
    // files go into, which needs nothing Astro makes (at 10 000 clusters 1.5-2 s from the spare tree,
    // 9-11 s when it is linked anew).
    let treeError: Error | undefined;
    try {
      treeFrom = startTree(dist, tmp, previous!.spare);
    } catch (err) {
      treeError = err as Error;
    }
    const failure = await rendering;
    if (treeError) return `Starting the new tree: ${treeError.message}`;
    if (!failure) return undefined;
    console.error(`The incremental build failed (${failure}); building in full.`);
    plan = undefined;
    treeFrom = undefined;
    rmSync(tmp, { recursive: true, force: true });
    rmSync(shardOut(stage, 0), { recursive: true, force: true });
  }
  return fullEarly ?? runShards({ project, stage, root, snapshot, shards: todo, count: shards, jobs, heapMb: HEAP_MB, env });
})().finally(release);
if (astroFailure) fail(astroFailure);
if (plan) todo = [0];
clock.done(treeFrom ? `astro (${early ? 'started while validating; ' : ''}the tree started meanwhile)` : fullEarly ? 'astro (the first shard started while validating)' : 'astro');

let pendingManifest: string | undefined;
/** An incremental build's tree is made beside dist/ (from the spare tree the last one kept); what it wrote or removed there. */
let touched: Set<string> | undefined;
let spareToken: string | undefined;
try {
  for (const k of todo) rmSync(join(shardOut(stage, k), '.prerender'), { recursive: true, force: true });
  const track = only ? undefined : readTracks(todo.map((k) => trackFile(stage, k)));
  // Only keys that planning did not hash already (those of new outputs) cost another pass.
  const hashOf = async (keys: string[]) => {
    // The usual next manifest keeps the previous key list, which the validation step hashed in order.
    if (hashedList && keys === previous?.keys) return hashedList;
    hashedMap ??= new Map(hashedList && previous ? previous.keys.map((k, i) => [k, hashedList![i]!]) : []);
    const known = hashedMap;
    const missing = keys.filter((k) => !known.has(k));
    const all = missing.length ? new Map([...known, ...(await hashKeys(project, stage, snapshot, root, missing))]) : known;
    return keys.map((k) => all.get(k)!);
  };
  // The next manifest needs the search bundles' pages, not the bundles: it is written while Pagefind
  // indexes them (postBuild's `meanwhile`; at 10 000 clusters 2.7 s of an incremental build, 11 s of a full one).
  const writeNextManifest = async (search: BundlePages, html: string[]) => {
    if (!track) return;
    if (touched) for (const name of readdirSync(tmp)) if (/^sitemap-.*\.xml$/.test(name)) touched.add(name);
    const next = await nextManifest(plan ? previous : undefined, track, global, search, html, hashOf);
    // The dist/ being replaced becomes the spare tree for the next incremental build (scripts/lib/incremental.ts).
    if (touched && existsSync(dist)) {
      next.spare = { token: randomUUID(), diff: [...touched].sort() };
      spareToken = next.spare.token;
    }
    pendingManifest = writeManifest(manifestFile, next, tmp, dist);
  };
  if (plan && track) {
    const seen = new Set(track.seen);
    const removed = plan.known.filter((o) => !seen.has(o));
    // Pages rendered again to the same bytes (a page that read the changed record but shows none of
    // what changed) leave their search bundle as it was.
    const rendered = htmlFiles(shardOut(stage, 0));
    const written = rendered.filter((f) => !sameFile(join(shardOut(stage, 0), f), join(dist, f)));
    // The tree's HTML files: the previous build's, less those gone, with those rendered.
    const gone = new Set(removed);
    const html = [...new Set([...previous!.html.filter((f) => !gone.has(f)), ...rendered])].sort();
    touched = finishTree(tmp, shardOut(stage, 0), removed);
    // Every page of the plan is in the tree's list: rendered now, or kept from the previous build,
    // whose tree had it (looked up in the list rather than on disk: 120 000 pages with charts, 0.5-0.8 s).
    const listed = new Set(html);
    const missing = pages.flat().filter((p) => !listed.has(`${p}index.html`));
    if (missing.length) throw new Error(`the incremental build lacks ${missing.length} pages: ${missing.slice(0, 5).join(', ')}`);
    clock.done(treeFrom === 'spare' ? 'tree (finished; the spare brought up to date meanwhile)' : 'tree (finished; linked meanwhile)');
    await postBuild(tmp, where, searchGroups, { previous: previous?.search ?? {}, changed: new Set([...written, ...removed]), touched }, html, writeNextManifest);
    clock.done('sitemap and search (the manifest written meanwhile)');
  } else if (only) {
    writeShardRecord(shardOut(stage, only.index), { index: only.index, count: shards, fingerprint, site: where, pages: pages[only.index]!, searchGroups: groupsOf(pages[only.index]!) });
    // Next to the destination, so the swap below is two renames on one file system.
    moveBeside(shardOut(stage, only.index), tmp);
  } else {
    for (const k of todo) writeShardRecord(shardOut(stage, k), { index: k, count: shards, fingerprint, site: where, pages: pages[k]!, searchGroups: groupsOf(pages[k]!) });
    // The same checks and join as npm run merge, on this machine's shard folders (moved, not copied).
    const set = checkShardSet(todo.map((k) => shardOut(stage, k)));
    joinShards(
      set.map((s) => s.folder),
      out,
      true,
    );
    moveBeside(out, tmp);
    clock.done('join');
    await postBuild(tmp, where, searchGroups, undefined, undefined, writeNextManifest);
    clock.done('sitemap and search (the manifest written meanwhile)');
  }
} catch (err) {
  fail(`After the build: ${(err as Error).message}`);
}

await prepared();
// 3. Swap: a reader never sees a half-written site.
if (existsSync(dist)) renameSync(dist, old);
renameSync(tmp, dist);
if (pendingManifest) commitManifest(pendingManifest, manifestFile);
clock.done('swap');
// An incremental build keeps the tree it replaced as the next one's starting point; a full build
// removes it, and any spare (it no longer differs from dist/ by a known list of paths): in the
// background, inside the old tree, so the build returns once the site is in place.
if (spareToken && existsSync(old)) keepAsSpare(old, dist, spareToken);
else if (existsSync(old)) {
  if (!only && existsSync(sparePath(dist))) renameSync(sparePath(dist), join(old, '.spare-to-remove'));
  removeInBackground(old);
} else if (!only) rmSync(sparePath(dist), { recursive: true, force: true });
cleanUp();
clock.done(touched ? 'keep the old tree' : 'hand the old tree to a background remover');
const seconds = ((performance.now() - started) / 1000).toFixed(1);
if (only) console.log(`Built shard ${only.index + 1}/${only.count} into ${dist} in ${seconds} s; join the shard folders with npm run merge -- <folders…>.`);
else console.log(`Built ${dist} in ${seconds} s${plan ? ' (incremental)' : shards > 1 ? ` (${shards} shards, ${Math.min(jobs, shards)} at a time)` : ''}.`);
console.log(`Steps: ${clock.summary()}.`);
