import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeSearchIndex } from './search-index.ts';
import { writeSitemap } from './sitemap.ts';

/** Steps on a finished build before it is swapped in; any throw keeps the old dist/. */
export async function postBuild(dir: string, where: { site: string; base: string }): Promise<void> {
  for (const must of ['index.html', 'en/index.html', '404.html', 'robots.txt']) {
    if (!existsSync(join(dir, must))) throw new Error(`the build has no ${must}`);
  }
  writeSitemap(dir, where.site, where.base);
  await writeSearchIndex(dir);
}
