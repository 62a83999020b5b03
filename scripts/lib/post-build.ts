import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { writeSearchIndex } from './search-index.ts';

/** Steps on a finished build before it is swapped in; any throw keeps the old dist/. */
export async function postBuild(dir: string): Promise<void> {
  for (const must of ['index.html', 'en/index.html', '404.html', 'sitemap-index.xml', 'robots.txt']) {
    if (!existsSync(join(dir, must))) throw new Error(`the build has no ${must}`);
  }
  await writeSearchIndex(dir);
}
