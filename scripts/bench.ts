#!/usr/bin/env node
/**
 * npm run bench — build synthetic atlases of N clusters (with and without one chart per cluster)
 * with the real scripts/build.ts and measure wall time, ms per page, peak RSS of the whole build
 * process tree, dist size, page weight (HTML + its CSS, raw and gzip) and JavaScript per page.
 * Prints a Markdown table and PASS/MISS against the targets (a miss never fails the process),
 * and writes bench/results.json.
 *
 * Environment: BENCH_SIZES="100,1000,10000" (default), BENCH_VARIANTS="charts,nocharts" (default),
 * BENCH_TIMEOUT_MIN (per build, default 45), BENCH_KEEP=1 keeps the generated atlases and dists,
 * BENCH_DIR (work folder, default bench/work-*, removed afterwards), BENCH_OUT (default
 * bench/results.json), BENCH_ENGINE=snapshot builds a copy of the engine taken at start (src/ may
 * change meanwhile, and build.ts's lock is not shared with other builds of the checkout: in place,
 * time spent waiting for that lock counts in "validate"), BENCH_PATCH=no-chart-cache,…
 * builds a snapshot with prototype engine changes from scripts/lib/bench-engine.ts (to measure a proposal).
 *
 * BENCH_MODES="full,sharded,split,incremental" (default): the default build; the same atlas in shards of
 * BENCH_SHARD_DOCS (default 750) MDX documents run side by side (only where that makes several
 * shards and the default build is one shard); and BENCH_SPLIT_SHARDS (default: 2, or as many as the build's own shard size needs)
 * shards built by separate `build --shard i/n --out` processes, then `npm run merge`; incremental:
 * a full build, then one figure value (twice: the first incremental build after a full one links the
 * whole tree, later ones start from the spare tree), one MDX body and one source title changed in turn, each
 * followed by an incremental build (files rendered again, wall time, and the speed-up over a second full
 * build that takes its images from the cache the first filled, the usual rebuild; BENCH_WARM=0: over the first).
 * Each figure is printed beside the one the README last reported for the same atlas and build
 * (scripts/lib/bench-previous.ts), and the one-figure builds at 10 000 clusters against issue 18's target.
 *
 * Images (publication PNGs and social cards, src/images/) are reported apart: each build counts the
 * images it drew (and how many of those fit a palette PNG) and took from the content-hash cache, and the
 * time both took; the dist column gives the PNG files' share. Each atlas's default
 * build runs with an empty image cache ("cold"), then again with the cache the first build filled
 * ("warm", the usual rebuild); BENCH_WARM=0 skips the second build. Checks against targets use the cold builds.
 *
 * Peak RSS is sampled every 50 ms from /proc over the build process and all its descendants
 * (build.ts's own validation, the astro child, Pagefind's binary), so it needs Linux.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { applyPatches, snapshotEngine } from './lib/bench-engine.ts';
import { besideReadme, type Measured } from './lib/bench-previous.ts';
import { docsPerShard } from './lib/shard-plan.ts';
import { generateSyntheticAtlas, type SyntheticSummary } from './lib/synthetic.ts';

const PROJECT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const SIZES = (process.env.BENCH_SIZES ?? '100,1000,10000')
  .split(',')
  .map((s) => Number(s.trim()))
  .filter((n) => n > 0);
const VARIANTS = (process.env.BENCH_VARIANTS ?? 'charts,nocharts').split(',').map((s) => s.trim()) as ('charts' | 'nocharts')[];
const TIMEOUT_MS = Number(process.env.BENCH_TIMEOUT_MIN ?? 45) * 60_000;
const KEEP = process.env.BENCH_KEEP === '1';
const WARM = process.env.BENCH_WARM !== '0';
const PATCH_NAMES = (process.env.BENCH_PATCH ?? '')
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
const SNAPSHOT = process.env.BENCH_ENGINE === 'snapshot' || PATCH_NAMES.length > 0;
/** The engine that builds: this checkout, or a snapshot of it (see scripts/lib/bench-engine.ts). */
let ENGINE = PROJECT;
const GIB = 1024 ** 3;
const MIB = 1024 ** 2;

const TARGET = { msPerPageAt1000: 15, rssAt10000: 2 * GIB, scale10000vs1000: 1.25, chartOverhead: 1.3, jsBytes: 0 };

// ---------------------------------------------------------------- process-tree sampling (/proc)

interface ProcInfo {
  pid: number;
  name: string;
  first: number;
  last: number;
  peakRss: number;
}
interface TreeSample {
  t: number;
  rss: number;
  procs: { pid: number; name: string; rss: number }[];
}

function readProc(pid: number, file: string): string | undefined {
  try {
    return readFileSync(`/proc/${pid}/${file}`, 'utf8');
  } catch {
    return undefined;
  }
}

/** The root pid and every descendant, from the ppid field of /proc/<pid>/stat. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = readProc(Number(entry), 'stat');
    if (!stat) continue;
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const list = children.get(ppid) ?? [];
    list.push(Number(entry));
    children.set(ppid, list);
  }
  const out: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.shift()!;
    out.push(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return out;
}

function rssOf(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(readProc(pid, 'status') ?? '');
  return m ? Number(m[1]) * 1024 : 0;
}

/** A short name for a process: the script or binary that matters. */
function nameOf(pid: number): string {
  const argv = (readProc(pid, 'cmdline') ?? '').split('\0').filter(Boolean);
  const interesting = argv.find((a) => /astro\.mjs|scripts\/build\.ts|pagefind|esbuild|\.ts$|\.mjs$|\.js$/.test(a)) ?? argv[0] ?? `pid ${pid}`;
  const short = interesting.split('/').slice(-2).join('/');
  return argv.includes('build') && /astro\.mjs/.test(interesting) ? 'astro build' : short;
}

