import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLE_LIST, cutBundles, writeSearchIndex } from '../../scripts/lib/search-index.ts';
import { searchGroups } from '../../scripts/lib/search-groups.ts';
import { loadAtlasOrThrow } from '../../src/validate/index.ts';
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
    const pages = await writeSearchIndex(dir, { partSize: 2, jobs: 3 });
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
    await writeSearchIndex(alone, { partSize: 2, jobs: 1 });
    expect(hashTree(join(alone, 'pagefind'))).toBe(hashTree(join(dir, 'pagefind')));
  });

  it("fails with Pagefind's error, naming the bundle, when a bundle cannot be written", async () => {
    const dir = site({ 'index.html': page('id', 'Beranda'), 'en/index.html': page('en', 'Home') });
    // A file where the bundle's folder must go: Pagefind (in its worker) cannot write the bundle.
    mkdirSync(join(dir, 'pagefind'));
    writeFileSync(join(dir, 'pagefind', 'en'), 'not a folder');
    chmodSync(join(dir, 'pagefind'), 0o500);
    try {
      await expect(writeSearchIndex(dir, { partSize: 5 })).rejects.toThrow(/^Pagefind \(pagefind\/en\)/);
    } finally {
      chmodSync(join(dir, 'pagefind'), 0o700);
    }
  });

  it('runs `meanwhile` while Pagefind indexes, with the pages it returns and the bundle list written; its failure fails the call after the indexing', async () => {
    const pagesOf = { 'index.html': page('id', 'Beranda'), 'a/index.html': page('id', 'Kopi'), 'en/index.html': page('en', 'Home') };
    const dir = site(pagesOf);
    let seen: unknown;
    let listThen = '';
    const pages = await writeSearchIndex(dir, {
      partSize: 5,
      meanwhile: async (p) => {
        seen = structuredClone(p);
        listThen = readFileSync(join(dir, BUNDLE_LIST), 'utf8');
      },
    });
    expect(seen).toEqual(pages);
    expect(JSON.parse(listThen)).toEqual({ en: ['pagefind/en/'], id: ['pagefind/id/'] });
    const other = site(pagesOf);
    await expect(
      writeSearchIndex(other, {
        partSize: 5,
        meanwhile: async () => {
          throw new Error('manifest failed');
        },
      }),
    ).rejects.toThrow('manifest failed');
    // The indexing it ran beside had ended: both bundles were written.
    for (const folder of ['pagefind/en/', 'pagefind/id/']) expect(existsSync(join(other, folder, 'pagefind-entry.json')), folder).toBe(true);
  });

  it("puts an entity's pages in one bundle after the summary pages, and indexes only the two bundles a change to it reaches", async () => {
    const dir = site({
      'index.html': page('id', 'Beranda'),
      'angka/index.html': page('id', 'Angka'),
      'angka/kopi.produksi/index.html': page('id', 'Produksi kopi'),
      'angka/batik.unit/index.html': page('id', 'Unit batik'),
      'klaster/batik/index.html': page('id', 'Batik'),
      'klaster/kopi/index.html': page('id', 'Kopi'),
    });
    const groups = {
      'angka/kopi.produksi/index.html': 'cluster:kopi',
      'angka/batik.unit/index.html': 'cluster:batik',
      'klaster/batik/index.html': 'cluster:batik',
      'klaster/kopi/index.html': 'cluster:kopi',
    };
    const previous = await writeSearchIndex(dir, { partSize: 2, jobs: 2, groups });
    expect(previous).toEqual({
      'pagefind/id/': ['angka/index.html', 'index.html'],
      'pagefind/id-2/': ['angka/batik.unit/index.html', 'klaster/batik/index.html'],
      'pagefind/id-3/': ['angka/kopi.produksi/index.html', 'klaster/kopi/index.html'],
    });
    const batik = readFileSync(join(dir, 'pagefind/id-2/pagefind-entry.json'), 'utf8');
    // A coffee figure changed: its page, its cluster's page and the figures index were written again.
    writeFileSync(join(dir, 'angka/kopi.produksi/index.html'), page('id', 'Produksi kopi robusta'));
    const touched = new Set<string>();
    const changed = new Set(['angka/kopi.produksi/index.html', 'klaster/kopi/index.html', 'angka/index.html']);
    expect(await writeSearchIndex(dir, { partSize: 2, reuse: { previous, changed, touched }, jobs: 2, groups })).toEqual(previous);
    expect([...touched].sort()).toEqual(['pagefind/bundles.json', 'pagefind/id', 'pagefind/id-3']);
    expect(readFileSync(join(dir, 'pagefind/id-2/pagefind-entry.json'), 'utf8')).toBe(batik);
  });

  it('an incremental build reads only the pages it wrote: the others keep the place the previous build recorded', async () => {
    const dir = site({ 'a/index.html': page('id', 'Kopi'), 'b/index.html': page('id', 'Batik'), 'x/index.html': page('id', 'Rahasia', false), 'en/index.html': page('en', 'Home') });
    const previous = await writeSearchIndex(dir, { partSize: 5 });
    const entry = readFileSync(join(dir, 'pagefind/id/pagefind-entry.json'), 'utf8');
    // Unchanged pages are not read again: if they were, a (never written) page without the search
    // mark would leave its bundle and one that gained it would join; neither happens.
    writeFileSync(join(dir, 'b/index.html'), page('id', 'Batik', false));
    writeFileSync(join(dir, 'x/index.html'), page('id', 'Rahasia'));
    // A page the build wrote (changed) is read: this one joins the English bundle.
    mkdirSync(join(dir, 'en/new'), { recursive: true });
    writeFileSync(join(dir, 'en/new/index.html'), page('en', 'New'));
    const pages = await writeSearchIndex(dir, { partSize: 5, reuse: { previous, changed: new Set(['en/new/index.html']) } });
    expect(pages).toEqual({ 'pagefind/en/': ['en/index.html', 'en/new/index.html'], 'pagefind/id/': ['a/index.html', 'b/index.html'] });
    // The Indonesian bundle was kept as it was, not indexed again.
    expect(readFileSync(join(dir, 'pagefind/id/pagefind-entry.json'), 'utf8')).toBe(entry);
  });

  it('without the previous bundle list every page is read again', async () => {
    const dir = site({ 'a/index.html': page('id', 'Kopi'), 'b/index.html': page('id', 'Batik') });
    const previous = await writeSearchIndex(dir, { partSize: 5 });
    rmSync(join(dir, BUNDLE_LIST));
    writeFileSync(join(dir, 'b/index.html'), page('id', 'Batik', false));
    const pages = await writeSearchIndex(dir, { partSize: 5, reuse: { previous, changed: new Set() } });
    expect(pages).toEqual({ 'pagefind/id/': ['a/index.html'] });
  });
});

