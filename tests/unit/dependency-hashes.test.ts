// The validation step hashes the previous build's dependency keys in the atlas it has just validated
// (scripts/lib/prepare.ts, useValidatedAtlas); the hashes of a build's new outputs are made from the
// snapshot file (scripts/lib/dependency-hashes.ts). Both must give every key the same hash, or an
// incremental build would see changes that are not there.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { loadAtlasOrThrow } from '../../src/validate/index.ts';
import { writeSnapshot } from '../../src/validate/snapshot.ts';
import { PROJECT } from '../lib/atlas-fixtures.ts';
import { searchGroups } from '../../scripts/lib/search-groups.ts';
import { expectedPages } from '../../scripts/lib/shard-plan.ts';

type AtlasModule = typeof import('../../src/lib/atlas.ts');

/** A fresh copy of src/lib/atlas.ts (its atlas is loaded once per module). */
async function freshAtlasModule(snapshot?: string): Promise<AtlasModule> {
  vi.resetModules();
  if (snapshot) vi.stubEnv('ATLAS_SNAPSHOT', snapshot);
  else vi.stubEnv('ATLAS_SNAPSHOT', '');
  const m = (await import('../../src/lib/atlas.ts')) as AtlasModule;
  return m;
}

/** Every key of each kind this atlas can answer (the kinds dependencyValue knows). */
function everyKey(m: AtlasModule): string[] {
  const a = m.atlas();
  const ix = m.indexes();
  const keys: string[] = ['dates:updated', 'groups:clusters', 'groups:figures', 'groups:charts', 'groups:data'];
  for (const field of ['clusters', 'programs', 'provinces', 'pages', 'figures', 'series', 'sources', 'regions', 'conflicts', 'glossary', 'topics', 'units', 'routes', 'raw']) keys.push(`all:${field}`);
  const keyed: [string, Map<string, unknown>][] = [
    ['figure', a.figures],
    ['source', a.sources],
    ['conflict', a.conflicts],
    ['glossary', a.glossary],
    ['series', a.series],
    ['region', a.regionByCode],
    ['regionSlug', a.regionBySlug],
    ['route', ix.route],
    ['routes', ix.routesByKey],
    ['docs', ix.docs],
    ['doc', ix.doc],
    ['scope', ix.figuresByScope],
    ['bySource', ix.figuresBySource],
    ['backlinks', ix.backlinks],
    ['measure', ix.byMeasure],
  ];
  for (const [prefix, map] of keyed) for (const id of map.keys()) keys.push(`${prefix}:${id}`);
  for (const id of a.figures.keys()) keys.push(`conflictsOf:${id}`);
  for (const [localeLabel, list] of ix.figuresByLabel) {
    const [locale, label] = [localeLabel.slice(0, localeLabel.indexOf('|')), localeLabel.slice(localeLabel.indexOf('|') + 1)];
    for (const f of list) keys.push(`labelCount:${locale}|${f.period}|${label}`);
  }
  for (const docs of [a.clusters, a.programs, a.provinces, a.pages]) for (const d of docs) keys.push(`mdx:${d.file}`);
  return [...new Set(keys)].sort();
}

describe('dependency hashes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-dependency-hashes-'));
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.resetModules();
    rmSync(dir, { recursive: true, force: true });
  });

  it('are the same from the atlas just validated as from its snapshot, for every key', async () => {
    const validated = loadAtlasOrThrow(PROJECT);
    const file = join(dir, 'atlas.json');
    writeSnapshot(file, validated);
    const fromSnapshot = await freshAtlasModule(file);
    const keys = everyKey(fromSnapshot);
    const snapshotHashes = keys.map(fromSnapshot.dependencyHash);
    const inMemory = await freshAtlasModule();
    inMemory.useValidatedAtlas(validated);
    expect(keys.length).toBeGreaterThan(1000);
    expect(new Set(keys.map((k) => k.slice(0, k.indexOf(':')))).size).toBe(21);
    expect(keys.map(inMemory.dependencyHash)).toEqual(snapshotHashes);
    // And a hash says something: the keys of one kind do not all hash alike.
    expect(new Set(snapshotHashes.filter((_, i) => keys[i]!.startsWith('figure:'))).size).toBeGreaterThan(10);
  }, 120_000);

  it('leave the validated atlas as it was: the snapshot written after hashing every key is the one written before', async () => {
    // scripts/lib/prepare.ts hashes the keys and plans the shards before it writes the snapshot.
    const validated = loadAtlasOrThrow(PROJECT);
    const before = join(dir, 'before.json');
    const after = join(dir, 'after.json');
    writeSnapshot(before, validated);
    const m = await freshAtlasModule();
    m.useValidatedAtlas(validated);
    const keys = everyKey(m);
    keys.map(m.dependencyHash);
    expectedPages(validated, 2);
    searchGroups(validated);
    writeSnapshot(after, validated);
    expect(keys.length).toBeGreaterThan(1000);
    expect(readFileSync(after).equals(readFileSync(before))).toBe(true);
  }, 120_000);

  it("never read a record's line numbers, which in the atlas just validated are found by parsing its file again", async () => {
    const validated = loadAtlasOrThrow(PROJECT);
    // The record as validation makes it, with getters that note each read.
    const figure = { ...validated.data.figures[0]! };
    validated.data.figures[0] = figure;
    const reads: string[] = [];
    for (const name of ['line', 'lines'])
      Object.defineProperty(figure, name, {
        get: () => {
          reads.push(name);
          return undefined;
        },
        enumerable: false,
        configurable: true,
      });
    const m = await freshAtlasModule();
    m.useValidatedAtlas(validated);
    m.dependencyHash(`figure:${figure.id}`);
    m.dependencyHash(`scope:${figure.scope}`);
    m.dependencyHash('all:figures');
    expect(reads).toEqual([]);
  }, 120_000);

  it('cannot be asked of an atlas already loaded', async () => {
    const m = await freshAtlasModule(join(dir, 'atlas.json'));
    m.atlas();
    expect(() => m.useValidatedAtlas(loadAtlasOrThrow(PROJECT))).toThrow(/loaded its atlas already/);
  }, 120_000);
});
