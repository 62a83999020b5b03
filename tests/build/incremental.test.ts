import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { keysPath, manifestPath } from '../../scripts/lib/incremental.ts';
import { buildAtlas, hashTree, listFiles, MINI, PROJECT, tempDir } from '../lib/atlas-fixtures.ts';

/**
 * Issue 18, item 1: a build after a change renders only what the change reaches (scripts/lib/incremental.ts)
 * and gives the same tree, byte for byte, as a clean build of the same inputs. Each change below is
 * made on top of the previous ones; after each, the incremental tree is compared with a clean one.
 */

const root = tempDir('incremental-mini');
cpSync(MINI, root, { recursive: true });
const dist = join(root, 'out');
const clean = join(root, 'clean');
afterAll(() => rmSync(root, { recursive: true, force: true }));

function edit(file: string, from: string | RegExp, to: string) {
  const path = join(root, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`${file}: "${from}" not found`);
  writeFileSync(path, next);
}

/** Files that exist in one tree only, or differ. */
function differences(a: string, b: string): string[] {
  const fa = new Set(listFiles(a));
  const fb = new Set(listFiles(b));
  const out: string[] = [];
  for (const f of fa) if (!fb.has(f)) out.push(`only incremental: ${f}`);
  for (const f of fb) if (!fa.has(f)) out.push(`only clean: ${f}`);
  for (const f of fa) if (fb.has(f) && !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))) out.push(`differs: ${f}`);
  return out;
}

/** Builds incrementally, then clean; returns how many files the incremental build rendered and of how many. */
function buildBothWays(hashedEarly = true): { rendered: number; of: number; stdout: string } {
  const inc = buildAtlas(root, dist);
  expect(inc.status, `${inc.stdout}\n${inc.stderr}`).toBe(0);
  const m = /Incremental build: \d+ changed inputs? reach (\d+) of (\d+) files/.exec(inc.stdout);
  expect(m, inc.stdout).not.toBeNull();
  // The previous build's keys were hashed by the validation step, in the atlas it had just validated.
  if (hashedEarly) expect(inc.stdout).toContain('plan (keys hashed while validating; the snapshot written meanwhile)');
  else expect(inc.stdout).toMatch(/Steps: validate [\d.]+ s, plan [\d.]+ s,/);
  // Its Astro process was started while the atlas was validated, and waited for the plan (src/lib/wait-for-plan.ts).
  expect(inc.stdout).toContain('astro (started while validating; ');
  rmSync(clean, { recursive: true, force: true });
  const full = buildAtlas(root, clean, { ATLAS_INCREMENTAL: '0' });
  expect(full.status, `${full.stdout}\n${full.stderr}`).toBe(0);
  expect(full.stdout).toContain('Full build: asked for');
  const diff = differences(dist, clean);
  expect(diff, diff.join('\n')).toEqual([]);
  return { rendered: Number(m![1]), of: Number(m![2]), stdout: inc.stdout };
}

const page = (path: string) => readFileSync(join(dist, path, 'index.html'), 'utf8');

describe('incremental builds', () => {
  it('the first build is a full one and says why', () => {
    const r = buildAtlas(root, dist);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('Full build: no record of a previous build.');
  }, 300_000);

  it('a figure value changed: its pages change, most files are not rendered again, the tree equals a clean build', () => {
    const before = page('angka/libraries.total.2024');
    edit('data/figures/libraries.yaml', 'value: 1250', 'value: 1262');
    const { rendered, of } = buildBothWays();
    // The mini atlas is small and its figure national: about half its files show it. This site: 52 of 3 014 (README).
    expect(rendered).toBeLessThan(of);
    expect(page('angka/libraries.total.2024')).not.toBe(before);
    expect(page('angka/libraries.total.2024')).toContain('1.262');
  }, 300_000);

  it('a series cell changed', () => {
    edit('data/series/libraries-by-region.csv', 'A1,700,', 'A1,710,');
    // The previous incremental build kept the tree it replaced; this one starts from it (scripts/lib/incremental.ts, Spare).
    expect(buildBothWays().stdout).toContain('tree (finished; the spare brought up to date meanwhile)');
  }, 300_000);

  it('an MDX body changed', () => {
    edit('content/clusters/id/perpustakaan-bukit.mdx', 'Perpustakaan ini adalah contoh.', 'Perpustakaan ini adalah contoh yang diubah.');
    buildBothWays();
    expect(page('perpustakaan/perpustakaan-bukit')).toContain('contoh yang diubah');
  }, 300_000);

  it('a source title changed', () => {
    edit('data/sources.yaml', 'title: Village libraries in numbers', 'title: Village libraries by the numbers');
    buildBothWays();
  }, 300_000);

  it('a damaged key list beside the manifest costs only the early hashes: the build hashes the keys itself', () => {
    writeFileSync(keysPath(manifestPath(PROJECT, dist)), '["not all of it');
    edit('data/sources.yaml', 'title: Village libraries by the numbers', 'title: Village libraries in numbers');
    buildBothWays(false);
  }, 300_000);

  it('a region name changed', () => {
    edit('data/regions.csv', 'A1,wilayah-utara,Wilayah Utara,', 'A1,wilayah-utara,Wilayah Utara Raya,');
    buildBothWays();
  }, 300_000);

  it('a cluster added, then removed: its pages appear, then go with their folders', () => {
    for (const l of ['id', 'en']) cpSync(join(root, `content/clusters/${l}/perpustakaan-bukit.mdx`), join(root, `content/clusters/${l}/perpustakaan-lembah.mdx`));
    buildBothWays();
    expect(listFiles(dist)).toContain('perpustakaan/perpustakaan-lembah/index.html');
    for (const l of ['id', 'en']) rmSync(join(root, `content/clusters/${l}/perpustakaan-lembah.mdx`));
    buildBothWays();
    expect(listFiles(dist).filter((f) => f.includes('perpustakaan-lembah'))).toEqual([]);
  }, 600_000);

  it('a change the keys cannot scope (data/site.yaml) makes a full build that says why', () => {
    writeFileSync(join(root, 'data/site.yaml'), `${readFileSync(join(root, 'data/site.yaml'), 'utf8')}\n# edited\n`);
    const r = buildAtlas(root, dist);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toContain('Full build: the engine, public/, data/site.yaml, data/locales/ or the site address changed.');
  }, 300_000);

  it('a change that reaches more MDX documents than one Astro process compiles makes a full build in shards', () => {
    edit('data/figures/libraries.yaml', 'value: 1262', 'value: 1263');
    const r = buildAtlas(root, dist, { ATLAS_SHARD_DOCS: '1' });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(r.stdout).toMatch(/Full build: the change reaches \d+ MDX documents, more than one Astro process compiles \(ATLAS_SHARD_DOCS=1\)\./);
    expect(r.stdout).toMatch(/shards, \d+ at a time\)/);
  }, 300_000);

  it('a failed incremental build leaves the previous tree as it was', () => {
    const before = hashTree(dist);
    edit('data/figures/libraries.yaml', 'value: 1263', 'value: lots');
    const r = buildAtlas(root, dist);
    expect(r.status).toBe(1);
    expect(hashTree(dist)).toBe(before);
    edit('data/figures/libraries.yaml', 'value: lots', 'value: 1263');
  }, 300_000);
});
