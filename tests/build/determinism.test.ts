import { createHash } from 'node:crypto';
import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildAtlas, hashTree, listFiles, MINI, PROJECT, tempDir } from '../lib/atlas-fixtures.ts';
import { SITE_DIST } from '../lib/site-builds.ts';

/**
 * The same files make the same site, byte for byte: no build timestamps, no random ids, no order
 * that depends on the file system or on timing. Nothing is exempt.
 */

function fileHashes(dir: string): Map<string, string> {
  return new Map(
    listFiles(dir).map((f) => [
      f,
      createHash('sha256')
        .update(readFileSync(join(dir, f)))
        .digest('hex'),
    ]),
  );
}

/** Files that exist in one tree only, or differ. */
function differences(a: string, b: string): string[] {
  const ha = fileHashes(a);
  const hb = fileHashes(b);
  const out: string[] = [];
  for (const [f, h] of ha)
    if (!hb.has(f)) out.push(`only in ${a}: ${f}`);
    else if (hb.get(f) !== h) out.push(`differs: ${f}`);
  for (const f of hb.keys()) if (!ha.has(f)) out.push(`only in ${b}: ${f}`);
  return out;
}

/** The content cache astro.config.mjs keys on the atlas root (when the build sets no cache of its own), removed afterwards. */
const cacheOf = (root: string) => join(PROJECT, 'node_modules/.astro-cache', createHash('sha256').update(root).digest('hex').slice(0, 12));
const cleanup: string[] = [];

afterAll(() => {
  for (const p of cleanup) rmSync(p, { recursive: true, force: true });
});

describe('deterministic builds', () => {
  it('two clean builds of the mini atlas are byte-identical', () => {
    const dists: string[] = [];
    for (const n of [1, 2]) {
      // Each build gets its own copy of the atlas (nothing cached for that root yet) and its own output folder.
      const root = tempDir(`det-mini-${n}`);
      cpSync(MINI, root, { recursive: true });
      cleanup.push(root, cacheOf(root));
      const dist = join(root, 'out');
      const r = buildAtlas(root, dist);
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      dists.push(dist);
    }
    const diff = differences(dists[0]!, dists[1]!);
    expect(diff, diff.join('\n')).toEqual([]);
    expect(hashTree(dists[0]!)).toBe(hashTree(dists[1]!));
  }, 300_000);

  it('a build split into shards (one Astro process each, several at once) is byte-identical to a build in one piece', () => {
    const dists: string[] = [];
    for (const [name, env] of [
      ['whole', {}],
      ['sharded', { ATLAS_SHARD_DOCS: '2', ATLAS_BUILD_JOBS: '3' }],
    ] as const) {
      const root = tempDir(`shard-mini-${name}`);
      cpSync(MINI, root, { recursive: true });
      cleanup.push(root, cacheOf(root));
      const dist = join(root, 'out');
      const r = buildAtlas(root, dist, env);
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      // Six MDX documents, two per shard: three shards, all three Astro processes running side by side.
      if (name === 'sharded') expect(r.stdout).toMatch(/\(3 shards, 3 at a time\)/);
      else expect(r.stdout).not.toMatch(/shards\)/);
      dists.push(dist);
    }
    const diff = differences(dists[0]!, dists[1]!);
    expect(diff, diff.join('\n')).toEqual([]);
  }, 300_000);

  it('a fresh build of this site is byte-identical to the one the tests inspect', () => {
    const dist = join(tempDir('det-site'), 'dist');
    cleanup.push(join(dist, '..'));
    const r = buildAtlas(PROJECT, dist);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    const diff = differences(SITE_DIST, dist);
    // If content/ or data/ changed while the tests ran, this fails too: rerun on a quiet tree.
    expect(diff, `${diff.length} file(s) differ:\n${diff.slice(0, 50).join('\n')}`).toEqual([]);
  }, 300_000);
});
