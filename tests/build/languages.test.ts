import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc, htmlFiles } from '../lib/built-site.ts';
import { LANGUAGE_FIXTURES } from '../lib/site-builds.ts';

/**
 * Languages are data (issue 16): the small fixture atlas builds in one language and in three, the
 * third (Malay) added with a line in data/site.yaml, a strings file (data/locales/ms.yaml) and its
 * content, with no code change. Routes, <html lang>, hreflang, the language switch, search bundles,
 * feeds and the sitemap follow the list. (Links, html-validate, axe and no-script checks run on both
 * fixtures in links, html-validate, axe and no-js tests.)
 */
const [one, three] = LANGUAGE_FIXTURES;
const read = (dist: string, file: string) => readFileSync(join(dist, file), 'utf8');
const alternates = (d: Document) => Object.fromEntries([...d.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));

describe('an atlas in one language', () => {
  const files = htmlFiles(one.dist);

  it('has its pages at the root and no other language', () => {
    for (const p of [
      'index.html',
      'perpustakaan/perpustakaan-bukit/index.html',
      'wilayah/wilayah-utara/index.html',
      'program/buku-untuk-desa/index.html',
      'angka/libraries.total.2024/index.html',
      'grafik/libraries-by-region/index.html',
      'cari/index.html',
    ]) {
      expect(files, p).toContain(p);
    }
    expect(files.filter((f) => f.startsWith('en/'))).toEqual([]);
    expect(files.every((f) => doc(one.dist, f).documentElement.getAttribute('lang') === 'id')).toBe(true);
  });

  it('offers no language switch, and names only itself (and x-default) as alternates', () => {
    const d = doc(one.dist, 'perpustakaan/perpustakaan-bukit/index.html');
    expect(d.querySelectorAll('a.lang').length).toBe(0);
    expect(d.querySelectorAll('meta[property="og:locale:alternate"]').length).toBe(0);
    expect(alternates(d)).toEqual({ id: 'https://libraries.example.net/perpustakaan/perpustakaan-bukit/', 'x-default': 'https://libraries.example.net/perpustakaan/perpustakaan-bukit/' });
  });

  it('has one feed, one search bundle and a sitemap of its pages only', () => {
    expect(existsSync(join(one.dist, 'rss.xml'))).toBe(true);
    expect(existsSync(join(one.dist, 'en/rss.xml'))).toBe(false);
    expect(JSON.parse(read(one.dist, 'pagefind/bundles.json'))).toEqual({ id: ['pagefind/id/'] });
    expect(read(one.dist, 'sitemap-0.xml')).not.toContain('/en/');
  });

  it('publishes its data with one column per language it has', () => {
    const header = read(one.dist, 'files/figures.csv').split('\r\n')[0]!.split(',');
    expect(header.filter((c) => /^(label|claimant|note)_/.test(c))).toEqual(['label_id', 'claimant_id', 'note_id']);
    expect(read(one.dist, 'files/provinces.csv').split('\r\n')[0]).not.toContain('name_en');
  });
});

describe('an atlas in three languages, the third added as data only', () => {
  const files = htmlFiles(three.dist);
  const home = (code: string) => ({ id: 'index.html', en: 'en/index.html', ms: 'ms/index.html' })[code]!;

  it('has every page in every language, each under its prefix with its <html lang>', () => {
    const byLang = (prefix: string) => files.filter((f) => (prefix ? f.startsWith(prefix) : !/^(en|ms)\//.test(f)) && f !== '404.html' && !f.includes('embed/'));
    const id = byLang('');
    const en = byLang('en/');
    const ms = byLang('ms/');
    expect(ms.length).toBe(id.length);
    expect(en.length).toBe(id.length);
    for (const f of ms) expect(doc(three.dist, f).documentElement.getAttribute('lang'), f).toBe('ms');
    expect(ms).toEqual(
      expect.arrayContaining([
        'ms/index.html',
        'ms/perpustakaan/perpustakaan-bukit/index.html',
        'ms/carta/libraries-by-region/index.html',
        'ms/carian/index.html',
        'ms/angka/libraries.total.2024/index.html',
      ]),
    );
  });

  it('writes the engine words, numbers and dates of the added language', () => {
    const d = doc(three.dist, 'ms/index.html');
    expect(d.querySelector('.skip, a[href="#main"]')?.textContent?.trim()).toBe('Langkau ke kandungan');
    expect(d.querySelector('main a.stat')!.textContent).toBe('1,250 perpustakaan');
    expect(d.querySelector('meta[property="og:locale"]')!.getAttribute('content')).toBe('ms_MY');
  });

  it('pairs every language version of a page: hreflang to all three, and a switch to each other language', () => {
    const expected = {
      id: 'https://libraries.example.net/perpustakaan/perpustakaan-bukit/',
      en: 'https://libraries.example.net/en/libraries/perpustakaan-bukit/',
      ms: 'https://libraries.example.net/ms/perpustakaan/perpustakaan-bukit/',
      'x-default': 'https://libraries.example.net/perpustakaan/perpustakaan-bukit/',
    };
    for (const [code, file] of [
      ['id', 'perpustakaan/perpustakaan-bukit/index.html'],
      ['en', 'en/libraries/perpustakaan-bukit/index.html'],
      ['ms', 'ms/perpustakaan/perpustakaan-bukit/index.html'],
    ] as const) {
      const d = doc(three.dist, file);
      expect(alternates(d), file).toEqual(expected);
      const switches = [...d.querySelectorAll('a.lang')].map((a) => [a.getAttribute('hreflang'), a.getAttribute('href')]);
      expect(switches, file).toEqual(
        Object.entries(expected)
          .filter(([l]) => l !== code && l !== 'x-default')
          .map(([l, url]) => [l, new URL(url).pathname]),
      );
    }
    expect(doc(three.dist, home('id')).querySelector('a.lang[hreflang="ms"]')!.textContent?.trim()).toMatch(/Bahasa Melayu$/);
  });

  it('has a feed and a search bundle per language, and every page in the sitemap', () => {
    for (const f of ['rss.xml', 'en/rss.xml', 'ms/rss.xml']) expect(existsSync(join(three.dist, f)), f).toBe(true);
    expect(read(three.dist, 'ms/rss.xml')).toContain('<language>ms-MY</language>');
    expect(JSON.parse(read(three.dist, 'pagefind/bundles.json'))).toEqual({ en: ['pagefind/en/'], id: ['pagefind/id/'], ms: ['pagefind/ms/'] });
    expect(read(three.dist, 'sitemap-0.xml')).toContain('https://libraries.example.net/ms/perpustakaan/perpustakaan-bukit/');
  });

  it('greets a lost reader in every language on the one not-found page', () => {
    const d = doc(three.dist, '404.html');
    expect([...d.querySelectorAll('main [lang]')].map((e) => e.getAttribute('lang'))).toEqual(['en', 'ms']);
    expect(d.querySelector('main [lang="ms"] a')!.getAttribute('href')).toBe('/ms/');
  });

  it('publishes its data with a column per language', () => {
    const header = read(three.dist, 'files/figures.csv').split('\r\n')[0]!.split(',');
    expect(header.filter((c) => c.startsWith('label_'))).toEqual(['label_id', 'label_en', 'label_ms']);
    expect(read(three.dist, 'files/provinces.csv').split('\r\n')[0]).toContain('name_en,name_ms');
  });
});
