import { join } from 'node:path';
import { PROJECT } from './atlas-fixtures.ts';

/** Where tests/setup/build-site.ts puts the real site, built once per test run. */
export const SITE_DIST = join(PROJECT, 'tests/.tmp/site');
/** The same site built under a sub-path, as a host serving it at https://host/atlas-ikm/ would need. */
export const SITE_SUB_DIST = join(PROJECT, 'tests/.tmp/site-sub');
export const SUB_BASE = '/atlas-ikm/';
