import { describe, expect, it } from 'vitest';
import { atlasWithCase, badCases, MINI, runScript } from '../lib/atlas-fixtures.ts';

/** `npm run check` as a process: exit code and messages, without building. */
describe('scripts/check.ts', () => {
  it('accepts a good atlas with exit 0 and a summary', () => {
    const r = runScript('check.ts', [MINI]);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('atlas OK: 2 regions, 2 cluster pages, 2 program pages, 2 sources, 2 figures, 1 series, 0 conflicts\n');
  });

  it('reports every problem at once, one line each, and exits 1', () => {
    // Two independent defects in one tree: both are reported in one run.
    const a = badCases().find((c) => c.name === 'csv-comma-decimal')!;
    const b = badCases().find((c) => c.name === 'malformed-date')!;
    const root = atlasWithCase(a);
    const { cpSync } = require('node:fs') as typeof import('node:fs');
    cpSync(`${b.dir}/overlay`, root, { recursive: true });
    const r = runScript('check.ts', [root]);
    expect(r.status).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines[0]).toBe('2 problems in the atlas files:');
    expect(lines.slice(1).sort()).toEqual([
      '  data/series/libraries-by-region.csv:3 (row 2) · value · expected a plain number such as 1234.5 (dot decimal, no thousands separators), or empty for a gap · found "550,5": a decimal comma in a number',
      '  data/sources.yaml:4 · 0.date · expected a date like "2019-11-03", "2019-11" or "2019" (a real calendar date) · found "2024-13-45"',
    ]);
  });

  it('checks the atlas named by ATLAS_ROOT when no argument is given', () => {
    const r = runScript('check.ts', [], { ATLAS_ROOT: MINI });
    expect(r.status).toBe(0);
  });
});
