/**
 * One search bundle, indexed by Pagefind: what a worker of scripts/lib/search-index.ts runs, in a
 * thread of its own, so each bundle gets a Pagefind process of its own. One Pagefind process indexes
 * the bundles it is given one after the other even when they are fed at once: at 10 000 clusters two
 * 5 000-page bundles took 10.7 s in one process and 7.6 s in two (measured).
 */
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import * as pagefind from 'pagefind';

/**
 * The built HTML has no whitespace between elements, and Pagefind joins the text of adjacent cells
 * and terms ("ProdukPengolahan kopi"): the copy handed to Pagefind (never the page) gets a space after
 * each closing block, cell and list tag, so excerpts and words keep their gaps.
 */
export function spaced(html: string): string {
  return html.replace(/<\/(td|th|dt|dd|li|p|h[1-6]|caption|figcaption|div|section|tr|blockquote)>(?=<)/gi, '</$1> ');
}

/** What a worker is given: the site folder, the bundle's pages (relative to it) and the bundle's folder. */
export interface BundleJob {
  dir: string;
  files: string[];
  outputPath: string;
}

/** Indexes one bundle into job.outputPath; throws on any Pagefind error. Closes Pagefind, which returns its memory. */
export async function writeBundle({ dir, files, outputPath }: BundleJob): Promise<void> {
  const fail = (errors: string[]) => new Error(`Pagefind (${relative(dir, outputPath)}): ${errors.join('; ')}`);
  try {
    const { index, errors } = await pagefind.createIndex({});
    if (!index || errors.length) throw fail(errors);
    // A few files in flight at a time keeps the service busy without holding many pages in memory.
    for (let i = 0; i < files.length; i += 32) {
      const added = await Promise.all(files.slice(i, i + 32).map((sourcePath) => index.addHTMLFile({ sourcePath, content: spaced(readFileSync(join(dir, sourcePath), 'utf8')) })));
      const errs = added.flatMap((a) => a.errors);
      if (errs.length) throw fail(errs);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw fail(written.errors);
  } finally {
    await pagefind.close();
  }
}

// Started as a worker: index the bundle and answer with undefined, or the error's message.
if (parentPort && (workerData as { searchBundle?: BundleJob } | undefined)?.searchBundle) {
  const port = parentPort;
  writeBundle((workerData as { searchBundle: BundleJob }).searchBundle).then(
    () => port.postMessage({ ok: true }),
    (err: unknown) => port.postMessage({ ok: false, message: (err as Error).message }),
  );
}
