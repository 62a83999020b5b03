/**
 * Output files that a page's render hands over instead of Astro writing them (src/lib/page-files.ts):
 * a page's social card or a chart's PNG already sits in the image cache (src/images/raster.ts), so
 * once Astro has written the pages (astro:build:done) each is hard-linked from the cache into the output folder, or
 * copied where a link cannot be made (another file system, a file system without links).
 *
 * Why not an endpoint per card: at 1 000 clusters the 8 016 card routes took about 8 s of a 52 s
 * build with a filled image cache (each a request, a copied Response body and a file created, one
 * after another), and 2 s once the cards were computed by their pages and linked (measured
 * 6 December 2026). A link creates no new file and copies no bytes; the cache never changes a file
 * in place (it writes beside and renames), so a linked card stays what it was when linked.
 */
import { copyFileSync, linkSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

interface Pending {
  /** Output file inside the output folder, e.g. `og/klaster/kopi-dogiyai.png`. */
  output: string;
  /** The file whose bytes it gets. */
  from: string;
}

// On globalThis: the pages (bundled by Astro) and the integration (loaded with the config) are
// different module instances in one process.
const KEY = Symbol.for('atlas-ikm.linked-outputs');
const holder = globalThis as Record<symbol, Pending[] | undefined>;

function pending(): Pending[] {
  holder[KEY] ??= [];
  return holder[KEY];
}

/** `output` (a path inside the output folder) is to be the file `from` once the pages are written. */
export function linkLater(output: string, from: string): void {
  pending().push({ output, from });
}

/** Links (or copies) every handed-over output into `outDir`; returns how many. */
export function linkAll(outDir: string): number {
  const list = pending();
  for (const { output, from } of list) {
    const to = join(outDir, output);
    mkdirSync(dirname(to), { recursive: true });
    rmSync(to, { force: true });
    linkOrCopy(from, to);
  }
  const n = list.length;
  list.length = 0;
  return n;
}

/** `to` becomes a hard link to `from`, or a copy where a link cannot be made (another file system). */
export function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/** The Astro integration that writes the handed-over outputs at the end of `astro build`. */
export function linkedOutputs(): AstroIntegration {
  return {
    name: 'atlas-linked-outputs',
    hooks: {
      'astro:build:done': ({ dir }) => {
        linkAll(fileURLToPath(dir));
      },
    },
  };
}