describe('cutBundles', () => {
  const files = ['a/index.html', 'b/index.html', 'c/index.html', 'd/index.html', 'e/index.html', 'f/index.html', 'g/index.html'];
  it('cuts pages without a group in path order, then groups whole, a group split only when it alone exceeds a bundle', () => {
    const groups = { 'b/index.html': 'y', 'c/index.html': 'x', 'e/index.html': 'x', 'f/index.html': 'y', 'g/index.html': 'z' };
    expect(cutBundles(files, groups, 3)).toEqual([
      ['a/index.html', 'd/index.html'],
      ['c/index.html', 'e/index.html'],
      ['b/index.html', 'f/index.html', 'g/index.html'],
    ]);
    expect(cutBundles(files, groups, 2)).toEqual([['a/index.html', 'd/index.html'], ['c/index.html', 'e/index.html'], ['b/index.html', 'f/index.html'], ['g/index.html']]);
    const big = { 'b/index.html': 'x', 'c/index.html': 'x', 'd/index.html': 'x', 'e/index.html': 'y' };
    expect(cutBundles(files, big, 2)).toEqual([['a/index.html', 'f/index.html'], ['g/index.html'], ['b/index.html', 'c/index.html'], ['d/index.html', 'e/index.html']]);
    expect(cutBundles(files, {}, 3)).toEqual([files.slice(0, 3), files.slice(3, 6), files.slice(6)]);
    // What fits in one bundle is one bundle, in path order (this site has one per language).
    expect(cutBundles(files, groups, 7)).toEqual([files]);
  });
});

describe('searchGroups (this atlas)', () => {
  const groups = searchGroups(loadAtlasOrThrow(process.cwd()));
  it('groups a figure with the cluster or province it measures, a chart with the document showing it, and leaves summaries out', () => {
    expect(groups['klaster/alas-kaki-mojokerto/index.html']).toBe('cluster:alas-kaki-mojokerto');
    expect(groups['angka/cluster.alas-kaki-mojokerto.sentra_revitalisation.budget/index.html']).toBe('cluster:alas-kaki-mojokerto');
    expect(groups['en/figures/cluster.alas-kaki-mojokerto.sentra_revitalisation.budget/index.html']).toBe('cluster:alas-kaki-mojokerto');
    expect(groups['grafik/esmart-ikm/index.html']).toBe('program:e-smart-ikm');
    expect(groups['program/e-smart-ikm/index.html']).toBe('program:e-smart-ikm');
    expect(Object.values(groups)).toContain('region:bengkulu');
    for (const summary of ['index.html', 'en/index.html', 'angka/index.html', 'klaster/index.html', 'sumber/index.html', 'perubahan/index.html', 'data/index.html'])
      expect(groups[summary], summary).toBeUndefined();
  });
});
