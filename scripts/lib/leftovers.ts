import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
      if (ownerRuns(owner)) continue;
      rmSync(path, { recursive: true, force: true });
      removed.push(path);
    }
  };
  sweep(project, STAGE);
  const name = basename(dist).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  sweep(dirname(dist), new RegExp(`^${name}\\.(?:tmp|old)-(\\d+)$`));
  return removed;
}

function mtime(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}
