import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const sleep = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Runs `fn` while holding a lock folder. Astro keeps per-project state in <project>/.astro
 * (generated content modules), so two builds of one project must not run their Astro step at once.
 * A lock left by a process that died is taken over.
 */
export function withLock<T>(dir: string, fn: () => T, timeoutMs = 30 * 60_000): T {
  const lock = join(dir, '.atlas-build.lock');
  const started = Date.now();
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(join(lock, 'pid'), String(process.pid));
      break;
    } catch {
      let owner = NaN;
      try {
        owner = Number(readFileSync(join(lock, 'pid'), 'utf8'));
      } catch {
        // Being created right now: wait.
      }
      if (Number.isFinite(owner) && owner > 0 && !alive(owner)) rmSync(lock, { recursive: true, force: true });
      else if (Date.now() - started > timeoutMs) throw new Error(`another build has held ${lock} for ${timeoutMs / 60_000} minutes`);
      else sleep(200);
    }
  }
  try {
    return fn();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}
