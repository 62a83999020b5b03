/**
 * What each output file of a build read of the atlas, for incremental builds (scripts/lib/incremental.ts).
 *
 * Astro renders one page or endpoint at a time (build.concurrency 1), so "the current output" is the
 * one whose frontmatter or GET ran last: `beginOutput` marks it, and every read through atlas()'s
 * tracked view (src/lib/atlas.ts) or a lookup adds a dependency key to it (`figure:<id>`,
 * `scope:region:35`, `mdx:clusters/id/kopi-dogiyai.mdx`, `all:figures` …; `atlas.ts` says what each
 * key's value is). Memoised results replay the keys read when they were computed, so a page that
 * takes a chart from the cache depends on the chart's data as much as the page that drew it.
 *
 * ATLAS_TRACK_FILE: where the process writes, on exit, every output it was asked about (rendered or
 * not) and the keys each rendered output read. ATLAS_WANTED: a file listing the outputs an
 * incremental build re-renders ("dirty") and the outputs the previous build had ("known"); an output
 * in neither is new and rendered too.
 */
import { readFileSync, writeFileSync } from 'node:fs';

/** A dependency that is always out of date: for an output whose inputs are computed before it runs (none does now). */
export const ALWAYS = '*';

interface TrackState {
  current: Set<string> | undefined;
  deps: Map<string, Set<string>>;
  seen: Set<string>;
  wanted: { dirty: Set<string>; known: Set<string> } | undefined;
  suspended: number;
}

// On globalThis: Astro's build may bundle this module into more than one chunk.
const KEY = Symbol.for('atlas-ikm.track');
const holder = globalThis as Record<symbol, TrackState | undefined>;
if (!holder[KEY]) holder[KEY] = createState();
const state = holder[KEY] as TrackState;

function createState(): TrackState {
  const s: TrackState = { current: undefined, deps: new Map(), seen: new Set(), wanted: undefined, suspended: 0 };
  const wantedFile = process.env.ATLAS_WANTED;
  if (wantedFile) {
    const w = JSON.parse(readFileSync(wantedFile, 'utf8')) as { dirty: string[]; known: string[] };
    s.wanted = { dirty: new Set(w.dirty), known: new Set(w.known) };
  }
  const out = process.env.ATLAS_TRACK_FILE;
  if (out) process.on('exit', () => writeFileSync(out, JSON.stringify(trackResult(s))));
  return s;
}

export interface TrackResult {
  /** Every output getStaticPaths offered, rendered or not, sorted. */
  seen: string[];
  /** For each rendered output, the keys it read, sorted. */
  deps: Record<string, string[]>;
}

function trackResult(s: TrackState): TrackResult {
  const deps: Record<string, string[]> = {};
  for (const output of [...s.deps.keys()].sort()) deps[output] = [...s.deps.get(output)!].sort();
  return { seen: [...s.seen].sort(), deps };
}

/**
 * Whether this process renders an output (a file path inside dist/, e.g. `klaster/kopi-dogiyai/index.html`):
 * always in a full build; in an incremental one when it is dirty or new. Called by getStaticPaths.
 */
export function wantOutput(output: string): boolean {
  state.seen.add(output);
  const w = state.wanted;
  return !w || w.dirty.has(output) || !w.known.has(output);
}

/** The output being rendered from now on; `deps` are keys it depends on whatever it reads (its own route). */
export function beginOutput(output: string, ...deps: string[]): void {
  const set = new Set(deps);
  state.deps.set(output, set);
  state.current = set;
}

/**
 * Another output written by the current render (a page's social card): it shares the render's
 * dependencies, those read before this call and after it.
 */
export function alsoOutput(output: string): void {
  if (state.current) state.deps.set(output, state.current);
}

/** The keys an output has read so far, sorted (what the track file will hold for it). */
export function readBy(output: string): string[] {
  return [...(state.deps.get(output) ?? [])].sort();
}

/** Adds a dependency of the current output (none outside a render: getStaticPaths, validation, tests). */
export function record(key: string): void {
  if (state.current && state.suspended === 0) state.current.add(key);
}

/** Runs `f` without recording: for tables built once from everything (lookups record their own keys). */
export function untracked<T>(f: () => T): T {
  state.suspended++;
  try {
    return f();
  } finally {
    state.suspended--;
  }
}

interface Remembered<T> {
  value: T;
  deps: Set<string>;
}

/**
 * A memo whose hits replay the dependencies recorded when the value was computed. Every cache of
 * something computed from the atlas goes through one of these, or incremental builds would miss
 * the pages that took the cached value.
 */
export class TrackedMemo<T> {
  private readonly entries = new Map<string, Remembered<T>>();

  get(key: string, compute: () => T): T {
    let hit = this.entries.get(key);
    if (!hit) {
      const outer = state.current;
      const deps = new Set<string>();
      state.current = deps;
      try {
        hit = { value: compute(), deps };
      } finally {
        state.current = outer;
      }
      this.entries.set(key, hit);
    }
    for (const d of hit.deps) record(d);
    return hit.value;
  }
}
