import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { localePath } from '../../src/routes/table.ts';
import { LOCALES } from '../../src/schemas/index.ts';
import { escapeXml } from '../../src/shared/xml.ts';
import { htmlFiles } from './search-index.ts';

/**
 * The sitemap of a finished build, written from the pages in it: every folder holding an
 * index.html, except embed pages (frames for other sites, not pages to index). Files of at most
 * 45 000 URLs (the protocol allows 50 000), listed by sitemap-index.xml, sorted for determinism.
 *
 * Why not @astrojs/sitemap: a large atlas is built by several Astro processes (src/lib/shard.ts)
 * and the sitemap must list them all; handing the integration 100 000 other shards' URLs cost
 * shard 0 about 330 MiB more than any other (measured at 10 000 clusters), the largest peak of the
 * build. Here the URLs are plain strings, written after the shards are merged.
 */
export const URLS_PER_SITEMAP = 45_000;

export function writeSitemap(dir: string, site: string, base: string, perFile = URLS_PER_SITEMAP, html = htmlFiles(dir)): { urls: number; files: number } {
  const prefix = new URL(base.endsWith('/') ? base : `${base}/`, site).href; // ends with "/"
  const paths = pagePaths(html).sort();
  const files = Math.max(1, Math.ceil(paths.length / perFile));
  const xml = (root: string, entries: string[]) => `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.join('')}</${root}>\n`;
  for (let f = 0; f < files; f++) {
    const urls = paths.slice(f * perFile, (f + 1) * perFile).map((p) => `<url><loc>${escapeXml(prefix + p)}</loc></url>\n`);
    writeFileSync(join(dir, `sitemap-${f}.xml`), xml('urlset', urls));
  }
  const sitemaps = Array.from({ length: files }, (_, f) => `<sitemap><loc>${escapeXml(`${prefix}sitemap-${f}.xml`)}</loc></sitemap>\n`);
  writeFileSync(join(dir, 'sitemap-index.xml'), xml('sitemapindex', sitemaps));
  return { urls: paths.length, files };
}

/** Site paths without a leading slash ("", "klaster/x/", "en/") of the pages to index, from the tree's HTML files (htmlFiles). */
function pagePaths(html: string[]): string[] {
  // Embed pages live at /embed/… and /en/embed/… (src/routes/table.ts); a cluster named "embed" is a page.
  const embeds = LOCALES.map((l) => localePath(l, 'embed').slice(1));
  return html
    .filter((f) => (f === 'index.html' || f.endsWith('/index.html')) && !f.split('/').some((s) => s.startsWith('.')) && !embeds.some((e) => f.startsWith(e)))
    .map((f) => f.slice(0, -'index.html'.length));
}
