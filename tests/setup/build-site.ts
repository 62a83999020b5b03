import { mkdirSync } from 'node:fs';
import { buildAtlas, PROJECT } from '../lib/atlas-fixtures.ts';
import { SITE_DIST, SITE_SUB_DIST, SUB_BASE, SUB_SEARCH_PART_PAGES } from '../lib/site-builds.ts';

/**
 * Builds this repository's atlas twice (at the root and under a sub-path, with search split into
 * several bundles) with the real build script, once for all test files that inspect a built site.
 */
export default function setup() {
  mkdirSync(`${PROJECT}/tests/.tmp`, { recursive: true });
  for (const [dist, env] of [
    [SITE_DIST, {}],
    [SITE_SUB_DIST, { BASE_PATH: SUB_BASE, ATLAS_SEARCH_PART_PAGES: String(SUB_SEARCH_PART_PAGES) }],
  ] as const) {
    const r = buildAtlas(PROJECT, dist, env);
    if (r.status !== 0) throw new Error(`Building the site for the tests failed:\n${r.stdout}\n${r.stderr}`);
  }
}
