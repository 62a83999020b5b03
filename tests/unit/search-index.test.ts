import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_LIST, writeSearchIndex } from '../../scripts/lib/search-index.ts';
import { hashTree, listFiles } from '../lib/atlas-fixtures.ts';

/** A page as the build writes it: searchable pages mark their main content for Pagefind. */
const page = (lang: string, text: string, searchable = true) =>
  `<!doctype html><html lang="${lang}"><head><title>${text}</title></head><body><main${searchable ? ' data-pagefind-body' : ''}><h1>${text}</h1><p>${text} kopi batik</p></main></body></html>`;

function site(pages: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-search-'));
  for (const [file, html] of Object.entries(pages)) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), html);
  }
  return dir;
}

describe('search bundles (real Pagefind)', () => {
  it('splits pages by language into bundles of at most the part size, in path order, and lists them', async () => {
    const dir = site({
      'index.html': page('id', 'Beranda'),
      'a/index.html': page('id', 'Kopi'),
      'b/index.html': page('id', 'Batik'),
      'en/index.html': page('en', 'Home'),
      '404.html': page('id', 'Tidak ada', false),
    });
    const pages = await writeSearchIndex(dir, 2, undefined, 3);
    expect(pages).toEqual({
      'pagefind/en/': ['en/index.html'],
      'pagefind/id/': ['a/index.html', 'b/index.html'],
      'pagefind/id-2/': ['index.html'],
    });
    expect(JSON.parse(readFileSync(join(dir, BUNDLE_LIST), 'utf8'))).toEqual({ en: ['pagefind/en/'], id: ['pagefind/id/', 'pagefind/id-2/'] });
    for (const folder of Object.keys(pages)) expect(existsSync(join(dir, folder, 'pagefind-entry.json')), folder).toBe(true);
    // Bundles written side by side are the files written one at a time.
    const alone = site(
      Object.fromEntries(
        listFiles(dir)
          .filter((f) => !f.startsWith('pagefind/'))
          .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
      ),
    );
    await writeSearchIndex(alone, 2, undefined, 1);
    expect(hashTree(join(alone, 'pagefind'))).toBe(hashTree(join(dir, 'pagefind')));
  });

  it('an incremental build reads only the pages it wrote: the others keep the place the previous build recorded', async () => {
    const dir = site({ 'a/index.html': page('id', 'Kopi'), 'b/index.html': page('id', 'Batik'), 'x/index.html': page('id', 'Rahasia', false), 'en/index.html': page('en', 'Home') });
    const previous = await writeSearchIndex(dir, 5);
    const entry = readFileSync(join(dir, 'pagefind/id/pagefind-entry.json'), 'utf8');
    // Unchanged pages are not read again: if they were, a (never written) page without the search
    // mark would leave its bundle and one that gained it would join; neither happens.
    writeFileSync(join(dir, 'b/index.html'), page('id', 'Batik', false));
    writeFileSync(join(dir, 'x/index.html'), page('id', 'Rahasia'));
    // A page the build wrote (changed) is read: this one joins the English bundle.
    mkdirSync(join(dir, 'en/new'), { recursive: true });
    writeFileSync(join(dir, 'en/new/index.html'), page('en', 'New'));
    const pages = await writeSearchIndex(dir, 5, { previous, changed: new Set(['en/new/index.html']) });
    expect(pages).toEqual({ 'pagefind/en/': ['en/index.html', 'en/new/index.html'], 'pagefind/id/': ['a/index.html', 'b/index.html'] });
    // The Indonesian bundle was kept as it was, not indexed again.
    expect(readFileSync(join(dir, 'pagefind/id/pagefind-entry.json'), 'utf8')).toBe(entry);
  });

  it('without the previous bundle list every page is read again', async () => {
    const dir = site({ 'a/index.html': page('id', 'Kopi'), 'b/index.html': page('id', 'Batik') });
    const previous = await writeSearchIndex(dir, 5);
    rmSync(join(dir, BUNDLE_LIST));
    writeFileSync(join(dir, 'b/index.html'), page('id', 'Batik', false));
    const pages = await writeSearchIndex(dir, 5, { previous, changed: new Set() });
    expect(pages).toEqual({ 'pagefind/id/': ['a/index.html'] });
  });
});
