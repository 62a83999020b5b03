// @ts-check
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { parse } from 'yaml';
import { currentShard } from './src/lib/shard.ts';

/*
 * One engine, many atlases: ATLAS_ROOT points at the folder holding content/ and data/
 * (this repository by default; a test fixture in tests/). The rest comes from data/site.yaml.
 */
const projectDir = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(projectDir, process.env.ATLAS_ROOT ?? '.');
const siteConfig = parse(readFileSync(resolve(root, 'data/site.yaml'), 'utf8'));
const base = process.env.BASE_PATH ?? '/';
const site = process.env.SITE_URL ?? siteConfig.site;
const shardIndex = currentShard()?.index ?? 0;
/** Absolute URLs of the pages other shards build (a list scripts/build.ts writes from the route table). */
function otherShardsPages() {
  if (!process.env.ATLAS_SITEMAP_EXTRA) return [];
  const prefix = new URL(base, site).href.replace(/\/$/, '');
  return JSON.parse(readFileSync(process.env.ATLAS_SITEMAP_EXTRA, 'utf8')).map((/** @type {string} */ path) => prefix + path);
}
const rootHash = createHash('sha256').update(root).digest('hex').slice(0, 12);

export default defineConfig({
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : './dist',
  // Each atlas root keeps its own content cache, so building a fixture never reuses another atlas's entries.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? `./node_modules/.astro-cache/${rootHash}`,
  build: { format: 'directory', inlineStylesheets: 'always' },
  devToolbar: { enabled: false },
  markdown: {
    // Astro 7's default processor is not unified; remark plugins need the unified one.
    processor: unified({ remarkPlugins: [remarkGfm], gfm: false, smartypants: false }),
  },
  integrations: [
    mdx(),
    // No sitemap `i18n` option: it pairs languages by identical paths after the locale prefix, and our
    // paths are translated (/klaster/… ↔ /en/clusters/…), so it paired nothing while costing O(pages²).
    // Each page's <link rel="alternate" hreflang> carries the pairs instead.
    // A sharded build (scripts/build.ts) writes the sitemap once, in shard 0, from the whole route table.
    ...(shardIndex === 0
      ? [sitemap({ filter: (page) => !page.includes('/embed/'), customPages: otherShardsPages() })]
      : []),
  ],
  vite: {
    define: { 'import.meta.env.ATLAS_ROOT': JSON.stringify(root) },
  },
});
