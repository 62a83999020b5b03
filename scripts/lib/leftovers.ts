import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { ownerRuns, ownRecord, readOwner, type Owner } from './owner.ts';

/** Stage folders of builds in the project folder: `.atlas-build-<pid>`. */
const STAGE = /^\.atlas-build-(\d+)$/;

/** Creates this build's stage folder with its owner record, so a later build can tell it from a leftover. */
export function makeStage(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'owner.json'), ownRecord());
}

/**
 * Removes what builds killed mid-way left behind (SIGKILL, a power cut: nothing of theirs could
 * run): stage folders in the project and `<dist>.tmp-<pid>` / `<dist>.old-<pid>` beside dist/.
 * A folder of a build that still runs (other builds may run at the same time) is kept.
 * Returns the paths removed.
 */
export function removeLeftovers(project: string, dist: string): string[] {
  const removed: string[] = [];
  const sweep = (dir: string, pattern: RegExp) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir)) {
      const m = pattern.exec(name);
      if (!m || Number(m[1]) === process.pid) continue;
      const path = join(dir, name);
      // Folders without an owner record (killed before writing it, or renamed outputs) count from
      // their last change: their process started before it.
      const owner: Owner = readOwner(join(path, 'owner.json')) ?? { pid: Number(m[1]), time: mtime(path) };
      if (ownerRuns(owner) || removing(owner.pid, path)) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    }
  };
  sweep(project, STAGE);
  const name = basename(dist).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  sweep(dirname(dist), new RegExp(`^${name}\\.(?:tmp|old)-(\\d+)$`));
  return removed;
}

/**
 * Whether process `pid` is a remover (removeInBackground) of `path`, from its command line in
 * Linux's /proc: a check that does not depend on clocks, for a remover outliving a wall-clock step
 * (a 10 000-cluster tree takes minutes to remove while other builds run).
 */
function removing(pid: number, path: string): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').includes(path);
  } catch {
    return false;
  }
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

/** The detached remover: waits for its owner record to be written (stdin closes), then removes. */
const REMOVER = `try { require('node:os').setPriority(19); } catch {}
process.stdin.resume();
process.stdin.on('end', () => require('node:fs').rmSync(process.argv[1], { recursive: true, force: true }));`;

/**
 * Removes a folder (a replaced `<dist>.old-<pid>`) in a detached process that outlives the build, so
 * a build returns once its site is in place: at 10 000 clusters the tree a full build replaces is
 * some 240 000 files in 100 000 folders, 48–115 s to remove. The remover's owner record, written into
 * the folder before it starts, keeps removeLeftovers in later builds off it while it runs; if it is
 * killed, the next build removes what is left. Where no process can be started, removes it here.
 */
export function removeInBackground(dir: string): void {
  const child = spawn(process.execPath, ['-e', REMOVER, dir], { detached: true, stdio: ['pipe', 'ignore', 'ignore'] });
  if (child.pid === undefined) {
    child.on('error', () => {});
    rmSync(dir, { recursive: true, force: true });
    return;
  }
  try {
    writeFileSync(join(dir, 'owner.json'), JSON.stringify({ pid: child.pid, time: Date.now() } satisfies Owner));
  } finally {
    child.stdin!.end();
    child.unref();
  }
}
