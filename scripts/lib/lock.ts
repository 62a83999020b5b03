import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ownerRuns, ownRecord, readOwner } from './owner.ts';

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

/** A lock folder being created has no owner file yet for a moment; older than this, it is an orphan. */
const CREATING_MS = 10_000;

/**
 * Runs `fn` while holding a lock folder. Astro keeps per-project state in <project>/.astro
 * (generated content modules), so two builds of one project must not run their Astro step at once.
 *
 * The lock is released on every way out: return, throw, process.exit() (an 'exit' listener), and
 * SIGINT/SIGTERM/SIGHUP (scripts/build.ts turns those into an exit). Only SIGKILL or a power cut
 * leave it behind, and then the next build takes it over: its owner (scripts/lib/owner.ts) no longer
 * runs, or the process with its id started after the lock was taken.
 */
export function withLock<T>(dir: string, fn: () => T, timeoutMs = 30 * 60_000): T {
  const release = acquireLock(dir, timeoutMs);
  try {
    return fn();
  } finally {
    release();
  }
}

/** withLock for work that runs asynchronously (the build's Astro processes run side by side): released when `fn` settles. */
export async function withLockAsync<T>(dir: string, fn: () => Promise<T>, timeoutMs = 30 * 60_000): Promise<T> {
  const release = acquireLock(dir, timeoutMs);
  try {
    return await fn();
  } finally {
    release();
  }
}

/** Takes the lock (waiting for a running owner, taking over an orphan); returns its release. */
export function acquireLock(dir: string, timeoutMs = 30 * 60_000): () => void {
  const lock = join(dir, '.atlas-build.lock');
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'owner.json'), ownRecord());
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const owner = readOwner(join(lock, 'owner.json'));
      const orphan = owner ? !ownerRuns(owner) : ageMs(lock) > CREATING_MS;
      if (orphan) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > timeoutMs) throw new Error(`another build (process ${owner?.pid}) has held ${lock} for ${timeoutMs / 60_000} minutes`);
      else sleep(200);
    }
  }
  const remove = () => rmSync(lock, { recursive: true, force: true });
  process.on('exit', remove);
  return () => {
    process.off('exit', remove);
    remove();
  };
}

function ageMs(path: string): number {
  try {
    return Date.now() - statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
