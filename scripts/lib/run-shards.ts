import { spawn, type ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * Runs Astro once per shard, up to `jobs` processes at a time. Each process gets a folder of its own
 * in the stage: its output (shard-k/), its Astro root (root-k/: Astro's .astro state and Vite's cache,
 * see astro.config.mjs) and its content cache (cache-k/), so processes running side by side share no
 * file. Output does not depend on which process renders a page, so any number of jobs gives the same
 * tree (tests/build/determinism.test.ts).
 */
export interface ShardRun {
  project: string;
  stage: string;
  root: string;
  snapshot: string;
  /** Shards to build, 0-based, and how many there are in all. */
  shards: number[];
  count: number;
  jobs: number;
  heapMb: number;
  env: NodeJS.ProcessEnv;
  /** Stops the processes (SIGTERM) when aborted, and no more start: a build that started Astro early and then builds otherwise. */
  signal?: AbortSignal;
  /**
   * A run started while the atlas is being validated (scripts/build.ts): only the first `early`
   * processes start at once, the others once `ready` resolves true, when validation has passed.
   * Until then what the processes print is held back, and dropped if `ready` resolves false: Astro
   * meets the same broken input that validation reports with its file, line and field, and says it worse.
   */
  head?: { early: number; ready: Promise<boolean> };
}

export const shardOut = (stage: string, k: number) => join(stage, `shard-${k}`);
const astroRoot = (stage: string, k: number) => join(stage, `root-${k}`);
const contentCache = (stage: string, k: number) => join(stage, `cache-${k}`);

/** Removes what a process for shard k left in the stage (its output, Astro root and content cache). */
export function clearShard(stage: string, k: number): void {
  for (const dir of [shardOut(stage, k), astroRoot(stage, k), contentCache(stage, k)]) rmSync(dir, { recursive: true, force: true });
}
export const trackFile = (stage: string, k: number) => join(stage, `track-${k}.json`);

/** Processes still running, so a signal handler can stop them (children of a CI-cancelled build must not outlive it). */
export const running = new Set<ChildProcess>();

/** ATLAS_BUILD_JOBS or --jobs: how many Astro processes at once; default one per core. */
export function parseJobs(value: string | undefined): number {
  if (value === undefined || value === '') return availableParallelism();
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`the number of build jobs (--jobs or ATLAS_BUILD_JOBS) must be a whole number ≥ 1; found "${value}"`);
  return n;
}

/** Resolves with undefined when every shard built, or with the first failure's message (the others are stopped). */
export async function runShards(run: ShardRun): Promise<string | undefined> {
  const queue = [...run.shards];
  let failure: string | undefined;
  /** This call's Astro processes: a failure stops these, not the build's other children (its validation step may still be saving the parse cache). */
  const mine = new Set<ChildProcess>();
  const one = (k: number) =>
    new Promise<void>((done) => {
      const shardEnv = run.count > 1 ? { ATLAS_SHARD: `${k}/${run.count}` } : {};
      const held = run.head && !validated;
      const child = spawn(process.execPath, [`--max-old-space-size=${run.heapMb}`, resolve(run.project, 'node_modules/astro/bin/astro.mjs'), 'build', '--silent'], {
        cwd: run.project,
        stdio: held ? ['inherit', 'pipe', 'pipe'] : 'inherit',
        signal: run.signal,
        env: {
          ...run.env,
          ...shardEnv,
          ATLAS_ROOT: run.root,
          ATLAS_SNAPSHOT: run.snapshot,
          OUT_DIR: shardOut(run.stage, k),
          ATLAS_ASTRO_ROOT: astroRoot(run.stage, k),
          ASTRO_CACHE_DIR: contentCache(run.stage, k),
          ASTRO_TELEMETRY_DISABLED: '1',
          // What each output read (src/lib/track.ts), for the next build's manifest (scripts/lib/incremental.ts).
          ATLAS_TRACK_FILE: trackFile(run.stage, k),
        },
      });
      running.add(child);
      mine.add(child);
      if (held) holdOutput(child, run.head!.ready);
      // An abort ends in 'exit' below, like a kill; a process that never started ends here.
      child.on('error', (err) => {
        if (child.pid !== undefined) return;
        running.delete(child);
        mine.delete(child);
        failure ??= `astro build could not start: ${err.message}`;
        done();
      });
      child.on('exit', (status, signal) => {
        running.delete(child);
        mine.delete(child);
        if (status === 0) for (const dir of [astroRoot(run.stage, k), contentCache(run.stage, k)]) rmSync(dir, { recursive: true, force: true });
        if (status !== 0 && !failure) {
          // V8 aborts a process that outgrows its heap: say which knobs help.
          const outOfMemory = signal === 'SIGABRT' || status === 134;
          failure =
            `astro build${run.count > 1 ? ` (shard ${k + 1} of ${run.count})` : ''} exited with ${status ?? signal}.` +
            (outOfMemory ? ` If it ran out of memory, raise ATLAS_BUILD_HEAP_MB (now ${run.heapMb}), lower ATLAS_SHARD_DOCS or run fewer jobs at once (--jobs).` : '');
          for (const other of mine) other.kill('SIGTERM');
        }
        done();
      });
    });
  let validated = false;
  run.head?.ready.then((ok) => (validated = ok));
  const worker = async (w: number) => {
    if (run.head && w >= run.head.early && !(await run.head.ready)) return;
    for (let k = queue.shift(); k !== undefined && !failure && !run.signal?.aborted; k = queue.shift()) await one(k);
  };
  await Promise.all(Array.from({ length: Math.min(run.jobs, run.shards.length) }, (_, w) => worker(w)));
  return failure;
}

/** A child's output (spawned with stdout and stderr piped), held until `ready` says whether to pass it on (then as it comes) or drop it. */
export function holdOutput(child: ChildProcess, ready: Promise<boolean>, out: NodeJS.WritableStream = process.stdout, err: NodeJS.WritableStream = process.stderr): void {
  for (const [from, to] of [
    [child.stdout!, out],
    [child.stderr!, err],
  ] as const) {
    const held: Buffer[] = [];
    let show: boolean | undefined;
    from.on('data', (chunk: Buffer) => (show === undefined ? held.push(chunk) : show && to.write(chunk)));
    ready.then((ok) => {
      show = ok;
      if (ok) for (const chunk of held.splice(0)) to.write(chunk);
      else held.length = 0;
    });
  }
}
