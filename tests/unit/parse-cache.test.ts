import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateAtlas } from '../../src/validate/index.ts';
import { closeParseCache, openParseCache } from '../../src/validate/parse-cache.ts';
import { MINI, tempDir } from '../lib/atlas-fixtures.ts';

/** The validated atlas as plain data (its lineOf functions left out), to compare runs. */
const plain = (atlas: unknown) => JSON.parse(JSON.stringify(atlas)) as unknown;

function withCache<T>(file: string, salt: string, run: () => T): { result: T; hits: number; misses: number } {
  openParseCache(file, salt);
  const result = run();
  const stats = closeParseCache()!;
  return { result, ...stats };
}

describe('the parse cache (src/validate/parse-cache.ts)', () => {
  const root = tempDir('parse-cache');
  cpSync(MINI, root, { recursive: true });
  const cache = join(root, 'cache.parse');
  const edit = (file: string, from: string, to: string) => {
    const text = readFileSync(join(root, file), 'utf8');
    if (!text.includes(from)) throw new Error(`${file}: "${from}" not found`);
    writeFileSync(join(root, file), text.replace(from, to));
  };

  it('gives the same atlas as parsing, and a second build parses nothing again', () => {
    const uncached = validateAtlas(root);
    expect(uncached.problems).toEqual([]);
    const first = withCache(cache, 'engine-1', () => validateAtlas(root));
    expect(first.misses).toBeGreaterThan(5);
    expect(existsSync(cache)).toBe(true);
    const second = withCache(cache, 'engine-1', () => validateAtlas(root));
    expect(second.misses).toBe(0);
    expect(second.hits).toBe(first.hits + first.misses);
    expect(second.result.problems).toEqual([]);
    expect(plain(second.result.atlas)).toEqual(plain(uncached.atlas));
  });

  it('a cached result is a copy: changing what a build got does not change the next build', () => {
    const a = withCache(cache, 'engine-1', () => validateAtlas(root)).result.atlas!;
    const doc = a.content.clusters.find((d) => d.locale === 'id')!;
    (doc.data as { title: string }).title = 'Changed in memory';
    doc.usages.length = 0;
    const b = withCache(cache, 'engine-1', () => validateAtlas(root)).result.atlas!;
    const again = b.content.clusters.find((d) => d.locale === 'id')!;
    expect(again.data.title).toBe('Perpustakaan Bukit');
    expect(again.usages.length).toBeGreaterThan(0);
  });

  it('another engine version parses everything again', () => {
    // In a new file, a first build only finds the texts it parsed twice itself (the same text in two files).
    const fresh = join(root, 'other.parse');
    const one = withCache(fresh, 'engine-1', () => validateAtlas(root));
    const other = withCache(fresh, 'engine-2', () => validateAtlas(root));
    expect({ hits: other.hits, misses: other.misses }).toEqual({ hits: one.hits, misses: one.misses });
  });

  it('a problem found in another file still names the line in a cached document, as parsing does', () => {
    withCache(cache, 'engine-3', () => validateAtlas(root));
    // The cluster's frontmatter is unchanged (so cached) but names a source that no longer exists.
    edit('data/sources.yaml', 'id: sample-report-2024', 'id: sample-report-2025');
    const uncached = validateAtlas(root).problems;
    const cached = withCache(cache, 'engine-3', () => validateAtlas(root));
    expect(cached.hits).toBeGreaterThan(0);
    const inCluster = uncached.filter((p) => p.file.startsWith('content/clusters/') && p.line !== undefined);
    expect(inCluster.length).toBeGreaterThan(0);
    expect(cached.result.problems).toEqual(uncached);
    edit('data/sources.yaml', 'id: sample-report-2025', 'id: sample-report-2024');
  });

  it('text with a problem is never kept: it is reported by every build', () => {
    edit('content/clusters/id/perpustakaan-bukit.mdx', 'Perpustakaan ini adalah contoh.', 'Perpustakaan ini adalah contoh. <script>alert(1)</script>');
    const runs = [1, 2].map(() => withCache(cache, 'engine-4', () => validateAtlas(root)).result.problems);
    expect(runs[0]!.some((p) => p.file === 'content/clusters/id/perpustakaan-bukit.mdx')).toBe(true);
    expect(runs[1]).toEqual(runs[0]);
  });
});
