/**
 * Incremental builds. Every build records, per output file, the dependency keys it read
 * (src/lib/track.ts) and keeps them with their hashes in a manifest outside dist/
 * (node_modules/.cache/atlas-build/). The next build validates the atlas, hashes the same keys
 * again, and has Astro render only the outputs whose keys changed, plus new ones; the rest of the
 * tree is linked from the previous dist/, outputs that no longer exist are removed, and the
 * sitemap and search index are written again over the whole tree. What the keys cannot see (the
 * engine's code and dependencies, public/, data/site.yaml, strings files, the site's address) is
 * the manifest's global fingerprint: when it differs, the build is a full one and says why.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { linkOrCopy } from '../../src/images/linked-outputs.ts';
import { ALWAYS, type TrackResult } from '../../src/lib/track.ts';
import type { BundlePages } from './search-index.ts';

export const MANIFEST_VERSION = 4;

export interface Manifest {
  version: number;
  /** Engine, public/, site configuration, strings files and site address (see globalFingerprint). */
  global: string;
  /** The dist/ folder this manifest describes: its path, and its device and inode (a dist/ replaced by
   * other means is not trusted). */
  dist: { path: string; dev: number; ino: number };
  /** Dependency keys, sorted, and their hashes in the same order. */
  keys: string[];
  hashes: string[];
  /** Each output file (inside dist/) → indices of the keys it read. */
  outputs: Record<string, number[]>;
  /** Each search bundle folder → its pages (scripts/lib/search-index.ts), so unchanged bundles are kept. */
  search: BundlePages;
  /**
   * Every HTML file of dist/ outside pagefind/, sorted: the next incremental build lists its tree's
   * pages for the sitemap and search from this and what it wrote or removed, instead of walking
   * the tree (at 10 000 clusters 240 000 files in 100 000 folders, 4.9 s).
   */
  html: string[];
  /** The tree this build replaced, kept for the next incremental build (see startTree). */
  spare?: Spare;
}

/**
 * The previous dist/ of an incremental build, kept (hidden, beside dist/) instead of removed: the
 * next incremental build brings it up to date by replacing only the paths where it differs and
 * builds into it. Linking a whole tree and removing the old one cost time in proportion to the
 * atlas (at 10 000 clusters some 300 000 files and 100 000 folders each way); this costs time in
 * proportion to the change. Its unchanged files are hard links to dist/'s, so it takes little room
 * besides its folders.
 */
export interface Spare {
  /**
   * A random token, also written in the spare's SPARE_MARK file: a folder put there by other means
   * is not trusted (device and inode are not enough: a removed folder's inode is soon reused).
   */
  token: string;
  /** Paths (files or whole folders, relative) that the build after it wrote or removed. */
  diff: string[];
}

const SPARE_MARK = '.atlas-spare';

/** Where the spare tree of a dist/ folder lives: beside it (a rename away), hidden. */
export function sparePath(dist: string): string {
  return join(dirname(dist), `.${basename(dist)}.spare`);
}

/** After the swap: the replaced tree `old` becomes dist/'s spare, marked with the manifest's token. */
export function keepAsSpare(old: string, dist: string, token: string): void {
  const path = sparePath(dist);
  rmSync(path, { recursive: true, force: true });
  renameSync(old, path);
  writeFileSync(join(path, SPARE_MARK), token);
}

function spareToken(path: string): string | undefined {
  try {
    return readFileSync(join(path, SPARE_MARK), 'utf8');
  } catch {
    return undefined;
  }
}

const MANIFEST_EXT = '.manifest';

/**
 * Where the manifest of a dist/ folder is kept: beside the image cache, never deployed. Its file is a
 * line of JSON (version, dist/ and global fingerprint: what manifestHead reads) and then the rest
 * serialized by node:v8. At 10 000 clusters with charts the manifest is 300 000 outputs and 380 000
 * keys: as JSON (92 MB) it took 2.3 s to read and 1.8 s to write, serialized 1.4 s and 0.9 s.
 */
export function manifestPath(project: string, dist: string): string {
  const id = createHash('sha256').update(dist).digest('hex').slice(0, 16);
  return join(project, 'node_modules/.cache/atlas-build', `${id}${MANIFEST_EXT}`);
}

function addTree(h: ReturnType<typeof createHash>, base: string, path: string): void {
  if (!existsSync(path)) return;
  if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) addTree(h, base, join(path, name));
  else h.update(relative(base, path)).update('\0').update(readFileSync(path)).update('\0');
}

