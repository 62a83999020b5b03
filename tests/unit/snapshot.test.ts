import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadAtlasOrThrow } from '../../src/validate/index.ts';
import { readSnapshot, writeSnapshot } from '../../src/validate/snapshot.ts';
import { PROJECT } from '../lib/atlas-fixtures.ts';

describe('snapshot of a validated atlas', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-snapshot-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const atlas = loadAtlasOrThrow(PROJECT);

  it('writes what converting every Set, wherever it is, would write, and reads the Sets back', () => {
    const file = join(dir, 'atlas.json');
    atlas.data.brokenIds.add('some-broken-id');
    writeSnapshot(file, atlas);
    const everywhere = JSON.stringify(atlas, (_key, value: unknown) => (value instanceof Set ? { $set: [...value] } : value));
    expect(readFileSync(file, 'utf8')).toBe(everywhere);
    // Written by rename (an early Astro process waits for it to appear): nothing else is left beside it.
    expect(readdirSync(dir)).toEqual(['atlas.json']);
    const back = readSnapshot(file);
    expect(back.data.brokenIds).toEqual(new Set(['some-broken-id']));
    expect(back.data.unreadable).toBeInstanceOf(Set);
    expect(back.routes).toEqual(atlas.routes);
  });
});
