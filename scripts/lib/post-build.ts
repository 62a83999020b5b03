import { existsSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';

/** Steps on a finished build before it is swapped in; any throw keeps the old dist/. */
export async function postBuild(dir: string): Promise<void> {
  for (const must of ['index.html', 'en/index.html', '404.html', 'sitemap-index.xml', 'robots.txt']) {
    if (!existsSync(join(dir, must))) throw new Error(`the build has no ${must}`);
  }
  await searchIndex(dir);
}

/**
 * Pagefind indexes the built pages: one index per <html lang> (so /en/ finds English pages),
 * only the parts marked data-pagefind-body, with the "type" filter each page declares.
 */
async function searchIndex(dir: string): Promise<void> {
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) throw new Error(`Pagefind: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: dir });
    if (added.errors.length) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    if (added.page_count === 0) throw new Error('Pagefind indexed no page (is data-pagefind-body missing?)');
    const written = await index.writeFiles({ outputPath: join(dir, 'pagefind') });
    if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    await pagefind.close();
  }
}