/**
 * Samples the tree every 50 ms. Astro's server bundle folder (<out>/.prerender) exists exactly while
 * Astro renders pages, which splits each Astro process's time into bundling (before), page
 * rendering (during) and what Astro does after (its end-of-build hooks); `generating` says whether
 * any shard's folder exists now. Shards run one after another, so one Astro process at a time.
 */
function sampler(root: number, started: number, generating: () => boolean) {
  const procs = new Map<number, ProcInfo>();
  let peak: TreeSample = { t: 0, rss: 0, procs: [] };
  type Phase = 'bundle' | 'render' | 'after';
  const generation = { ms: { bundle: 0, render: 0, after: 0 } as Record<Phase, number>, peak: { bundle: 0, render: 0, after: 0 } as Record<Phase, number> };
  const phaseOf = new Map<number, Phase>();
  const timeline: { t: number; rss: number }[] = [];
  let lastT = 0;
  const tick = () => {
    const t = performance.now() - started;
    const dt = t - lastT;
    lastT = t;
    const sample: TreeSample = { t, rss: 0, procs: [] };
    for (const pid of processTree(root)) {
      const rss = rssOf(pid);
      if (!rss) continue;
      let info = procs.get(pid);
      if (!info) {
        info = { pid, name: nameOf(pid), first: t, last: t, peakRss: 0 };
        procs.set(pid, info);
      }
      info.last = t;
      if (t - info.first < 2000) info.name = nameOf(pid); // a fresh fork shows its parent's command line until exec
      info.peakRss = Math.max(info.peakRss, rss);
      sample.rss += rss;
      sample.procs.push({ pid, name: info.name, rss });
    }
    if (sample.rss > peak.rss) peak = sample;
    const astro = sample.procs.find((p) => p.name === 'astro build');
    if (astro) {
      const before = phaseOf.get(astro.pid) ?? 'bundle';
      const phase: Phase = generating() ? 'render' : before === 'bundle' ? 'bundle' : 'after';
      phaseOf.set(astro.pid, phase);
      generation.ms[phase] += dt;
      generation.peak[phase] = Math.max(generation.peak[phase], sample.rss);
    }
    if (!timeline.length || t - timeline.at(-1)!.t >= 1000) timeline.push({ t: Math.round(t), rss: sample.rss });
  };
  tick();
  const timer = setInterval(tick, 50);
  return {
    stop() {
      clearInterval(timer);
      const every = Math.ceil(timeline.length / 600);
      return { peak, procs: [...procs.values()], generation, timeline: timeline.filter((_, i) => i % every === 0) };
    },
  };
}

// ---------------------------------------------------------------- dist analysis

function walk(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}

interface PageWeight {
  path: string;
  raw: number;
  gzip: number;
}

