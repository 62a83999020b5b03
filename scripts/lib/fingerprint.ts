import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** What makes the engine: its code, its dependencies (the lock file) and its configuration. */
export const ENGINE_FILES = ['src', 'scripts', 'package.json', 'package-lock.json', 'astro.config.mjs', 'tsconfig.json'];

/** Hash of the engine's files (paths and bytes, in a fixed order): the engine version a build is made by. */
export function engineVersion(project: string): string {
  const h = createHash('sha256');
  const add = (path: string) => {
    if (!existsSync(path)) return;
    if (statSync(path).isDirectory()) for (const name of readdirSync(path).sort()) add(join(path, name));
    else h.update(relative(project, path)).update('\0').update(readFileSync(path)).update('\0');
  };
  for (const f of ENGINE_FILES) add(join(project, f));
  return h.digest('hex');
}

/**
 * What a shard's output depends on as a whole: engine version, validated atlas (the snapshot file)
 * and where the site lives. Shards joined by the merge step must agree on it.
 */
export function buildFingerprint(engine: string, snapshotFile: string, where: { site: string; base: string }): string {
  return createHash('sha256').update(engine).update('\0').update(readFileSync(snapshotFile)).update('\0').update(JSON.stringify(where)).digest('hex');
}
