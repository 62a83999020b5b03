import { join } from 'node:path';
import { PROJECT } from './atlas-fixtures.ts';

/** Where tests/setup/build-site.ts puts the real site, built once per test run. */
export const SITE_DIST = join(PROJECT, 'tests/.tmp/site');
/** The same site built under a sub-path, as a host serving it at https://host/atlas-ikm/ would need. */
export const SITE_SUB_DIST = join(PROJECT, 'tests/.tmp/site-sub');
export const SUB_BASE = '/atlas-ikm/';
/**
 * The sub-path build also splits search into bundles of at most this many pages per language (the
 * real site needs one bundle per language), so the browser tests search across merged bundles, the
 * way a large atlas is searched, under a sub-path.
 */
export const SUB_SEARCH_PART_PAGES = 60;

/**
 * The small fixture atlas in one language (Indonesian only) and in three (Indonesian, English and
 * Malay, the third added as data only): built with the site, and put through the same link,
 * html-validate, axe and no-script checks (issue 16: languages are data).
 */
export const LANGUAGE_FIXTURES = [
  { name: 'one-language', locales: ['id'], root: join(PROJECT, 'tests/fixtures/sites/mini-one'), dist: join(PROJECT, 'tests/.tmp/mini-one'), origin: 'https://libraries.example.net' },
  {
    name: 'three-language',
    locales: ['id', 'en', 'ms'],
    root: join(PROJECT, 'tests/fixtures/sites/mini-three'),
    dist: join(PROJECT, 'tests/.tmp/mini-three'),
    origin: 'https://libraries.example.net',
  },
] as const;
