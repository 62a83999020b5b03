import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { atlasWithCase, badCases, buildAtlas, hashTree, MINI, tempDir } from '../lib/atlas-fixtures.ts';

/**
 * The bad-input corpus: each case is the small fixture atlas with one defect.
 * The real build must stop with a message naming file, line (or row) and field,
 * and the last good dist/ must stay byte-for-byte as it was.
 */
const cases = badCases();
let dist: string;
let goodHash: string;

beforeAll(() => {
  dist = join(tempDir('good'), 'dist');
  const r = buildAtlas(MINI, dist);
  expect(r.status, r.stderr).toBe(0);
  goodHash = hashTree(dist);
});

describe('bad-input corpus', () => {
  it('has at least 60 cases, each naming a file and (unless the file itself is the problem) a line', () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    for (const c of cases) {
      expect(c.expect.length, c.name).toBeGreaterThan(0);
      for (const e of c.expect) if (!['(file)', '(file name)', '(folder)', '(rows)'].includes(e.field)) expect(e.line, `${c.name}: ${e.file} ${e.field}`).toBeGreaterThan(0);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: stops the build with a clear message and keeps the last good dist/', (_name, c) => {
    const root = atlasWithCase(c);
    const r = buildAtlas(root, dist);
    expect(r.status, r.stderr).toBe(1);
    // A clear message, not a crash: no stack trace.
    expect(r.stderr).not.toMatch(/^\s+at .+:\d+:\d+\)?$/m);
    for (const e of c.expect) {
      const lines = r.stderr.split('\n').filter((l) => l.includes(e.file));
      const where = e.line !== undefined ? `${e.file}:${e.line}` : e.file;
      const match = lines.find((l) => l.includes(where) && l.includes(` · ${e.field} · `) && l.includes(e.text));
      expect(match, `expected a line with "${where}", field "${e.field}" and "${e.text}" in:\n${r.stderr}`).toBeDefined();
    }
    expect(r.stderr).toContain('the previous');
    expect(hashTree(dist)).toBe(goodHash);
    // No half-built folder is left beside the site.
    expect(readdirSync(dirname(dist))).toEqual(['dist']);
  });
});
