import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAtlas, hashTree, listFiles, MINI, runScript, tempDir } from '../lib/atlas-fixtures.ts';

/**
 * Builds split across machines: each shard is built by its own `npm run build -- --shard i/n --out`
 * process into its own folder (as CI runners would), `npm run merge` joins them, and the result
 * must equal a build in one piece byte for byte. A missing, doubled or foreign shard must fail
 * the merge with a message and leave the previous site alone.
 */

const work = tempDir('shards');
const root = join(work, 'atlas');
const whole = join(work, 'whole');
const shard = (i: number) => join(work, `shard-${i}`);
const merged = join(work, 'merged');
const build = (args: string[], env: Record<string, string> = {}) => runScript('build.ts', args, { ATLAS_ROOT: root, ...env });
const merge = (args: string[]) => runScript('merge.ts', args);

beforeAll(() => {
  cpSync(MINI, root, { recursive: true });
  const r = buildAtlas(root, whole);
  expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
  for (const i of [1, 2]) {
    const s = build(['--shard', `${i}/2`, '--out', shard(i)]);
    expect(s.status, `${s.stdout}\n${s.stderr}`).toBe(0);
    expect(s.stdout).toContain(`Built shard ${i}/2 into ${shard(i)}`);
  }
}, 600_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('build --shard i/n and merge', () => {
  it('each shard folder holds part of the pages, not the whole site', () => {
    const pages = (dir: string) => listFiles(dir).filter((f) => f.endsWith('index.html'));
    const [a, b] = [pages(shard(1)), pages(shard(2))];
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(a.filter((p) => b.includes(p))).toEqual([]);
    expect(a.length + b.length).toBe(pages(whole).length);
  });

  it('merged shards (in any order) are byte-identical to a build in one piece', () => {
    const r = merge([shard(2), shard(1), '--out', merged]);
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(listFiles(merged)).toEqual(listFiles(whole));
    for (const f of listFiles(whole)) expect(readFileSync(join(merged, f)).equals(readFileSync(join(whole, f))), f).toBe(true);
  });

  it('a missing shard fails the merge and leaves the previous site as it was', () => {
    const before = hashTree(merged);
    const r = merge([shard(1), '--out', merged]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('shard 2/2 is missing');
    expect(hashTree(merged)).toBe(before);
  });

  it('a shard given twice fails the merge', () => {
    const r = merge([shard(1), shard(1), shard(2), '--out', join(work, 'never')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`shard 1/2 is given 2 times`);
  });

  it('a shard folder that lost a page fails the merge, naming the page', () => {
    const broken = join(work, 'broken');
    cpSync(shard(1), broken, { recursive: true });
    const page = listFiles(broken).find((f) => f.endsWith('/index.html'))!;
    rmSync(join(broken, page));
    const r = merge([broken, shard(2), '--out', join(work, 'never')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`lacks 1 of its pages: /${page.replace(/index\.html$/, '')}`);
  });

  it('a shard built from other inputs fails the merge', () => {
    // The same atlas with one source renamed: shard 2 of it must not join shard 1 of the original.
    const other = join(work, 'other-atlas');
    cpSync(root, other, { recursive: true });
    const sources = join(other, 'data/sources.yaml');
    writeFileSync(sources, readFileSync(sources, 'utf8').replace(/title: (.+)/, 'title: $1 (revised)'));
    const s = runScript('build.ts', ['--shard', '2/2', '--out', join(work, 'other-2')], { ATLAS_ROOT: other });
    expect(s.status, `${s.stdout}\n${s.stderr}`).toBe(0);
    const r = merge([shard(1), join(work, 'other-2'), '--out', join(work, 'never')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('was built from other inputs');
  });

  it('a folder that is not a shard is refused', () => {
    const r = merge([whole, shard(2), '--out', join(work, 'never')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('is not a shard folder');
  });

  it('--shard without --out is refused before anything is built', () => {
    const r = build(['--shard', '1/2']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--shard needs --out');
  });
});
