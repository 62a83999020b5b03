import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withLockAsync } from '../../scripts/lib/lock.ts';
import { parseJobs } from '../../scripts/lib/run-shards.ts';
import { checkShardSet, joinShards, SHARD_FILE, writeShardRecord, type ShardRecord } from '../../scripts/lib/shard-folders.ts';

const tmp = () => mkdtempSync(join(tmpdir(), 'atlas-shards-'));
const site = { site: 'https://example.org', base: '/' };

/** A shard folder on disk with the given pages (site paths) and extra files. */
function shardFolder(parent: string, name: string, record: Omit<ShardRecord, 'site' | 'fingerprint' | 'searchGroups'> & { fingerprint?: string }, files: Record<string, string> = {}): string {
  const dir = join(parent, name);
  for (const p of record.pages) {
    mkdirSync(join(dir, p), { recursive: true });
    writeFileSync(join(dir, p, 'index.html'), `<p>${p}</p>`);
  }
  for (const [f, text] of Object.entries(files)) {
    mkdirSync(join(dir, f, '..'), { recursive: true });
    writeFileSync(join(dir, f), text);
  }
  writeShardRecord(dir, { fingerprint: 'same', site, searchGroups: {}, ...record });
  return dir;
}

describe('shard folders', () => {
  it('a complete set is accepted in any order and joined, each page once, the record left out', () => {
    const d = tmp();
    const b = shardFolder(d, 'b', { index: 1, count: 2, pages: ['en/'] }, { 'robots.txt': 'same' });
    const a = shardFolder(d, 'a', { index: 0, count: 2, pages: ['', 'x/'] }, { 'robots.txt': 'same' });
    const set = checkShardSet([b, a]);
    expect(set.map((s) => s.record.index)).toEqual([0, 1]);
    joinShards(
      set.map((s) => s.folder),
      join(d, 'site'),
      false,
    );
    for (const f of ['index.html', 'x/index.html', 'en/index.html', 'robots.txt']) expect(existsSync(join(d, 'site', f)), f).toBe(true);
    expect(existsSync(join(d, 'site', SHARD_FILE))).toBe(false);
    // Copied, not moved: the shard folders are inputs (CI artifacts).
    expect(existsSync(join(a, 'x/index.html'))).toBe(true);
  });

  it('names a missing shard and a shard given twice', () => {
    const d = tmp();
    const a = shardFolder(d, 'a', { index: 0, count: 3, pages: [''] });
    const c = shardFolder(d, 'c', { index: 2, count: 3, pages: ['z/'] });
    expect(() => checkShardSet([a, c, c])).toThrow(/shard 2\/3 is missing\nshard 3\/3 is given 2 times/);
  });

  it('refuses shards of different splits or inputs, and folders without a record', () => {
    const d = tmp();
    const a = shardFolder(d, 'a', { index: 0, count: 2, pages: [''] });
    const b3 = shardFolder(d, 'b3', { index: 1, count: 3, pages: ['y/'] });
    const bOther = shardFolder(d, 'b-other', { index: 1, count: 2, pages: ['y/'], fingerprint: 'other' });
    expect(() => checkShardSet([a, b3])).toThrow(/all shards must come from one split/);
    expect(() => checkShardSet([a, bOther])).toThrow(/was built from other inputs/);
    mkdirSync(join(d, 'plain'));
    expect(() => checkShardSet([a, join(d, 'plain')])).toThrow(/is not a shard folder/);
  });

  it('names pages a shard lacks and pages built by two shards', () => {
    const d = tmp();
    const a = shardFolder(d, 'a', { index: 0, count: 2, pages: ['', 'x/'] });
    const b = shardFolder(d, 'b', { index: 1, count: 2, pages: ['y/'] });
    mkdirSync(join(b, 'x'), { recursive: true });
    writeFileSync(join(b, 'x/index.html'), 'stray');
    expect(() => checkShardSet([a, b])).toThrow(/\/x\/ is in .*b and in .*a/);
    const lacking = shardFolder(d, 'lacking', { index: 1, count: 2, pages: ['y/', 'w/'] });
    writeFileSync(join(lacking, SHARD_FILE), JSON.stringify({ ...JSON.parse(readFileSync(join(lacking, SHARD_FILE), 'utf8')), pages: ['y/', 'w/', 'v/'] }));
    expect(() => checkShardSet([a, lacking])).toThrow(/lacks 1 of its pages: \/v\//);
  });

  it('refuses to join a file two shards wrote differently', () => {
    const d = tmp();
    const a = shardFolder(d, 'a', { index: 0, count: 2, pages: [''] }, { 'rss.xml': 'one' });
    const b = shardFolder(d, 'b', { index: 1, count: 2, pages: ['y/'] }, { 'rss.xml': 'two' });
    expect(() =>
      joinShards(
        checkShardSet([a, b]).map((s) => s.folder),
        join(d, 'site'),
        false,
      ),
    ).toThrow(/rss\.xml differs/);
  });
});

describe('build jobs', () => {
  it('defaults to one per core and accepts whole numbers ≥ 1 only', () => {
    expect(parseJobs(undefined)).toBe(availableParallelism());
    expect(parseJobs('3')).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'many']) expect(() => parseJobs(bad), bad).toThrow(/whole number ≥ 1/);
  });

  it('the asynchronous lock is held until the work settles, then released', async () => {
    const d = tmp();
    const lock = join(d, '.atlas-build.lock');
    let heldDuring = false;
    await withLockAsync(d, async () => {
      await new Promise((r) => setTimeout(r, 20));
      heldDuring = existsSync(lock);
    });
    expect(heldDuring).toBe(true);
    expect(existsSync(lock)).toBe(false);
    await expect(withLockAsync(d, async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(existsSync(lock)).toBe(false);
  });
});
