import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type BundlePages, type BundleReuse, writeSearchIndex } from './search-index.ts';
import { writeSitemap } from './sitemap.ts';
import { LOCALES, localeInfo } from '../../src/schemas/index.ts';

/**
 * Steps on a finished build before it is swapped in; any throw keeps the old dist/. Returns the
 * pages of each search bundle (kept by incremental builds, which pass `reuse`).
 */
export async function postBuild(dir: string, where: { site: string; base: string }, reuse?: BundleReuse): Promise<BundlePages> {
  // A home page per language (the first at the root), the not-found page and robots.txt.
  const homes = LOCALES.map((l) => `${localeInfo(l).root.slice(1)}index.html`);
  for (const must of [...new Set([...homes, 'index.html', '404.html', 'robots.txt'])]) {
    if (!existsSync(join(dir, must))) throw new Error(`the build has no ${must}`);
  }
  writeSitemap(dir, where.site, where.base);
  return writeSearchIndex(dir, undefined, reuse);
}