function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Every index.html with the stylesheets it links and the JavaScript it loads (script src + inline code). */
function analyseDist(dist: string) {
  const files = walk(dist);
  const distBytes = files.reduce((n, f) => n + statSync(f).size, 0);
  const pngBytes = files.filter((f) => f.endsWith('.png')).reduce((n, f) => n + statSync(f).size, 0);
  const pages = files.filter((f) => f.endsWith('/index.html') || f === join(dist, 'index.html'));
  const fileCache = new Map<string, { raw: number; gzip: number }>();
  const local = (ref: string, page: string) => {
    if (/^(https?:)?\/\//.test(ref)) return undefined;
    const clean = ref.split(/[?#]/)[0]!;
    return clean.startsWith('/') ? join(dist, clean) : join(dirname(page), clean);
  };
  const sizeOf = (file: string | undefined) => {
    if (!file || !existsSync(file)) return { raw: 0, gzip: 0 };
    let s = fileCache.get(file);
    if (!s) {
      const buf = readFileSync(file);
      s = { raw: buf.length, gzip: gzipSync(buf).length };
      fileCache.set(file, s);
    }
    return s;
  };
  // gzip of every page is exact up to 5 000 pages; above, an even sample of 5 000 plus the 50 largest.
  const sampleEvery = Math.max(1, Math.ceil(pages.length / 5000));
  const rawSizes = pages.map((p) => ({ p, size: statSync(p).size }));
  const largest = new Set(
    [...rawSizes]
      .sort((a, b) => b.size - a.size)
      .slice(0, 50)
      .map((x) => x.p),
  );
  const weights: PageWeight[] = [];
  const gzWeights: number[] = [];
  let jsMax = 0;
  let jsMaxPage = '';
  const jsPages: string[] = [];
  const jsBytesAll: number[] = [];
  pages.forEach((page, i) => {
    const html = readFileSync(page, 'utf8');
    const css = [...html.matchAll(/<link\b[^>]*\brel=["']?stylesheet["']?[^>]*>/gi)].map((m) => /\bhref=["']?([^"' >]+)/i.exec(m[0])?.[1]).filter((h): h is string => !!h);
    const cssSizes = css.map((h) => sizeOf(local(h, page)));
    const raw = Buffer.byteLength(html) + cssSizes.reduce((n, s) => n + s.raw, 0);
    let gzip = -1;
    if (i % sampleEvery === 0 || largest.has(page)) {
      gzip = gzipSync(html).length + cssSizes.reduce((n, s) => n + s.gzip, 0);
      gzWeights.push(gzip);
    }
    weights.push({ path: page.slice(dist.length), raw, gzip });
    let js = 0;
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attrs = m[1] ?? '';
      const src = /\bsrc=["']?([^"' >]+)/i.exec(attrs)?.[1];
      if (src) js += sizeOf(local(src, page)).raw;
      else if (!/type=["']?application\/(ld\+)?json/i.test(attrs)) js += Buffer.byteLength(m[2] ?? '');
    }
    jsBytesAll.push(js);
    if (js > 0) jsPages.push(page.slice(dist.length));
    if (js > jsMax) [jsMax, jsMaxPage] = [js, page.slice(dist.length)];
  });
  const byRaw = [...weights].sort((a, b) => b.raw - a.raw);
  const byGz = weights.filter((w) => w.gzip >= 0).sort((a, b) => b.gzip - a.gzip);
  const clusterPages = weights.filter((w) => /^\/(en\/clusters|klaster)\/[^/]+\/index\.html$/.test(w.path));
  return {
    pages: pages.length,
    distBytes,
    pngBytes,
    pageRawMedian: median(weights.map((w) => w.raw)),
    pageGzipMedian: median(gzWeights),
    pageRawMax: byRaw[0]?.raw ?? 0,
    pageRawMaxPath: byRaw[0]?.path ?? '',
    pageGzipMax: byGz[0]?.gzip ?? 0,
    pageGzipMaxPath: byGz[0]?.path ?? '',
    clusterPageRawMedian: median(clusterPages.map((w) => w.raw)),
    clusterPageGzipMedian: median(clusterPages.filter((w) => w.gzip >= 0).map((w) => w.gzip)),
    gzipSampled: sampleEvery > 1,
    jsBytesMedian: median(jsBytesAll),
    jsBytesMax: jsMax,
    jsBytesMaxPage: jsMaxPage,
    pagesWithJs: jsPages.length,
    pagesWithJsSample: jsPages.slice(0, 4),
    largestPages: byRaw.slice(0, 5).map((w) => ({ path: w.path, raw: w.raw })),
  };
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  try {
    for (const e of readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name === 'index.html') n++;
  } catch {
    /* the folder moved (swap) while we counted */
  }
  return n;
}

// ---------------------------------------------------------------- one build

interface Result {
  n: number;
  charts: boolean;
  mode: Mode;
  /** cold: empty image cache; warm: the cache the cold build of the same atlas filled. */
  pass: 'cold' | 'warm';
  /**
   * Images drawn, taken from the cache, and the milliseconds spent on both (summed over Astro
   * processes); of those drawn, how many were encoded as palette PNGs and how many fell back to RGBA.
   */
  images: { drawn: number; cached: number; ms: number; palette: number; rgba: number };
  atlas: SyntheticSummary;
  generateMs: number;
  ok: boolean;
  error?: string;
  wallMs: number;
  /**
   * validate (build.ts before the first Astro process), astro (all Astro processes, one per shard:
   * bundle = until pages render, generate = page rendering, after = Astro's end-of-build hooks),
   * post-build (merge, sitemap, Pagefind). Peak RSS of the process tree in each Astro phase.
   */
  phases: {
    validateMs?: number;
    astroMs?: number;
    astroProcesses?: number;
    bundleMs?: number;
    generateMs?: number;
    afterMs?: number;
    postBuildMs?: number;
    peakRssBundle?: number;
    peakRssGenerate?: number;
    peakRssAfter?: number;
  };
  timeline: { t: number; rss: number }[];
  peakRss: number;
  peakBreakdown: { name: string; rss: number }[];
  processes: { name: string; seconds: number; peakRss: number }[];
  progress: { s: number; pages: number; rss: number }[];
  loadavgBefore: number[];
  pagesPerSecond?: number;
  msPerPage?: number;
  dist?: ReturnType<typeof analyseDist>;
}

/** How a build runs: `full` as `npm run build` does by default; `sharded` split into SHARDED_DOCS-document shards, run side by side. */
type Mode = 'full' | 'sharded';
/** MDX documents per shard in the `sharded` mode: three shards at 1 000 clusters, so both cores work. */
const SHARDED_DOCS = Number(process.env.BENCH_SHARD_DOCS ?? 750);

async function runOne(work: string, n: number, charts: boolean, mode: Mode = 'full', pass: 'cold' | 'warm' = 'cold'): Promise<Result> {
  const label = `n${n}-${charts ? 'charts' : 'nocharts'}${mode === 'full' ? '' : `-${mode}`}`;
  const imageCache = join(work, `${label}-image-cache`);
  const imageStats = join(work, `${label}-${pass}-image-stats`);
  if (pass === 'cold') rmSync(imageCache, { recursive: true, force: true });
  rmSync(imageStats, { force: true });
  const root = join(work, label);
  const dist = join(work, `${label}-dist`);
  const g0 = performance.now();
  const atlas = generateSyntheticAtlas(root, { clusters: n, charts });
  const generateMs = performance.now() - g0;
  const modeEnv = mode === 'sharded' ? { ATLAS_SHARD_DOCS: String(SHARDED_DOCS) } : {};
  // Every build starts cold: scripts/build.ts gives Astro a fresh content cache in its stage folder.
  rmSync(dist, { recursive: true, force: true });

  const loadavgBefore = loadavg().map((x) => Math.round(x * 100) / 100);
  console.error(`\n▶ ${label}: ${atlas.clusters} clusters, ${atlas.figures} figures, ${atlas.series} series (generated in ${(generateMs / 1000).toFixed(1)} s; load ${loadavgBefore.join(' ')})`);
  const started = performance.now();
  const child = spawn(process.execPath, [join(ENGINE, 'scripts/build.ts')], {
    cwd: ENGINE,
    env: { ...process.env, ...modeEnv, ATLAS_ROOT: root, DIST_DIR: dist, ATLAS_IMAGE_CACHE: imageCache, ATLAS_IMAGE_STATS: imageStats },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group, so a timeout can stop the whole tree
  });
  let output = '';
  child.stdout.on('data', (d) => (output = (output + d).slice(-20_000)));
  child.stderr.on('data', (d) => (output = (output + d).slice(-20_000)));
  // Where Astro writes: build.ts's stage folder in the engine (<engine>/.atlas-build-<pid>/), shard k
  // into shard-k/ (dist-k/ in older versions of build.ts), then joined into dist/.
  const stage = join(ENGINE, `.atlas-build-${child.pid}`);
  const outs = [join(stage, 'dist'), `${dist}.tmp-${child.pid}`];
  const shardDirs = () =>
    existsSync(stage)
      ? readdirSync(stage)
          .filter((e) => /^(dist|shard)-\d+$/.test(e))
          .map((e) => join(stage, e))
      : [];
  const tmpDist = () => outs.find((d) => existsSync(d)) ?? outs[0]!;
  const pagesWritten = () => countHtml(tmpDist()) + shardDirs().reduce((t, d) => t + countHtml(d), 0);
  const generating = () => outs.some((d) => existsSync(join(d, '.prerender'))) || shardDirs().some((d) => existsSync(join(d, '.prerender')));
  const s = sampler(child.pid!, started, generating);
  const progress: Result['progress'] = [];
  const progressTimer = setInterval(
    () => {
      const sec = Math.round((performance.now() - started) / 1000);
      const pages = pagesWritten();
      const rss = processTree(child.pid!).reduce((t, pid) => t + rssOf(pid), 0);
      progress.push({ s: sec, pages, rss });
      console.error(`  … ${sec} s: ${pages} pages written, tree RSS ${(rss / MIB).toFixed(0)} MiB`);
    },
    n >= 5000 ? 60_000 : 30_000,
  );
  let timedOut = false;
  const killer = setTimeout(() => {
    timedOut = true;
    try {
      process.kill(-child.pid!, 'SIGTERM');
    } catch {
      /* already gone */
    }
  }, TIMEOUT_MS);
  const code: number | null = await new Promise((res) => child.on('close', (c) => res(c)));
  const wallMs = performance.now() - started;
  clearTimeout(killer);
  clearInterval(progressTimer);
  const { peak, procs, generation, timeline } = s.stop();

  const astros = procs.filter((p) => p.name === 'astro build');
  const phases: Result['phases'] = {};
  if (astros.length) {
    const astroMs = astros.reduce((ms, p) => ms + (p.last - p.first), 0);
    Object.assign(phases, {
      validateMs: Math.min(...astros.map((p) => p.first)),
      astroMs,
      astroProcesses: astros.length,
      bundleMs: generation.ms.bundle,
      generateMs: generation.ms.render,
      afterMs: generation.ms.after,
      postBuildMs: wallMs - Math.max(...astros.map((p) => p.last)),
      peakRssBundle: generation.peak.bundle,
      peakRssGenerate: generation.peak.render,
      peakRssAfter: generation.peak.after,
    });
  }
  const images = { drawn: 0, cached: 0, ms: 0, palette: 0, rgba: 0 };
  if (existsSync(imageStats)) {
    // "drawn|cached ms width bytes [palette|rgba]" (src/images/raster.ts)
    for (const line of readFileSync(imageStats, 'utf8').split('\n')) {
      const [what, ms, , , encoder] = line.split(' ');
      if (what !== 'drawn' && what !== 'cached') continue;
      images[what]++;
      images.ms += Number(ms);
      if (encoder === 'palette' || encoder === 'rgba') images[encoder]++;
    }
  }
  const result: Result = {
    n,
    charts,
    mode,
    pass,
    images,
    atlas,
    generateMs,
    ok: code === 0 && !timedOut,
    wallMs,
    phases,
    peakRss: peak.rss,
    peakBreakdown: peak.procs.map((p) => ({ name: p.name, rss: p.rss })).sort((a, b) => b.rss - a.rss),
    processes: procs.map((p) => ({ name: p.name, seconds: Math.round((p.last - p.first) / 100) / 10, peakRss: p.peakRss })).filter((p) => p.seconds > 0.1 || p.peakRss > 50 * MIB),
    progress,
    timeline,
    loadavgBefore,
  };
  if (!result.ok) {
    result.error = timedOut
      ? `timed out after ${(TIMEOUT_MS / 60000).toFixed(0)} min (${pagesWritten()} pages written)`
      : `build exited with ${code}: ${output.trim().split('\n').slice(-15).join('\n')}`;
    console.error(`  ✗ ${result.error}`);
    // build.ts removes its folders on failure; a killed build cannot.
    for (const d of outs) rmSync(d.endsWith('/dist') ? dirname(d) : d, { recursive: true, force: true });
  } else {
    result.dist = analyseDist(dist);
    result.msPerPage = wallMs / result.dist.pages;
    result.pagesPerSecond = result.dist.pages / (wallMs / 1000);
    console.error(
      `  ✓ ${result.dist.pages} pages in ${(wallMs / 1000).toFixed(1)} s = ${result.msPerPage.toFixed(2)} ms/page; peak RSS ${(peak.rss / MIB).toFixed(0)} MiB; images: ${images.drawn} drawn (${images.palette} palette, ${images.rgba} RGBA), ${images.cached} from the cache, ${(images.ms / 1000).toFixed(1)} s; PNG ${(result.dist.pngBytes / MIB).toFixed(1)} of ${(result.dist.distBytes / MIB).toFixed(1)} MiB`,
    );
  }
  if (!KEEP) {
    // The warm pass builds the same atlas again: its files and cache stay until then.
    const again = pass === 'cold' && mode === 'full' && WARM && result.ok;
    if (!again) {
      rmSync(root, { recursive: true, force: true });
      rmSync(imageCache, { recursive: true, force: true });
    }
    rmSync(dist, { recursive: true, force: true });
  }
  return result;
}

// ---------------------------------------------------------------- incremental builds

interface IncrementalResult {
  n: number;
  charts: boolean;
  fullMs: number;
  /** A second full build (ATLAS_INCREMENTAL=0) with the image cache the first filled: what an incremental build saves over a usual rebuild. */
  fullWarmMs?: number;
  /** phases: the build's own "Steps:" line (scripts/lib/phases.ts); fullBecause: why the build was a full one instead. */
  steps: { change: string; ok: boolean; ms: number; rendered?: number; of?: number; error?: string; phases?: string; fullBecause?: string }[];
}

/** Runs scripts/build.ts once; wall time and output. */
function timedBuild(root: string, dist: string, imageCache: string, env: Record<string, string> = {}): Promise<{ code: number | null; ms: number; out: string }> {
  const started = performance.now();
  const child = spawn(process.execPath, [join(ENGINE, 'scripts/build.ts')], {
    cwd: ENGINE,
    env: { ...process.env, ATLAS_ROOT: root, DIST_DIR: dist, ATLAS_IMAGE_CACHE: imageCache, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout.on('data', (d) => (out = (out + d).slice(-20_000)));
  child.stderr.on('data', (d) => (out = (out + d).slice(-20_000)));
  return new Promise((res) => child.on('close', (code) => res({ code, ms: performance.now() - started, out })));
}

/** A full build, then three single changes, each built incrementally (scripts/lib/incremental.ts). */
async function runIncremental(work: string, n: number, charts: boolean): Promise<IncrementalResult> {
  const label = `n${n}-${charts ? 'charts' : 'nocharts'}-incremental`;
  const root = join(work, label);
  const dist = join(work, `${label}-dist`);
  const imageCache = join(work, `${label}-image-cache`);
  generateSyntheticAtlas(root, { clusters: n, charts });
  rmSync(dist, { recursive: true, force: true });
  console.error(
    `\n▶ ${label}: full build, then one change at a time (load ${loadavg()
      .map((x) => x.toFixed(2))
      .join(' ')})`,
  );
  const full = await timedBuild(root, dist, imageCache);
  const result: IncrementalResult = { n, charts, fullMs: full.ms, steps: [] };
  if (full.code !== 0) {
    result.steps.push({ change: 'full build', ok: false, ms: full.ms, error: full.out.trim().split('\n').slice(-10).join('\n') });
    return result;
  }
  console.error(`  full build, cold image cache: ${(full.ms / 1000).toFixed(1)} s${besideReadme(n, charts, 'full, cold image cache', full.ms)}`);
  if (WARM) {
    // The usual rebuild draws no image: the fair basis for an incremental build's speed-up.
    const warm = await timedBuild(root, dist, imageCache, { ATLAS_INCREMENTAL: '0' });
    if (warm.code === 0) result.fullWarmMs = warm.ms;
    console.error(`  full build again, warm image cache: ${warm.code === 0 ? `${(warm.ms / 1000).toFixed(1)} s${besideReadme(n, charts, 'full, warm image cache', warm.ms)}` : 'failed'}`);
  }
  const firstFile = (dir: string) => join(root, dir, readdirSync(join(root, dir)).sort()[0]!);
  const edit = (file: string, change: (text: string) => string) => writeFileSync(file, change(readFileSync(file, 'utf8')));
  const changes: [Measured, () => void][] = [
    ['one figure value', () => edit(firstFile('data/figures'), (t) => t.replace(/value: (\d+(?:\.\d+)?)/, (_m, v: string) => `value: ${Number(v) + 1}`))],
    // The first incremental build after a full one links the whole tree; later ones start from the spare tree.
    ['the same figure value again', () => edit(firstFile('data/figures'), (t) => t.replace(/value: (\d+(?:\.\d+)?)/, (_m, v: string) => `value: ${Number(v) + 1}`))],
    ['one MDX body', () => edit(firstFile('content/clusters/id'), (t) => t.replace('Klaster ini memiliki', 'Klaster ini kini memiliki'))],
    ['one source title', () => edit(join(root, 'data/sources.yaml'), (t) => t.replace('title: Synthetic source number 1', 'title: Synthetic source number 1 (revised)'))],
  ];
  for (const [change, apply] of changes) {
    apply();
    const r = await timedBuild(root, dist, imageCache);
    const m = /reach (\d+) of (\d+) files/.exec(r.out);
    const ok = r.code === 0 && /\(incremental\)/.test(r.out);
    const phases = /^Steps: (.*)\.$/m.exec(r.out)?.[1];
    // A change the engine cannot scope builds in full and says why: that is a result, not a failure.
    const fullBecause = r.code === 0 ? /^Full build: (.*)$/m.exec(r.out)?.[1] : undefined;
    result.steps.push({
      change,
      ok,
      ms: r.ms,
      rendered: m ? Number(m[1]) : undefined,
      of: m ? Number(m[2]) : undefined,
      phases,
      fullBecause,
      error: ok || fullBecause ? undefined : r.out.trim().split('\n').slice(-10).join('\n'),
    });
    const mark = ok ? '✓' : fullBecause ? '→ full build:' : '✗';
    console.error(
      `  ${mark} ${change}: ${(r.ms / 1000).toFixed(1)} s${m ? `, ${m[1]} of ${m[2]} files rendered` : ''}${fullBecause ? ` (${fullBecause})` : ''}${phases ? ` (${phases})` : ''}${besideReadme(n, charts, change, r.ms)}`,
    );
  }
  if (!KEEP) for (const d of [root, dist, imageCache]) rmSync(d, { recursive: true, force: true });
  return result;
}

// ---------------------------------------------------------------- builds split across machines

interface SplitResult {
  n: number;
  charts: boolean;
  shards: number;
  ok: boolean;
  error?: string;
  /** Wall time of each `npm run build -- --shard i/n --out` (one after another here; on n runners at once). */
  shardMs: number[];
  mergeMs: number;
}

/** Builds each shard in its own process and folder, as CI runners would, then times `npm run merge`. */
async function runSplit(work: string, n: number, charts: boolean, shards: number): Promise<SplitResult> {
  const label = `n${n}-${charts ? 'charts' : 'nocharts'}-split${shards}`;
  const root = join(work, label);
  generateSyntheticAtlas(root, { clusters: n, charts });
  const result: SplitResult = { n, charts, shards, ok: false, shardMs: [], mergeMs: 0 };
  const run = (script: string, args: string[], env: Record<string, string>) =>
    new Promise<{ code: number | null; output: string; ms: number }>((done) => {
      const t = performance.now();
      const child = spawn(process.execPath, [join(ENGINE, 'scripts', script), ...args], { cwd: ENGINE, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
      let output = '';
      child.stdout.on('data', (d) => (output = (output + d).slice(-20_000)));
      child.stderr.on('data', (d) => (output = (output + d).slice(-20_000)));
      child.on('close', (code) => done({ code, output, ms: performance.now() - t }));
    });
  console.error(`\n▶ ${label}: ${shards} shards, each by its own build process (one Astro process each), then merged`);
  const folders: string[] = [];
  for (let i = 1; i <= shards; i++) {
    const folder = join(work, `${label}-shard-${i}`);
    const r = await run('build.ts', ['--shard', `${i}/${shards}`, '--out', folder], { ATLAS_ROOT: root, ATLAS_BUILD_JOBS: '1' });
    if (r.code !== 0) return { ...result, error: `shard ${i}/${shards}: ${r.output.trim().split('\n').slice(-10).join('\n')}` };
    result.shardMs.push(r.ms);
    folders.push(folder);
    console.error(`  shard ${i}/${shards}: ${(r.ms / 1000).toFixed(1)} s`);
  }
  const dist = join(work, `${label}-dist`);
  const m = await run('merge.ts', [...folders, '--out', dist], {});
  if (m.code !== 0) return { ...result, error: `merge: ${m.output.trim().split('\n').slice(-10).join('\n')}` };
  result.mergeMs = m.ms;
  console.error(`  merge (checks, join, sitemap, search): ${(m.ms / 1000).toFixed(1)} s`);
  if (!KEEP) for (const d of [root, dist, ...folders]) rmSync(d, { recursive: true, force: true });
  return { ...result, ok: true };
}

// ---------------------------------------------------------------- report

const kb = (b: number) => (b / 1024).toFixed(1);
const mib = (b: number) => (b / MIB).toFixed(0);
const verdict = (ok: boolean) => (ok ? 'PASS' : 'MISS');

function report(results: Result[]): string[] {
  const lines: string[] = [];
  lines.push(
    '| N | charts | build | image cache | pages | wall s | ms/page | images drawn (palette / RGBA) / cached / s | validate / bundle / render / after / post s | peak RSS MiB (bundle / render / after) | dist MiB (PNG MiB) | median page KB raw / gz | max page KB raw / gz | JS bytes max |',
  );
  lines.push('|---:|:---:|---|---|---:|---:|---:|---|---|---:|---:|---|---|---:|');
  for (const r of results) {
    if (!r.ok || !r.dist) {
      lines.push(`| ${r.n} | ${r.charts ? 'yes' : 'no'} | ${r.mode} | ${r.pass} | — | ${(r.wallMs / 1000).toFixed(1)} | — | — | — | ${mib(r.peakRss)} | — | — | — | — |`);
      continue;
    }
    const d = r.dist;
    const ph = r.phases;
    const sec = (ms?: number) => (ms === undefined ? '?' : (ms / 1000).toFixed(1));
    const shards = (ph.astroProcesses ?? 1) > 1 ? ` (${ph.astroProcesses} shards)` : '';
    const phase = ph.astroMs !== undefined ? `${sec(ph.validateMs)} / ${sec(ph.bundleMs)} / ${sec(ph.generateMs)} / ${sec(ph.afterMs)} / ${sec(ph.postBuildMs)}${shards}` : '—';
    const rss = `${mib(r.peakRss)}${ph.peakRssBundle ? ` (${mib(ph.peakRssBundle)} / ${mib(ph.peakRssGenerate ?? 0)} / ${mib(ph.peakRssAfter ?? 0)})` : ''}`;
    lines.push(
      `| ${r.n} | ${r.charts ? 'yes' : 'no'} | ${r.mode} | ${r.pass} | ${d.pages} | ${(r.wallMs / 1000).toFixed(1)} | ${r.msPerPage!.toFixed(2)} | ${r.images.drawn} (${r.images.palette} / ${r.images.rgba}) / ${r.images.cached} / ${(r.images.ms / 1000).toFixed(1)} | ${phase} | ${rss} | ${(d.distBytes / MIB).toFixed(1)} (${(d.pngBytes / MIB).toFixed(1)}) | ${kb(d.pageRawMedian)} / ${kb(d.pageGzipMedian)} | ${kb(d.pageRawMax)} / ${kb(d.pageGzipMax)} (${d.pageRawMaxPath.replace(/index\.html$/, '')}) | ${d.jsBytesMax} |`,
    );
  }
  const find = (n: number, charts: boolean) => results.find((r) => r.n === n && r.charts === charts && r.mode === 'full' && r.pass === 'cold' && r.ok);
  lines.push('');
  for (const n of SIZES) {
    const c = find(n, true);
    const nc = find(n, false);
    if (c && nc) {
      const ratio = c.msPerPage! / nc.msPerPage!;
      const wallRatio = c.wallMs / nc.wallMs;
      lines.push(
        `- N=${n}: charts / no charts = ${ratio.toFixed(2)}× ms per page (${wallRatio.toFixed(2)}× wall time for ${c.dist!.pages} vs ${nc.dist!.pages} pages) — target ≤ ${TARGET.chartOverhead}×: ${verdict(ratio <= TARGET.chartOverhead)}`,
      );
    }
  }
  for (const charts of [true, false]) {
    const a = find(1000, charts);
    const b = find(10000, charts);
    if (a && b) {
      const ratio = b.msPerPage! / a.msPerPage!;
      lines.push(`- ${charts ? 'charts' : 'no charts'}: ms/page at 10 000 vs 1 000 = ${ratio.toFixed(2)}× — target ≤ ${TARGET.scale10000vs1000}×: ${verdict(ratio <= TARGET.scale10000vs1000)}`);
    }
  }
  for (const sh of results.filter((r) => r.mode === 'sharded' && r.ok)) {
    const full = find(sh.n, sh.charts);
    if (full)
      lines.push(
        `- N=${sh.n} ${sh.charts ? 'charts' : 'no charts'}: ${sh.phases.astroProcesses ?? '?'} shards side by side (ATLAS_SHARD_DOCS=${SHARDED_DOCS}, ${cpus().length} cores) ${(sh.wallMs / 1000).toFixed(1)} s vs the default build ${(full.wallMs / 1000).toFixed(1)} s = ${(sh.wallMs / full.wallMs).toFixed(2)}×; peak RSS ${mib(sh.peakRss)} vs ${mib(full.peakRss)} MiB`,
      );
  }
  for (const w of results.filter((r) => r.pass === 'warm' && r.ok)) {
    const c = find(w.n, w.charts);
    if (c)
      lines.push(
        `- N=${w.n} ${w.charts ? 'charts' : 'no charts'}: images ${(c.images.ms / 1000).toFixed(1)} s cold (${c.images.drawn} drawn) vs ${(w.images.ms / 1000).toFixed(1)} s warm (${w.images.drawn} drawn, ${w.images.cached} from the cache); whole build ${(c.wallMs / 1000).toFixed(1)} s cold vs ${(w.wallMs / 1000).toFixed(1)} s warm`,
      );
  }
  for (const r of results.filter((x) => x.mode === 'full' && x.ok)) {
    const beside = besideReadme(r.n, r.charts, r.pass === 'cold' ? 'full, cold image cache' : 'full, warm image cache', r.wallMs);
    if (beside) lines.push(`- N=${r.n} ${r.charts ? 'charts' : 'no charts'}, full build, ${r.pass} image cache: ${(r.wallMs / 1000).toFixed(1)} s${beside}`);
  }
  const t1000 = find(1000, true);
  if (t1000) lines.push(`- N=1000 with charts: ${t1000.msPerPage!.toFixed(2)} ms/page — target ≤ ${TARGET.msPerPageAt1000}: ${verdict(t1000.msPerPage! <= TARGET.msPerPageAt1000)}`);
  for (const r of results.filter((x) => x.n === 10000 && x.mode === 'full')) {
    lines.push(
      `- N=10000 ${r.charts ? 'charts' : 'no charts'}: peak RSS ${mib(r.peakRss)} MiB${r.ok ? '' : ' (build did not finish)'} — target < 2048 MiB: ${verdict(r.ok && r.peakRss < TARGET.rssAt10000)}`,
    );
  }
  const js = results.filter((r) => r.dist);
  if (js.length) {
    const worst = js.reduce((a, b) => (b.dist!.jsBytesMax > a.dist!.jsBytesMax ? b : a));
    const w = worst.dist!;
    lines.push(
      `- JavaScript needed to read a page: median ${Math.max(...js.map((r) => r.dist!.jsBytesMedian))} B, max ${w.jsBytesMax} B${w.jsBytesMax ? ` on ${w.jsBytesMaxPage} (${w.pagesWithJs} page(s) with any script, e.g. ${w.pagesWithJsSample.join(', ')})` : ''} — target 0 on content pages: ${verdict(js.every((r) => r.dist!.jsBytesMedian === 0))}`,
    );
  }
  for (const r of results.filter((x) => !x.ok)) lines.push(`- N=${r.n} ${r.charts ? 'charts' : 'no charts'} failed: ${r.error}`);
  return lines;
}

// ---------------------------------------------------------------- main

mkdirSync(join(PROJECT, 'bench'), { recursive: true });
const work = process.env.BENCH_DIR ? resolve(process.env.BENCH_DIR) : mkdtempSync(join(PROJECT, 'bench', 'work-'));
mkdirSync(work, { recursive: true });
let patches: string[] = [];
if (SNAPSHOT) {
  ENGINE = snapshotEngine(PROJECT, join(work, 'engine'));
  patches = applyPatches(ENGINE, PATCH_NAMES);
  console.error(`Engine: snapshot at ${ENGINE}${patches.length ? ` with prototype patches:\n  ${patches.join('\n  ')}` : ''}`);
}
const outFile = resolve(PROJECT, process.env.BENCH_OUT ?? 'bench/results.json');
mkdirSync(dirname(outFile), { recursive: true });
const meta = {
  date: new Date().toISOString(),
  node: process.version,
  cpus: cpus().length,
  cpuModel: cpus()[0]?.model,
  memoryGiB: Math.round(totalmem() / GIB),
  sizes: SIZES,
  variants: VARIANTS,
  engine: SNAPSHOT ? 'snapshot' : 'in place',
  patches,
  note: 'Wall time of scripts/build.ts (validate + astro build + post-build incl. Pagefind). Other processes on the machine may have run concurrently: see loadavgBefore.',
};
const results: Result[] = [];
const save = () => writeFileSync(outFile, `${JSON.stringify({ meta, targets: TARGET, results, splits, incrementals }, null, 2)}\n`);
console.error(`Benchmark work folder: ${work}`);
/** BENCH_MODES: full (npm run build), sharded (the same, split into shards run side by side), split (shards built by separate processes into folders, then merged). */
const MODES = (process.env.BENCH_MODES ?? 'full,sharded,split,incremental').split(',').map((s) => s.trim());
/** The build's own shard size (scripts/lib/prepare.ts): above it the full build is sharded already, and a split shard must stay under it. */
const DOCS_PER_SHARD = docsPerShard();
const splits: SplitResult[] = [];
const incrementals: IncrementalResult[] = [];
for (const n of SIZES) {
  // Two MDX documents per cluster (one per language).
  const docs = 2 * n;
  for (const v of VARIANTS) {
    for (const mode of ['full', 'sharded'] as const) {
      // Sharded only where that makes several shards and the default build would make one.
      if (!MODES.includes(mode) || (mode === 'sharded' && (docs > DOCS_PER_SHARD || docs <= SHARDED_DOCS))) continue;
      results.push(await runOne(work, n, v === 'charts', mode));
      save();
      if (mode === 'full' && WARM && results.at(-1)!.ok) {
        results.push(await runOne(work, n, v === 'charts', mode, 'warm'));
        save();
      }
    }
    if (MODES.includes('split')) {
      splits.push(await runSplit(work, n, v === 'charts', Number(process.env.BENCH_SPLIT_SHARDS ?? Math.max(2, Math.ceil(docs / DOCS_PER_SHARD)))));
      save();
    }
    if (MODES.includes('incremental')) {
      incrementals.push(await runIncremental(work, n, v === 'charts'));
      save();
    }
  }
}
if (!KEEP && !process.env.BENCH_DIR) rmSync(work, { recursive: true, force: true });
if (patches.length) console.log(`Prototype engine patches (not in src/):\n- ${patches.join('\n- ')}\n`);
if (results.length) console.log(report(results).join('\n'));
if (splits.length) {
  console.log('\nBuilds split across machines (npm run build -- --shard i/n --out, one process each, then npm run merge):');
  for (const sp of splits) {
    const full = results.find((r) => r.n === sp.n && r.charts === sp.charts && r.mode === 'full' && r.ok);
    if (!sp.ok) {
      console.log(`- N=${sp.n} ${sp.charts ? 'charts' : 'no charts'}, ${sp.shards} shards: failed: ${sp.error}`);
      continue;
    }
    const slowest = Math.max(...sp.shardMs);
    const onRunners = slowest + sp.mergeMs;
    console.log(
      `- N=${sp.n} ${sp.charts ? 'charts' : 'no charts'}, ${sp.shards} shards: ${sp.shardMs.map((ms) => (ms / 1000).toFixed(1)).join(' / ')} s per shard, merge ${(sp.mergeMs / 1000).toFixed(1)} s; ` +
        `on ${sp.shards} runners at once ≈ ${(onRunners / 1000).toFixed(1)} s (slowest shard + merge)${full ? `, ${(onRunners / full.wallMs).toFixed(2)}× the full build's ${(full.wallMs / 1000).toFixed(1)} s` : ''}`,
    );
    const slowestLine = besideReadme(sp.n, sp.charts, 'slowest split shard', slowest);
    const mergeLine = besideReadme(sp.n, sp.charts, 'merge', sp.mergeMs);
    if (slowestLine || mergeLine) console.log(`  slowest shard ${(slowest / 1000).toFixed(1)} s${slowestLine}; merge ${(sp.mergeMs / 1000).toFixed(1)} s${mergeLine}`);
  }
}
if (incrementals.length) {
  console.log('\nIncremental builds (npm run build after one change, on the previous build of the same atlas):');
  for (const inc of incrementals) {
    const what = `N=${inc.n} ${inc.charts ? 'charts' : 'no charts'}`;
    console.log(`- ${what}, full build: ${(inc.fullMs / 1000).toFixed(1)} s with an empty image cache${besideReadme(inc.n, inc.charts, 'full, cold image cache', inc.fullMs)}`);
    if (inc.fullWarmMs)
      console.log(`- ${what}, full build, images from the cache: ${(inc.fullWarmMs / 1000).toFixed(1)} s${besideReadme(inc.n, inc.charts, 'full, warm image cache', inc.fullWarmMs)}`);
    // Speed-ups against the full build with a filled image cache (the usual rebuild) when it ran.
    const basis = inc.fullWarmMs ?? inc.fullMs;
    const basisName = inc.fullWarmMs ? 'full build with the image cache' : 'full build with an empty image cache';
    for (const st of inc.steps) {
      const speedUp = basis / st.ms;
      // Issue 18: one figure changed in a 10 000-cluster atlas, rebuilt in ≤ 30 s and ≥ 20× faster than a full build.
      const target = inc.n === 10000 && st.ok && st.change.includes('figure') ? ` — target ≤ 30 s and ≥ 20×: ${verdict(st.ms <= 30_000 && speedUp >= 20)}` : '';
      console.log(
        `- ${what}, ${st.change}: ${st.ok ? `${(st.ms / 1000).toFixed(1)} s, ${st.rendered} of ${st.of} files rendered again; ${basisName} ${(basis / 1000).toFixed(1)} s = ${speedUp.toFixed(1)}× faster${st.phases ? ` (${st.phases})` : ''}` : st.fullBecause ? `a full build, ${(st.ms / 1000).toFixed(1)} s: ${st.fullBecause}` : `failed: ${st.error}`}${besideReadme(inc.n, inc.charts, st.change, st.ms)}${target}`,
      );
    }
  }
}
const big = results.filter((r) => r.peakBreakdown.length).sort((x, y) => y.peakRss - x.peakRss)[0];
if (big) {
  console.log(`\nPeak RSS by process at the peak of the most memory-hungry build (N=${big.n}, ${big.charts ? 'charts' : 'no charts'}):`);
  console.log(big.peakBreakdown.map((p) => `  ${p.name}: ${mib(p.rss)} MiB`).join('\n'));
}
console.log(`\nResults: ${outFile}. Timings are wall-clock on a shared machine; see loadavgBefore per run.`);
