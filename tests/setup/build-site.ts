import { mkdirSync } from 'node:fs';
import { buildAtlas, PROJECT } from '../lib/atlas-fixtures.ts';
import { LANGUAGE_FIXTURES, SITE_DIST, SITE_SUB_DIST, SUB_BASE, SUB_SEARCH_PART_PAGES } from '../lib/site-builds.ts';

/**
 * Builds this repository's atlas twice (at the root and under a sub-path, with search split into
 * several bundles) with the real build script, once for all test files that inspect a built site; and the one- and
 * three-language fixture atlases.
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
  for (const f of LANGUAGE_FIXTURES) {
    const r = buildAtlas(f.root, f.dist);
    if (r.status !== 0) throw new Error(`Building the ${f.name} fixture atlas for the tests failed:\n${r.stdout}\n${r.stderr}`);
  }
}
