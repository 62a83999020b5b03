import { readFileSync, writeFileSync } from 'node:fs';
import type { ValidatedAtlas } from './index.ts';
import type { ContentDoc } from './load-content.ts';

/**
 * A validated atlas written to one JSON file, so the build validates once (scripts/build.ts, in a
 * process that exits before Astro starts) and every Astro process only reads the result:
 * parsing the YAML again cost a 10 000-cluster atlas 23 s and 1 GiB of transient memory per process,
 * reading this file costs about a second.
 *
 * Sets become { "$set": [...] }; functions (a document's lineOf, which holds its YAML syntax tree)
 * are dropped: line numbers only matter while validating.
 */
export function writeSnapshot(path: string, atlas: ValidatedAtlas): void {
  writeFileSync(
    path,
    JSON.stringify(atlas, (_key, value: unknown) => (value instanceof Set ? { $set: [...value] } : value)),
  );
}

export function readSnapshot(path: string): ValidatedAtlas {
  const atlas = JSON.parse(readFileSync(path, 'utf8'), (_key, value: unknown) =>
    value && typeof value === 'object' && '$set' in value && Array.isArray((value as { $set: unknown }).$set) ? new Set((value as { $set: unknown[] }).$set) : value,
  ) as ValidatedAtlas;
  const noLines = () => undefined;
  for (const docs of Object.values(atlas.content) as ContentDoc[][]) for (const d of docs) d.lineOf = noLines;
  return atlas;
}
