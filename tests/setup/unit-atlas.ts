import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadAtlasOrThrow } from '../../src/validate/index.ts';
import { writeSnapshot } from '../../src/validate/snapshot.ts';
import { PROJECT } from '../lib/atlas-fixtures.ts';

/**
 * The unit tests read this repository's atlas through src/lib/atlas.ts, and every test file runs in a
 * process of its own: each validated the whole atlas again (4–11 s apiece, most of `npm run test:unit`).
 * Validated once here, it reaches every file as a snapshot, as the build hands it to each Astro process
 * (src/validate/snapshot.ts). Tests that validate an atlas themselves (fixtures, bad input) are unaffected.
 */
export default function setup() {
  const dir = join(PROJECT, 'tests/.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `unit-atlas-${process.pid}.json`);
  writeSnapshot(file, loadAtlasOrThrow(PROJECT));
  process.env.ATLAS_SNAPSHOT = file;
  return () => rmSync(file, { force: true });
}
