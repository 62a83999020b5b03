/**
 * Site search: Pagefind indexes the built pages into bundles of one language and at most
 * PART_PAGES pages each, each written by a Pagefind process of its own (as many at once as the
 * machine has cores), so indexing memory depends on the part size and not on the size of the atlas
 * (one Pagefind process over 40 000 pages needed 7 GiB). The search page loads its language's first bundle and merges the
 * others in the browser (Pagefind's mergeIndex); pagefind/bundles.json lists them.
 *
 * One language per bundle, because Pagefind falls back to a bundle's largest language when the
 * reader's is missing: a bundle holding only Indonesian pages would answer English searches.
 *
 * Indexed: pages with data-pagefind-body (Base.astro marks the main content). Pages that summarise
 * the atlas come first, in path order; then each entity's pages together (scripts/lib/search-groups.ts),
 * a group never split across two bundles unless it alone is larger than one. So the same pages
 * always make the same bundles whatever the Astro shards were, and one changed figure reaches the
 * small summary bundle and one bundle of entities per language, not every bundle its pages fall in.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, relative } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { BundleJob } from './search-bundle.ts';

/**
 * Pages per bundle; each Pagefind process needs roughly 0.2 MiB per page (measured, see README).
 * 2 500 rather than 5 000: a figure change re-indexes one entity bundle per language, and at 10 000
 * clusters halving it took the incremental build from 33.5 to 27.8 s, for 18 bundles per language
 * for a search to merge instead of 9 (README, Performance).
 */
export const PART_PAGES = partPages(process.env.ATLAS_SEARCH_PART_PAGES);

function partPages(value: string | undefined): number {
  const n = Number(value ?? 2500);
  if (!Number.isInteger(n) || n < 1) throw new Error(`ATLAS_SEARCH_PART_PAGES must be a whole number ≥ 1; found "${value}"`);
  return n;
}

/** pagefind/bundles.json: for each language, its bundles' folders relative to the site root, first one first. */
export type BundleList = Record<string, string[]>;

export const BUNDLE_LIST = 'pagefind/bundles.json';

/** Folder of a language's n-th bundle (0-based): pagefind/id/, pagefind/id-2/, … */
export function bundleFolder(lang: string, n: number): string {
  return `pagefind/${lang}${n === 0 ? '' : `-${n + 1}`}/`;
}

/** The HTML files under dir (not its search index), relative to it, sorted as strings. */
export function htmlFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (from: string) => {
    for (const e of readdirSync(from, { withFileTypes: true })) {
      const p = join(from, e.name);
      if (e.isDirectory()) {
        if (p !== join(dir, 'pagefind')) walk(p);
      } else if (e.name.endsWith('.html')) out.push(relative(dir, p));
    }
  };
  walk(dir);
  return out.sort();
}

