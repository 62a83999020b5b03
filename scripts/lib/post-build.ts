import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { type BundlePages, type BundleReuse, htmlFiles, type SearchGroups, writeSearchIndex } from './search-index.ts';
import { writeSitemap } from './sitemap.ts';
import { LOCALES, localeInfo } from '../../src/schemas/index.ts';

/**
 * Steps on a finished build before it is swapped in; any throw keeps the old dist/. Returns the
 * pages of each search bundle and the HTML files of the tree (both kept by incremental builds,
 * which pass `reuse` and `html`). `meanwhile` gets both as soon as they are known, and runs while
 * Pagefind indexes (scripts/build.ts writes its manifest then).
 */
export async function postBuild(
  dir: string,
  where: { site: string; base: string },
  groups: SearchGroups,
  reuse?: BundleReuse,
  html?: string[],
  meanwhile?: (search: BundlePages, html: string[]) => Promise<void>,
): Promise<{ search: BundlePages; html: string[] }> {
  // A home page per language (the first at the root), the not-found page and robots.txt.
  const homes = LOCALES.map((l) => `${localeInfo(l).root.slice(1)}index.html`);
  for (const must of [...new Set([...homes, 'index.html', '404.html', 'robots.txt'])]) {
    if (!existsSync(join(dir, must))) throw new Error(`the build has no ${must}`);
  }
  // One list of the tree's HTML files for both, sorted; an incremental build knows it without
  // walking the tree (at 10 000 clusters 240 000 files in 100 000 folders, 4.9 s a walk).
  const files = html ?? htmlFiles(dir);
  writeSitemap(dir, where.site, where.base, undefined, files);
  return { search: await writeSearchIndex(dir, { reuse, groups, files, meanwhile: meanwhile && ((pages) => meanwhile(pages, files)) }), html: files };
}
