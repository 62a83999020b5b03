import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import type { ValidatedAtlas } from './index.ts';
import type { ContentDoc } from './load-content.ts';

/**
 * A validated atlas written to one JSON file, so the build validates once (scripts/build.ts, in a
 * process that exits before Astro starts) and every Astro process only reads the result:
 * parsing the YAML again cost a 10 000-cluster atlas 23 s and 1 GiB of transient memory per process,
 * reading this file costs about a second.
 *
 * Sets (fields of atlas.data) become { "$set": [...] }; functions (a document's lineOf, which holds its YAML syntax tree)
 * are dropped: line numbers only matter while validating.
 */
export function writeSnapshot(path: string, atlas: ValidatedAtlas): void {
  // The Sets are fields of atlas.data (brokenIds, unreadable): converted there, without a replacer
  // function, which JSON.stringify would call for each of the millions of values (1.3 s of a
  // 10 000-cluster build's validation step, measured).
  const data = Object.fromEntries(Object.entries(atlas.data).map(([k, v]) => [k, v instanceof Set ? { $set: [...v] } : v]));
  // By rename, so that it is whole whenever it exists: an incremental build's Astro process may be
  // waiting for it (src/lib/wait-for-plan.ts waitForFileSync).
  writeFileSync(`${path}.tmp`, JSON.stringify({ ...atlas, data }));
  renameSync(`${path}.tmp`, path);
}

export function readSnapshot(path: string): ValidatedAtlas {
  // No reviver function either (JSON.parse would call it for every value: 2.4 of the 2.8 s a
  // 10 000-cluster snapshot took to read); the Sets are where writeSnapshot put them.
  const atlas = JSON.parse(readFileSync(path, 'utf8')) as ValidatedAtlas;
  const data = atlas.data as unknown as Record<string, unknown>;
  for (const [k, v] of Object.entries(data)) if (v && typeof v === 'object' && '$set' in v && Array.isArray(v.$set)) data[k] = new Set(v.$set as unknown[]);
  const noLines = () => undefined;
  for (const docs of Object.values(atlas.content) as ContentDoc[][]) for (const d of docs) d.lineOf = noLines;
  return atlas;
}
