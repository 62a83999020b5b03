import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAtlas, listFiles, MINI, tempDir } from '../lib/atlas-fixtures.ts';

/**
 * The engine is a generator: a small atlas on another subject (village libraries, two regions,
 * one program, one figure, one chart) builds with the same code, here under a sub-path.
 */
const BASE = '/perpus/';
let dist: string;
const page = (p: string) => parseHTML(readFileSync(join(dist, p, 'index.html'), 'utf8')).document;

beforeAll(() => {
  dist = join(tempDir('mini-sub'), 'dist');
  const r = buildAtlas(MINI, dist, { BASE_PATH: BASE, SITE_URL: 'https://libraries.example.net' });
  expect(r.status, r.stderr).toBe(0);
});

describe('a fixture atlas of another subject', () => {
  it('has the pages its own config names, in both languages', () => {
    for (const p of [
      '',
      'wilayah/',
      'wilayah/wilayah-utara/',
      'wilayah/wilayah-selatan/',
      'perpustakaan/perpustakaan-bukit/',
      'program/buku-untuk-desa/',
      'angka/libraries.total.2024/',
      'grafik/libraries-by-region/',
      'rujukan/',
      'data/',
      'cari/',
      'en/',
      'en/regions/',
      'en/regions/wilayah-utara/',
      'en/libraries/perpustakaan-bukit/',
      'en/programs/buku-untuk-desa/',
      'en/figures/libraries.total.2024/',
      'en/charts/libraries-by-region/',
      'en/references/',
    ]) {
      expect(existsSync(join(dist, p, 'index.html')), p).toBe(true);
    }
    expect(page('').title).toBe('Atlas Perpustakaan Desa — Perpustakaan desa di dua wilayah contoh');
    expect(page('en/libraries/perpustakaan-bukit/').title).toBe('Bukit Library · Village Library Atlas');
    // Nothing of the IKM atlas leaks into another atlas.
    const html = listFiles(dist)
      .filter((f) => f.endsWith('.html'))
      .map((f) => readFileSync(join(dist, f), 'utf8'))
      .join('\n');
    expect(html).not.toMatch(/\bIKM\b|Kemenperin|klaster/);
  });

  it('sets <html lang>, canonical and hreflang alternates to the same entity', () => {
    const id = page('perpustakaan/perpustakaan-bukit/');
    const en = page('en/libraries/perpustakaan-bukit/');
    expect(id.documentElement.getAttribute('lang')).toBe('id');
    expect(en.documentElement.getAttribute('lang')).toBe('en');
    const alt = (d: Document) => Object.fromEntries([...d.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute('hreflang'), l.getAttribute('href')]));
    const expected = {
      id: 'https://libraries.example.net/perpus/perpustakaan/perpustakaan-bukit/',
      en: 'https://libraries.example.net/perpus/en/libraries/perpustakaan-bukit/',
      'x-default': 'https://libraries.example.net/perpus/perpustakaan/perpustakaan-bukit/',
    };
    expect(alt(id)).toEqual(expected);
    expect(alt(en)).toEqual(expected);
    expect(en.querySelector('link[rel="canonical"]')!.getAttribute('href')).toBe(expected.en);
    // The language switch lands on the same entity.
    expect(id.querySelector('a.lang')!.getAttribute('href')).toBe('/perpus/en/libraries/perpustakaan-bukit/');
    expect(en.querySelector('a.lang')!.getAttribute('href')).toBe('/perpus/perpustakaan/perpustakaan-bukit/');
  });

  it('prefixes every internal link and asset with the sub-path, and each resolves to a file', () => {
    for (const f of listFiles(dist).filter((f) => f.endsWith('.html'))) {
      const { document } = parseHTML(readFileSync(join(dist, f), 'utf8'));
      for (const el of document.querySelectorAll('[href], [src]')) {
        const url = el.getAttribute('href') ?? el.getAttribute('src')!;
        if (!url.startsWith('/')) continue;
        expect(url.startsWith(BASE), `${f}: ${url}`).toBe(true);
        const path = url.slice(BASE.length).split('#')[0]!.split('?')[0]!;
        const target = path === '' || path.endsWith('/') ? join(dist, path, 'index.html') : join(dist, path);
        expect(existsSync(target), `${f}: ${url}`).toBe(true);
      }
    }
  });

  it('shows the figure in each page language through <Stat>, linked to its figure page', () => {
    const stat = (d: Document) => d.querySelector('main a.stat')!;
    expect(stat(page('')).textContent).toBe('1.250 perpustakaan');
    expect(stat(page('')).getAttribute('href')).toBe('/perpus/angka/libraries.total.2024/');
    expect(stat(page('en/')).textContent).toBe('1,250 libraries');
    expect(stat(page('en/')).getAttribute('href')).toBe('/perpus/en/figures/libraries.total.2024/');
  });

  it('draws the chart at build time with its table, source and downloads', () => {
    const fig = page('').querySelector('figure#chart-libraries-by-region')!;
    expect(fig.querySelector('figcaption')!.textContent).toBe('Perpustakaan per wilayah');
    const svg = fig.querySelector('.chart-wide svg')!;
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.querySelector('title')!.textContent).toBe('Perpustakaan per wilayah');
    expect(svg.querySelector('desc')!.textContent).toMatch(/Wilayah Utara/);
    expect([...fig.querySelectorAll('table tbody tr')].map((tr) => tr.querySelector('td')!.textContent)).toEqual(['Wilayah Utara', 'Wilayah Selatan']);
    const hrefs = [...fig.querySelectorAll('a')].map((a) => a.getAttribute('href'));
    expect(hrefs).toEqual(
      expect.arrayContaining([
        '/perpus/files/series/libraries-by-region.csv',
        '/perpus/files/series/libraries-by-region.json',
        '/perpus/files/charts/libraries-by-region.id.svg',
        '#chart-libraries-by-region',
      ]),
    );
    expect(readFileSync(join(dist, 'files/series/libraries-by-region.csv'), 'utf8')).toBe(
      'region,value,unit,source,figure,source_publisher,source_url,note_id,note_en\r\n' +
        'A1,700,libraries,sample-report-2024,,Sample Institute,https://example.org/report,,\r\n' +
        'B2,550,libraries,sample-report-2024,,Sample Institute,https://example.org/report,,\r\n',
    );
  });

  it('writes a sitemap and robots.txt with absolute URLs under the sub-path', () => {
    expect(readFileSync(join(dist, 'robots.txt'), 'utf8')).toContain('Sitemap: https://libraries.example.net/perpus/sitemap-index.xml');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain('<loc>https://libraries.example.net/perpus/en/libraries/perpustakaan-bukit/</loc>');
    expect(sitemap).not.toContain('/embed/');
  });
});