/** What every output depends on and no key records: engine version, public/, data/site.yaml, data/locales/, the site's address. */
export function globalFingerprint(engine: string, project: string, root: string, where: { site: string; base: string }): string {
  const h = createHash('sha256').update(engine).update('\0').update(JSON.stringify(where)).update('\0');
  addTree(h, project, join(project, 'public'));
  addTree(h, root, join(root, 'data/site.yaml'));
  addTree(h, root, join(root, 'data/locales'));
  return h.digest('hex');
}

/** The parse cache of the same dist/ (src/validate/parse-cache.ts): it lives and is pruned with the manifest. */
export function parseCachePath(manifest: string): string {
  return `${manifest.slice(0, -MANIFEST_EXT.length)}.parse`;
}

/**
 * Where a manifest's dependency keys are kept on their own as well: the validation step
 * (scripts/lib/prepare.ts) hashes them in the atlas it has just validated, while this process reads
 * the manifest. Hashing them here instead meant processes that each read the snapshot back first
 * (at 10 000 clusters 320 000 keys: 7-8 s in two processes, 3-4 s in the validation step).
 */
export function keysPath(manifest: string): string {
  return `${manifest.slice(0, -MANIFEST_EXT.length)}.keys`;
}

/** What the validation step writes in the stage folder: the hashes of the keys it was given. */
export const KEY_HASHES = 'key-hashes.json';

/** A digest of a key list: hashes made for one list are never taken for another. */
export function keyListDigest(keys: string[]): string {
  return createHash('sha256').update(keys.join('\0')).digest('hex');
}

/**
 * The hashes the validation step made of `keys`, in the same order, or undefined when it made none or
 * hashed another list. `digest`: keyListDigest(keys), which a build computes while it waits for them.
 */
export function readKeyHashes(stage: string, keys: string[], digest = keyListDigest(keys)): string[] | undefined {
  let made: { digest: string; hashes: string[] };
  try {
    made = JSON.parse(readFileSync(join(stage, KEY_HASHES), 'utf8')) as typeof made;
  } catch {
    return undefined;
  }
  if (made.digest !== digest || made.hashes.length !== keys.length) return undefined;
  return made.hashes;
}

/**
 * A manifest's version, dist/ and global fingerprint from the first 4 KiB of its file, as writeManifest
 * puts them (undefined when the head is not in that form): pruning need not parse every manifest in full
 * (at 10 000 clusters with charts one is 75 MB, over a second to read), and a build knows before it
 * validates whether the previous one can be reused.
 */