const LANG = /<html\b[^>]*?\slang=["']?([A-Za-z-]+)/i;

/** Each bundle folder → the pages it indexes, in order: what an incremental build keeps to reuse bundles. */
export type BundlePages = Record<string, string[]>;

/**
 * What an incremental build knows (scripts/lib/incremental.ts): the bundles of the previous build,
 * still in dir/pagefind/, and the pages written or removed since. A bundle whose pages are the same
 * list as before, none of them written again, is kept as it is: Pagefind makes the same files from
 * the same pages, and each bundle is indexed on its own.
 */
export interface BundleReuse {
  previous: BundlePages;
  changed: Set<string>;
  /** Gets each bundle folder written again or removed, and the bundle list (the next spare tree's diff). */
  touched?: Set<string>;
}

export interface SearchIndexOptions {
  /** Pages per bundle. */
  partSize?: number;
  reuse?: BundleReuse;
  /** Bundles indexed at a time (default: the machine's cores). */
  jobs?: number;
  groups?: SearchGroups;
  /** htmlFiles(dir), when the caller has walked the tree already. */
  files?: string[];
  /**
   * Run while Pagefind indexes, with each bundle's pages (what is returned), once the bundle list is
   * written and every bundle folder that goes is gone (so `reuse.touched` is complete); its failure
   * fails the call, after the indexing has ended.
   */
  meanwhile?: (pages: BundlePages) => Promise<void>;
}

/**
 * Indexes dir's pages into dir/pagefind/; throws (keeping the old site) on any Pagefind error.
 * Returns each bundle's pages; with `reuse`, bundles that nothing reached are kept, not indexed again.
 */
export async function writeSearchIndex(dir: string, options: SearchIndexOptions = {}): Promise<BundlePages> {
  const { partSize = PART_PAGES, reuse, jobs = availableParallelism(), groups = {} } = options;
  const byLang = new Map<string, string[]>();
  const known = reuse ? previousLanguages(dir, reuse.previous) : undefined;
  for (const file of options.files ?? htmlFiles(dir)) {
    // A page the incremental build did not write is the previous build's: its language and whether it
    // is searchable are known without reading it again (100 000 pages at 10 000 clusters).
    const lang = known && !reuse!.changed.has(file) ? known.get(file) : readLanguage(dir, file);
    if (lang === undefined) continue;
    if (!byLang.has(lang)) byLang.set(lang, []);
    byLang.get(lang)!.push(file);
  }
  if (byLang.size === 0) throw new Error('Pagefind indexed no page (is data-pagefind-body missing?)');

  const list: BundleList = {};
  const pages: BundlePages = {};
  const toWrite: { files: string[]; folder: string }[] = [];
  for (const lang of [...byLang.keys()].sort()) {
    list[lang] = [];
    for (const [n, slice] of cutBundles(byLang.get(lang)!, groups, partSize).entries()) {
      const folder = bundleFolder(lang, n);
      pages[folder] = slice;
      list[lang].push(folder);
      const before = reuse?.previous[folder];
      const same = before && before.length === slice.length && before.every((f, i) => f === slice[i]) && !slice.some((f) => reuse!.changed.has(f));
      if (same && existsSync(join(dir, folder))) continue;
      reuse?.touched?.add(folder.slice(0, -1));
      rmSync(join(dir, folder), { recursive: true, force: true });
      toWrite.push({ files: slice, folder });
    }
  }
  // Bundles of the previous build that no longer exist (fewer pages now).
  if (existsSync(join(dir, 'pagefind')))
    for (const name of readdirSync(join(dir, 'pagefind'))) {
      if (name !== 'bundles.json' && !(`pagefind/${name}/` in pages)) {
        rmSync(join(dir, 'pagefind', name), { recursive: true, force: true });
        reuse?.touched?.add(`pagefind/${name}`);
      }
    }
  mkdirSync(join(dir, 'pagefind'), { recursive: true });
  // Removed first: in an incremental build it may be a link to the live dist/'s file (scripts/lib/incremental.ts).
  rmSync(join(dir, BUNDLE_LIST), { force: true });
  writeFileSync(join(dir, BUNDLE_LIST), JSON.stringify(list));
  reuse?.touched?.add(BUNDLE_LIST);
  // Bundles are independent: `jobs` at a time, each in a worker thread with a Pagefind process of its
  // own (scripts/lib/search-bundle.ts), closed after it (which returns its memory, about 0.2 MiB per
  // page held). Same files as one at a time (unit-tested). Largest first, so the last bundle to start
  // is a small one.
  toWrite.sort((a, b) => b.files.length - a.files.length);
  let failure: Error | undefined;
  const worker = async () => {
    for (let b = toWrite.shift(); b && !failure; b = toWrite.shift()) {
      try {
        await indexInWorker({ dir, files: b.files, outputPath: join(dir, b.folder) });
      } catch (err) {
        failure ??= err as Error;
      }
    }
  };
  const indexing = Promise.all(Array.from({ length: Math.max(1, Math.min(jobs, toWrite.length)) }, worker));
  const [side] = await Promise.allSettled([options.meanwhile?.(pages), indexing]);
  if (failure) throw failure;
  if (side.status === 'rejected') throw side.reason;
  return pages;
}

/** Each entity page's HTML file → its group (scripts/lib/search-groups.ts); pages not in it are summaries. */
export type SearchGroups = Record<string, string>;

/**
 * One language's pages (in path order) cut into bundles of at most partSize: the summaries first,
 * then the grouped pages by group, each group whole in one bundle unless it alone exceeds partSize.
 * Pages that fit in one bundle stay in one, in path order: a bundle is one more download per search.
 */
export function cutBundles(files: string[], groups: SearchGroups, partSize: number): string[][] {
  if (files.length <= partSize) return [files];
  const bundles: string[][] = [];
  const hubs = files.filter((f) => groups[f] === undefined);
  for (let i = 0; i < hubs.length; i += partSize) bundles.push(hubs.slice(i, i + partSize));
  // Sorted by group; Array.prototype.sort is stable, so pages keep path order within a group.
  const grouped = files.filter((f) => groups[f] !== undefined).sort((a, b) => (groups[a]! < groups[b]! ? -1 : groups[a]! > groups[b]! ? 1 : 0));
  let current: string[] = [];
  for (let i = 0; i < grouped.length; ) {
    let end = i + 1;
    while (end < grouped.length && groups[grouped[end]!] === groups[grouped[i]!]) end++;
    const run = grouped.slice(i, end);
    i = end;
    if (current.length > 0 && current.length + run.length > partSize) {
      bundles.push(current);
      current = [];
    }
    for (const page of run) {
      if (current.length === partSize) {
        bundles.push(current);
        current = [];
      }
      current.push(page);
    }
  }
  if (current.length > 0) bundles.push(current);
  return bundles;
}

/** A searchable page's language (undefined for a page outside search). */
function readLanguage(dir: string, file: string): string | undefined {
  const html = readFileSync(join(dir, file), 'utf8');
  if (!html.includes('data-pagefind-body')) return undefined;
  const lang = LANG.exec(html)?.[1]?.toLowerCase();
  if (!lang) throw new Error(`${file}: a searchable page without <html lang>; search bundles are split by language`);
  return lang;
}

/**
 * Each page of the previous build's bundles → its language, from the bundle list still in dir (the
 * previous build's); undefined when there is none, and then every page is read.
 */
function previousLanguages(dir: string, previous: BundlePages): Map<string, string> | undefined {
  let list: BundleList;
  try {
    list = JSON.parse(readFileSync(join(dir, BUNDLE_LIST), 'utf8')) as BundleList;
  } catch {
    return undefined;
  }
  const langs = new Map<string, string>();
  for (const [lang, folders] of Object.entries(list)) for (const folder of folders) for (const page of previous[folder] ?? []) langs.set(page, lang);
  return langs;
}

/** One bundle indexed in a worker thread; rejects with Pagefind's errors. */
function indexInWorker(job: BundleJob): Promise<void> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./search-bundle.ts', import.meta.url), { workerData: { searchBundle: job } });
    let answer: { ok: boolean; message?: string } | undefined;
    worker.on('message', (m: { ok: boolean; message?: string }) => {
      answer = m;
    });
    worker.on('error', reject);
    worker.on('exit', (code) => {
      if (answer?.ok) resolve();
      else reject(new Error(answer?.message ?? `Pagefind (${relative(job.dir, job.outputPath)}) stopped before the bundle was written (its worker exited with ${code})`));
    });
  });
}
