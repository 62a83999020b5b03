// @ts-check
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import remarkGfm from 'remark-gfm';
import { siteLocation } from './src/lib/site-url.ts';
import { remarkSafeMdx, unsafeMdx } from './src/validate/remark-safe-mdx.ts';
import { linkedOutputs } from './src/images/linked-outputs.ts';

/*
 * One engine, many atlases: ATLAS_ROOT points at the folder holding content/ and data/
 * (this repository by default; a test fixture in tests/). The rest comes from data/site.yaml.
 */
const projectDir = fileURLToPath(new URL('.', import.meta.url));
const root = resolve(projectDir, process.env.ATLAS_ROOT ?? '.');
const { site, base } = siteLocation(root);
const rootHash = createHash('sha256').update(root).digest('hex').slice(0, 12);

export default defineConfig({
  // Astro keeps per-build state (generated content modules, the Vite cache) under <root>/.astro and
  // <root>/node_modules/.vite; scripts/build.ts gives each concurrent Astro process a root of its own
  // (ATLAS_ASTRO_ROOT, inside the project so node_modules resolves), while src/ and public/ stay here.
  ...(process.env.ATLAS_ASTRO_ROOT ? { root: resolve(process.env.ATLAS_ASTRO_ROOT), srcDir: resolve(projectDir, 'src'), publicDir: resolve(projectDir, 'public') } : {}),
  site,
  base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR ? resolve(process.env.OUT_DIR) : './dist',
  // Each atlas root keeps its own content cache, so building a fixture never reuses another atlas's entries.
  cacheDir: process.env.ASTRO_CACHE_DIR ?? `./node_modules/.astro-cache/${rootHash}`,
  // Stylesheets as same-origin files, never inline <style>: the strict CSP (public/_headers) has no 'unsafe-inline'.
  build: { format: 'directory', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  markdown: {
    // Code blocks stay plain <pre><code>: Shiki colours tokens with style="" attributes, which the
    // strict CSP (style-src 'self', no 'unsafe-inline') blocks.
    syntaxHighlight: false,
    // Astro 7's default processor is not unified; remark plugins need the unified one.
    // remarkSafeMdx: content is data, never code (src/validate/mdx-safety.ts), in `astro dev` too.
    processor: unified({ remarkPlugins: [remarkGfm, [remarkSafeMdx, { unsafe: unsafeMdx(root), root }]], gfm: false, smartypants: false }),
  },
  // The sitemap is not an integration: scripts/build.ts writes it once the shards are merged
  // (scripts/lib/sitemap.ts). Each page's <link rel="alternate" hreflang> pairs its languages.
  // linkedOutputs: cards and chart PNGs, drawn by their pages, linked in from the image cache at the end.
  integrations: [mdx(), linkedOutputs()],
  vite: {
    define: { 'import.meta.env.ATLAS_ROOT': JSON.stringify(root) },
  },
});