export function manifestHead(file: string): (Pick<Manifest, 'version' | 'dist'> & { global?: string }) | undefined {
  const buffer = Buffer.alloc(4096);
  let fd: number | undefined;
  try {
    fd = openSync(file, 'r');
    const head = buffer.toString('utf8', 0, readSync(fd, buffer, 0, buffer.length, 0));
    const m = /^\{"version":(\d+),"dist":\{"path":("(?:[^"\\]|\\.)*"),"dev":(\d+),"ino":(\d+)\}(?:,"global":"([^"\\]*)")?/.exec(head);
    return m ? { version: Number(m[1]), dist: { path: JSON.parse(m[2]!) as string, dev: Number(m[3]), ino: Number(m[4]) }, global: m[5] } : undefined;
  } catch {
    return undefined;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

export function readManifest(file: string): Manifest | undefined {
  if (!existsSync(file)) return undefined;
  try {
    const bytes = readFileSync(file);
    const end = bytes.indexOf(0x0a);
    const head = JSON.parse(bytes.toString('utf8', 0, end)) as Pick<Manifest, 'version' | 'dist' | 'global'>;
    if (head.version !== MANIFEST_VERSION) return undefined;
    return { ...head, ...(deserialize(bytes.subarray(end + 1)) as Omit<Manifest, 'version' | 'dist' | 'global'>) };
  } catch {
    return undefined;
  }
}

/** Why the previous build cannot be reused, or undefined when it can. */
export function cannotReuse(manifest: (Pick<Manifest, 'dist'> & { global?: string }) | undefined, dist: string, global: string): string | undefined {
  if (!manifest) return 'no record of a previous build';
  if (!existsSync(dist)) return `${dist} does not exist`;
  const st = statSync(dist);
  if (st.dev !== manifest.dist.dev || st.ino !== manifest.dist.ino) return `${dist} is not the folder the previous build wrote`;
  if (manifest.global !== global) return 'the engine, public/, data/site.yaml, data/locales/ or the site address changed';
  return undefined;
}

/** The tracks of every Astro process, as one. */
export function readTracks(files: string[]): TrackResult {
  const seen = new Set<string>();
  const deps: Record<string, string[]> = {};
  for (const f of files) {
    const t = JSON.parse(readFileSync(f, 'utf8')) as TrackResult;
    for (const s of t.seen) seen.add(s);
    Object.assign(deps, t.deps);
  }
  return { seen: [...seen].sort(), deps };
}

/**
 * The hashes of `keys` in the validated atlas `snapshot` (scripts/lib/dependency-hashes.ts, a process
 * of its own); ALWAYS has no value and stays itself.
 */
export async function hashKeys(project: string, stage: string, snapshot: string, root: string, keys: string[], jobs = availableParallelism()): Promise<Map<string, string>> {
  const list = keys.filter((k) => k !== ALWAYS);
  // Each process reads the whole snapshot first (1.4 s and some 700 MiB at 10 000 clusters), so a
  // second one pays only for tens of thousands of keys; at 10 000 clusters there are 320 000.
  const parts = Math.max(1, Math.min(jobs, Math.floor(list.length / KEYS_PER_PROCESS)));
  const size = Math.ceil(list.length / parts);
  const { BASE_URL: _ignored, ...env } = process.env;
  const hashed = await Promise.all(
    Array.from({ length: parts }, async (_, p) => {
      const keysFile = join(stage, `keys-${p}.json`);
      const outFile = join(stage, `hashes-${p}.json`);
      const part = list.slice(p * size, (p + 1) * size);
      writeFileSync(keysFile, JSON.stringify(part));
      const child = spawn(process.execPath, [join(project, 'scripts/lib/dependency-hashes.ts'), keysFile, outFile], { stdio: 'inherit', env: { ...env, ATLAS_SNAPSHOT: snapshot, ATLAS_ROOT: root } });
      const [code, signal] = (await once(child, 'close')) as [number | null, string | null];
      if (code !== 0) throw new Error(`hashing the dependencies exited with ${code ?? signal}`);
      const hashes = JSON.parse(readFileSync(outFile, 'utf8')) as string[];
      return part.map((k, i) => [k, hashes[i]!] as const);
    }),
  );
  return new Map([...hashed.flat(), [ALWAYS, ALWAYS]]);
}

/** Keys worth a hashing process of their own (see hashKeys). */
const KEYS_PER_PROCESS = 50_000;

export interface Plan {
  /** Outputs to render again. */
  dirty: string[];
  /** Outputs of the previous build (an output in neither list is new and rendered too). */
  known: string[];
  /** Keys whose value changed. */
  changed: string[];
}

/**
 * Which outputs of the previous build a change reaches, given the keys' new hashes: by key, or as a
 * list in the order of the manifest's keys (readKeyHashes; no map of 320 000 keys to build first).
 */
export function planIncremental(m: Manifest, hashes: Map<string, string> | readonly string[]): Plan {
  const changedIndex = new Set<number>();
  const hashOf = Array.isArray(hashes) ? (_key: string, i: number) => hashes[i] : (key: string) => (hashes as Map<string, string>).get(key);
  m.keys.forEach((key, i) => {
    if (key === ALWAYS || hashOf(key, i) !== m.hashes[i]) changedIndex.add(i);
  });
  const dirty = Object.keys(m.outputs).filter((o) => m.outputs[o]!.some((i) => changedIndex.has(i)));
  return { dirty, known: Object.keys(m.outputs), changed: [...changedIndex].map((i) => m.keys[i]!) };
}

/**
 * The MDX files Astro must compile for the outputs it renders: those the dirty outputs read, and
 * files the previous build never read (new documents). Paths relative to the atlas root.
 */
export function mdxFilesFor(m: Manifest, dirty: string[], root: string): string[] {
  const files = new Set<string>();
  const read = new Set<string>();
  for (const key of m.keys) if (key.startsWith('mdx:')) read.add(key.slice(4));
  for (const o of dirty) for (const i of m.outputs[o]!) if (m.keys[i]!.startsWith('mdx:')) files.add(m.keys[i]!.slice(4));
  const content = join(root, 'content');
  for (const collection of existsSync(content) ? readdirSync(content).sort() : []) {
    for (const locale of readdirSync(join(content, collection)).sort()) {
      const dir = join(content, collection, locale);
      if (!statSync(dir).isDirectory()) continue;
      for (const name of readdirSync(dir).sort()) {
        const file = `content/${collection}/${locale}/${name}`;
        if (name.endsWith('.mdx') && !read.has(file)) files.add(file);
      }
    }
  }
  return [...files].sort();
}

/** Removes a file and then each parent folder it leaves empty, up to (not including) `top`. */
function removeWithEmptyParents(top: string, file: string): void {
  rmSync(file, { force: true });
  for (let dir = dirname(file); dir.startsWith(`${top}/`); dir = dirname(dir)) {
    if (readdirSync(dir).length > 0) break;
    rmdirSync(dir);
  }
}

/**
 * The new tree, in `into` (a folder beside dist/): the previous dist/ as it is (from the spare tree
 * brought up to date, or hard-linked file by file, copied where a link cannot be made), the outputs
 * that no longer exist removed, the sitemaps removed (postBuild writes them again), and what Astro
 * rendered moved over it. The search bundles stay: postBuild indexes again only those that hold a
 * page written or removed. Returns the paths it wrote or removed (the next spare's diff).
 *
 * A linked file IS the live dist/'s file until the swap: every step that writes into the new tree
 * must replace a file (remove it, then write), never write into it, or a failed build would leave
 * dist/ changed (postBuild: the sitemaps are removed here, Pagefind's bundles and bundles.json by
 * scripts/lib/search-index.ts).
 */
export function assembleTree(previous: string, rendered: string, into: string, removed: string[], spare?: Spare): { touched: Set<string>; from: 'spare' | 'links' } {
  const from = startTree(previous, into, spare);
  return { touched: finishTree(into, rendered, removed), from };
}

/**
 * assembleTree's second half, on a tree that startTree made: scripts/build.ts starts the tree while
 * Astro renders (it needs nothing Astro makes) and finishes it after.
 */
export function finishTree(into: string, rendered: string, removed: string[]): Set<string> {
  const touched = new Set<string>();
  for (const name of readdirSync(into))
    if (/^sitemap-.*\.xml$/.test(name)) {
      rmSync(join(into, name));
      touched.add(name);
    }
  for (const o of removed) {
    removeWithEmptyParents(into, join(into, o));
    touched.add(o);
  }
  moveOver(rendered, into, touched);
  return touched;
}

/**
 * `into` becomes a copy of `dist` made of hard links: the spare tree renamed into place and brought up
 * to date when the manifest vouches for it, else a new tree of links (and any spare is dropped).
 */
export function startTree(dist: string, into: string, spare: Spare | undefined): 'spare' | 'links' {
  const path = sparePath(dist);
  if (spare && spareToken(path) === spare.token) {
    renameSync(path, into);
    rmSync(join(into, SPARE_MARK));
    for (const p of spare.diff) catchUp(dist, into, p);
    return 'spare';
  }
  rmSync(path, { recursive: true, force: true });
  linkTree(dist, into);
  return 'links';
}

/** Makes `p` in `into` what it is in `dist`: a link to its file, a tree of links to its folder, or nothing. */
function catchUp(dist: string, into: string, p: string): void {
  const here = join(into, p);
  const there = join(dist, p);
  rmSync(here, { recursive: true, force: true });
  if (!existsSync(there)) {
    // Folders the path leaves empty, where dist/ has none either.
    for (let dir = dirname(here); dir.startsWith(`${into}/`) && !existsSync(join(dist, relative(into, dir))); dir = dirname(dir)) {
      if (!existsSync(dir) || readdirSync(dir).length > 0) break;
      rmdirSync(dir);
    }
  } else if (statSync(there).isDirectory()) linkTree(there, here);
  else {
    mkdirSync(dirname(here), { recursive: true });
    linkOrCopy(there, here);
  }
}

/** `to` becomes a tree of hard links to `from`'s files (copies where linking fails). */
function linkTree(from: string, to: string): void {
  eachFile(from, to, linkOrCopy);
}

/** Moves every file of `from` to the same place in `to`, replacing (never writing into) what is there; notes each path in `touched`. */
function moveOver(from: string, to: string, touched: Set<string>): void {
  eachFile(from, to, (a, b) => {
    rmSync(b, { recursive: true, force: true });
    try {
      renameSync(a, b);
    } catch {
      copyFileSync(a, b);
    }
    touched.add(relative(to, b));
  });
}

/** Calls `put` for each file of `from` with its place in `to`, whose folders it makes first. */
function eachFile(from: string, to: string, put: (file: string, place: string) => void): void {
  if (existsSync(to) && !statSync(to).isDirectory()) rmSync(to);
  mkdirSync(to, { recursive: true });
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    if (entry.isDirectory()) eachFile(join(from, entry.name), join(to, entry.name), put);
    else put(join(from, entry.name), join(to, entry.name));
  }
}

/**
 * The manifest of the new build: the previous one's outputs that were not rendered again and
 * still exist, with the rendered outputs' tracks; every key hashed in the new atlas by `hashOf`
 * (the hashes of the keys it is given, in their order). May take over `previous.outputs` and change it.
 */
export async function nextManifest(
  previous: Manifest | undefined,
  track: TrackResult,
  global: string,
  search: BundlePages,
  html: string[],
  hashOf: (keys: string[]) => Promise<string[]>,
): Promise<Omit<Manifest, 'dist'>> {
  const seen = new Set(track.seen);
  const same = previous && sameKeys(previous, track, seen);
  if (same) {
    // The previous manifest's outputs, with the rendered ones' indices replaced in place: a copy of
    // 300 000 entries (10 000 clusters with charts) cost the step a second, and nothing reads the
    // previous outputs after this.
    const outputs = previous.outputs;
    for (const [o, idx] of same) outputs[o] = idx;
    return { version: MANIFEST_VERSION, global, keys: previous.keys, hashes: await hashOf(previous.keys), outputs, search, html };
  }
  // Outputs kept from the previous build keep their key indices, renumbered below: spelling out
  // their keys (millions of strings at 10 000 clusters) cost the step seconds.
  const kept: [string, number[]][] = [];
  const used = new Uint8Array(previous?.keys.length ?? 0);
  if (previous)
    for (const [o, idx] of Object.entries(previous.outputs))
      if (seen.has(o) && !(o in track.deps)) {
        kept.push([o, idx]);
        for (const i of idx) used[i] = 1;
      }
  const keySet = new Set<string>();
  previous?.keys.forEach((k, i) => {
    if (used[i]) keySet.add(k);
  });
  for (const deps of Object.values(track.deps)) for (const k of deps) keySet.add(k);
  const keys = [...keySet].sort();
  const index = new Map(keys.map((k, i) => [k, i]));
  // Both key lists are sorted, so renumbering keeps each output's indices in order.
  const renumber = previous ? previous.keys.map((k) => index.get(k) ?? -1) : [];
  const outputs = new Map<string, number[]>();
  for (const [o, idx] of kept)
    outputs.set(
      o,
      idx.map((i) => renumber[i]!),
    );
  for (const [o, deps] of Object.entries(track.deps))
    outputs.set(
      o,
      deps.map((k) => index.get(k)!),
    );
  const out: Record<string, number[]> = {};
  for (const o of [...outputs.keys()].sort()) out[o] = outputs.get(o)!;
  return { version: MANIFEST_VERSION, global, keys, hashes: await hashOf(keys), outputs: out, search, html };
}

/**
 * The usual incremental build: no output appeared or went, the outputs rendered again read only keys
 * the previous build knew, and every key is still read by some output. Then the key list stays as it
 * is and every kept output keeps its indices (at 10 000 clusters the general path's set, sort and
 * renumbering of 320 000 keys took 1.2 s). Returns each rendered output's key indices in the previous
 * list, or undefined. The keys are looked up by binary search in the sorted list: a map of all of them
 * (380 000 with charts) cost more than the few thousand lookups a change needs.
 */
function sameKeys(previous: Manifest, track: TrackResult, seen: Set<string>): Map<string, number[]> | undefined {
  const names = Object.keys(previous.outputs);
  if (seen.size !== names.length || !names.every((o) => seen.has(o))) return undefined;
  const keys = previous.keys;
  const used = new Uint8Array(keys.length);
  const rendered = new Map<string, number[]>();
  for (const [o, deps] of Object.entries(track.deps)) {
    if (!(o in previous.outputs)) return undefined;
    const idx: number[] = [];
    for (const k of deps) {
      const i = sortedIndex(keys, k);
      if (i === undefined) return undefined;
      used[i] = 1;
      idx.push(i);
    }
    rendered.set(o, idx);
  }
  for (const o of names) if (!rendered.has(o)) for (const i of previous.outputs[o]!) used[i] = 1;
  return used.every((u) => u === 1) ? rendered : undefined;
}

/** Where `key` is in `sorted` (sorted as Array.prototype.sort sorts strings), or undefined. */
export function sortedIndex(sorted: readonly string[], key: string): number | undefined {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = sorted[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return undefined;
}

/** Where this process writes a file of the manifest cache before renaming it into place (pruneManifests knows the form). */
const pendingPath = (file: string) => `${file}.${process.pid}.tmp`;

/** Writes the manifest for the dist/ folder that `tmp` becomes after the swap (rename keeps its inode). */
export function writeManifest(file: string, manifest: Omit<Manifest, 'dist'>, tmp: string, dist: string): string {
  const st = statSync(tmp);
  mkdirSync(dirname(file), { recursive: true });
  const pending = pendingPath(file);
  // Version and dist first, on a line of their own: pruning reads only the head of the file (manifestHead).
  const { version, global, ...rest } = manifest;
  const head = JSON.stringify({ version, dist: { path: dist, dev: st.dev, ino: st.ino }, global });
  writeFileSync(pending, Buffer.concat([Buffer.from(`${head}\n`), serialize(rest)]));
  writeFileSync(pendingPath(keysPath(file)), JSON.stringify(manifest.keys));
  return pending;
}

/** Puts a manifest written by writeManifest in place (after the swap), and drops the stale ones. */
export function commitManifest(pending: string, file: string): void {
  // The key list first: with the previous manifest it only costs a build its hashes made early
  // (readKeyHashes compares digests), never a wrong plan.
  renameSync(pendingPath(keysPath(file)), keysPath(file));
  renameSync(pending, file);
  // Not the one just written: it describes the dist/ just swapped in, and at 10 000 clusters it is
  // 60 MB of JSON that took a second to read again.
  pruneManifests(dirname(file), basename(file));
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** How long a parse cache or key list without its manifest is kept (see pruneManifests). */
const ORPHAN_MS = 24 * 3600_000;

/**
 * Removes the manifests no build can use: those of a dist/ folder that is gone or was replaced (the
 * tests' and benchmarks' temporary folders would otherwise pile up, one per folder), those of an older
 * format, and half-written ones left by a build that died. Returns the files removed. A manifest read in
 * the instant another build swaps its dist/ looks stale too: that costs its next build a full one, never
 * a wrong one. `current` (a manifest's file name) is kept unread.
 */
export function pruneManifests(dir: string, current?: string): string[] {
  const removed: string[] = [];
  const names = existsSync(dir) ? readdirSync(dir).sort() : [];
  // Manifests first: a parse cache or key list goes with its manifest, so it is looked at after it.
  const goesWith = (name: string) => name.endsWith('.parse') || name.endsWith('.keys');
  for (const name of [...names.filter((n) => !goesWith(n)), ...names.filter(goesWith)]) {
    if (name === current) continue;
    const file = join(dir, name);
    const pending = /\.(\d+)\.tmp$/.exec(name);
    let stale: boolean;
    if (pending) stale = !alive(Number(pending[1]));
    else if (goesWith(name)) {
      // Goes with its manifest. Without one it may be a first build's that is still running (the
      // validation step writes the parse cache long before the manifest: an hour for a cold
      // 10 000-cluster atlas, while other builds pruned it), so an orphan is kept for a day.
      const manifest = name.replace(/\.(parse|keys)$/, MANIFEST_EXT);
      stale = removed.includes(manifest) || (!existsSync(join(dir, manifest)) && Date.now() - statSync(file).mtimeMs > ORPHAN_MS);
    } else if (name.endsWith('.json'))
      stale = true; // a manifest of the format before MANIFEST_EXT
    else if (!name.endsWith(MANIFEST_EXT)) continue;
    else {
      const m = manifestHead(file) ?? readManifest(file);
      const st = m?.version === MANIFEST_VERSION && m.dist.path && existsSync(m.dist.path) ? statSync(m.dist.path) : undefined;
      stale = !st || st.dev !== m!.dist.dev || st.ino !== m!.dist.ino;
    }
    if (stale) {
      rmSync(file, { force: true });
      removed.push(name);
    }
  }
  return removed;
}
