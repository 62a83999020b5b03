import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { SITE_DIST } from './site-builds.ts';

/** Debian's Chromium unless CHROMIUM_PATH names another binary. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Launches headless Chromium for the browser tests. A missing browser is an error, never a skip:
 * a green run must mean the pages were really checked.
 */
export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install it with: apt-get install -y chromium (or set CHROMIUM_PATH)`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/** One page of each kind, in both languages (paths relative to the site root). */
const BASE_PAGES = [
  '',
  'klaster/tenun-ulos-samosir/',
  'provinsi/sumatera-utara/',
  'provinsi/',
  'program/kerja-sama-jica/',
  'angka/',
  'sumber/',
  'en/',
  'en/clusters/tenun-ulos-samosir/',
  'en/provinces/sumatera-utara/',
  'en/programs/kerja-sama-jica/',
  'en/figures/',
  'en/sources/',
];

/** The pages the browser tests visit; the data page joins once the built site has it. */
export function browserPages(dist = SITE_DIST): string[] {
  return existsSync(join(dist, 'data/index.html')) ? [...BASE_PAGES, 'data/'] : [...BASE_PAGES];
}

/** A file-name-safe name for a page path ('' → 'home'). */
export function pageName(path: string): string {
  return path.replace(/\/$/, '').replace(/\//g, '_') || 'home';
}
