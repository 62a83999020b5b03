import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../scripts/lib/serve.ts';
import { launchBrowser } from '../lib/browser.ts';
import { PROJECT } from '../lib/atlas-fixtures.ts';
import { SEARCH_RANKING } from '../../src/lib/search-ranking.ts';
import { SITE_DIST, SITE_SUB_DIST, SUB_BASE, SUB_SEARCH_PART_PAGES } from '../lib/site-builds.ts';

/** Real search: Pagefind's index of the built site, queried in Chromium. */
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let sub: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(SITE_DIST);
  sub = await serve(SITE_SUB_DIST, { base: SUB_BASE });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.server.close();
  sub?.server.close();
});

/** pagefind/bundles.json of a built site: each language's search bundles, first one first. */
const bundlesOf = (dist: string): Record<string, string[]> => JSON.parse(readFileSync(join(dist, 'pagefind/bundles.json'), 'utf8'));

/**
 * Every page that Pagefind knows in the given bundles (folders under the site URL), via its JS API
 * the way the search page uses it: the first bundle, the others merged (a null search returns all).
 * URLs are links on that site (with its base path).
 */
async function indexedUrls(page: Page, site: string, folders: string[]): Promise<{ url: string; type: string[] }[]> {
  const [first, ...others] = folders.map((f) => site + f);
  // Passed as a string: vitest would rewrite a dynamic import() written in this file.
  return page.evaluate(`(async () => {
    const pf = await import('${first}pagefind.js');
    const baseUrl = '${new URL(site).pathname}';
    await pf.options({ baseUrl });
    for (const other of ${JSON.stringify(others)}) await pf.mergeIndex(other, { baseUrl });
    await pf.init();
    const r = await pf.search(null);
    return Promise.all(r.results.map(async (x) => {
      const d = await x.data();
      return { url: d.url, type: d.filters.Jenis ?? d.filters.Type ?? [] };
    }));
  })()`);
}

const slugs = (dir: string) =>
  readdirSync(join(PROJECT, dir))
    .filter((f) => f.endsWith('.mdx'))
    .map((f) => f.slice(0, -4));

describe('search', () => {
  it('the Indonesian index holds every cluster, province and program page in Indonesian, typed', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const all = await indexedUrls(page, server.url, bundlesOf(SITE_DIST).id!);
    const urls = new Set(all.map((r) => r.url));
    for (const s of slugs('content/clusters/id')) expect(urls.has(`/klaster/${s}/`), s).toBe(true);
    for (const s of slugs('content/programs/id')) expect(urls.has(`/program/${s}/`), s).toBe(true);
    expect(all.filter((r) => r.url.startsWith('/provinsi/') && r.url !== '/provinsi/').length).toBe(38);
    expect(all.some((r) => r.url.startsWith('/en/'))).toBe(false);
    expect(all.find((r) => r.url === '/klaster/tenun-ulos-samosir/')!.type).toEqual(['Klaster']);
    expect(all.find((r) => r.url === '/provinsi/papua/')!.type).toEqual(['Provinsi']);
    await page.close();
  });

  it('the English index holds the English pages only', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}en/`);
    const all = await indexedUrls(page, server.url, bundlesOf(SITE_DIST).en!);
    expect(all.length).toBeGreaterThan(100);
    expect(all.every((r) => r.url.startsWith('/en/'))).toBe(true);
    expect(all.find((r) => r.url === '/en/clusters/tenun-ulos-samosir/')!.type).toEqual(['Cluster']);
    await page.close();
  });

  it('searching "ulos" from the Indonesian home page reaches the North Sumatra weaving cluster', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.fill('#site-search', 'ulos');
    await page.press('#site-search', 'Enter');
    await page.waitForURL(/\/cari\/\?q=ulos/);
    const hit = page.locator('.pagefind-ui__result-link[href="/klaster/tenun-ulos-samosir/"]');
    await hit.waitFor({ timeout: 15_000 });
    await hit.click();
    await page.waitForURL(/\/klaster\/tenun-ulos-samosir\/$/);
    expect(await page.locator('h1').textContent()).toContain('ulos');
    await page.close();
  });

  it.each(['tenun', 'ulos', 'Papua', 'sentra', 'restrukturisasi'])('the Indonesian query "%s" finds pages', async (q) => {
    const page = await browser.newPage();
    await page.goto(`${server.url}cari/?q=${encodeURIComponent(q)}`);
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('.pagefind-ui__result').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('without JavaScript the search page offers the indexes instead', async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false });
    const page = await ctx.newPage();
    await page.goto(`${server.url}cari/?q=ulos`);
    const links = await page.locator('.search-fallback a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toEqual(expect.arrayContaining(['/klaster/', '/provinsi/', '/program/', '/angka/']));
    expect(await page.locator('.search-fallback').isVisible()).toBe(true);
    await ctx.close();
  });

  it('this site needs one bundle per language', () => {
    expect(bundlesOf(SITE_DIST)).toEqual({ en: ['pagefind/en/'], id: ['pagefind/id/'] });
  });

  describe('split into several bundles per language (the sub-path build, as a large atlas is)', () => {
    it.each(['id', 'en'])('the %s bundles are small, disjoint, and together hold every page of the one-bundle index', async (lang) => {
      const page = await browser.newPage();
      await page.goto(`${sub.url}${lang === 'en' ? 'en/' : ''}`);
      const folders = bundlesOf(SITE_SUB_DIST)[lang]!;
      expect(folders.length).toBeGreaterThan(2);
      const seen: string[] = [];
      for (const f of folders) {
        const urls = (await indexedUrls(page, sub.url, [f])).map((r) => r.url);
        expect(urls.length, f).toBeGreaterThan(0);
        expect(urls.length, f).toBeLessThanOrEqual(SUB_SEARCH_PART_PAGES);
        seen.push(...urls);
      }
      const merged = (await indexedUrls(page, sub.url, folders)).map((r) => r.url);
      await page.goto(`${server.url}${lang === 'en' ? 'en/' : ''}`);
      const whole = (await indexedUrls(page, server.url, bundlesOf(SITE_DIST)[lang]!)).map((r) => r.url);
      // The sub-path site's URLs carry its base; the pages are the same.
      const strip = (u: string) => u.replace(SUB_BASE, '/');
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.map(strip).sort()).toEqual([...whole].sort());
      expect(merged.map(strip).sort()).toEqual([...whole].sort());
      await page.close();
    });

    it('the search page finds a page that only the last bundle holds', async () => {
      const page = await browser.newPage();
      await page.goto(sub.url);
      const last = bundlesOf(SITE_SUB_DIST).id!.at(-1)!;
      // Pick a province page from the last bundle and search for its name.
      const urls = (await indexedUrls(page, sub.url, [last])).map((r) => r.url);
      const target = urls.find((u) => /\/provinsi\/[a-z-]+\/$/.test(u));
      expect(target, `a province page in ${last}: ${urls.join(' ')}`).toBeDefined();
      await page.goto(`${sub.url}${target!.slice(SUB_BASE.length)}`);
      const name = (await page.locator('h1').textContent())!.trim();
      await page.goto(`${sub.url}cari/?q=${encodeURIComponent(name)}`);
      // Among the results, not necessarily the first five: each bundle weighs words by its own pages
      // (a name rare among 60 figure pages scores high there), so ranks across bundles do not compare.
      const hit = page.locator(`.pagefind-ui__result-link[href="${target}"]`);
      const more = page.locator('.pagefind-ui__button');
      await page.locator('.pagefind-ui__result-link').first().waitFor({ timeout: 15_000 });
      for (let i = 0; i < 20 && (await hit.count()) === 0 && (await more.count()) > 0; i++) {
        await more.click();
        await page.waitForTimeout(300);
      }
      await hit.waitFor({ timeout: 15_000 });
      await page.close();
    });
  });
});

/** The first `n` results of a query, ranked by Pagefind, with their excerpts (its JS API, one bundle). */
async function ranked(page: Page, site: string, folder: string, q: string, n = 3): Promise<{ url: string; excerpt: string }[]> {
  return page.evaluate(`(async () => {
    const pf = await import('${site}${folder}pagefind.js');
    await pf.options({ baseUrl: '/', ranking: ${JSON.stringify(SEARCH_RANKING)} });
    await pf.init();
    const r = await pf.search(${JSON.stringify(q)});
    return Promise.all(r.results.slice(0, ${n}).map(async (x) => { const d = await x.data(); return { url: d.url, excerpt: d.excerpt }; }));
  })()`);
}

describe('search that answers (issue 17)', () => {
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage();
    await page.goto(server.url);
  });
  afterAll(async () => page?.close());

  // The ikm.units measure's pages (any year) answer "how many IKM"; the newest should lead.
  it.each([
    ['id', 'berapa jumlah IKM', /^\/angka\/ikm\.units\.\d{4}\/$/],
    ['id', 'jumlah unit usaha IKM', /^\/angka\/ikm\.units\.\d{4}\/$/],
    ['en', 'how many IKM units', /^\/en\/figures\/ikm\.units\.\d{4}\/$/],
  ])('%s: "%s" ranks a figure page of IKM units in the top 3', async (lang, q, want) => {
    const top = (await ranked(page, server.url, `pagefind/${lang}/`, q)).map((r) => r.url);
    expect(
      top.some((u) => want.test(u)),
      `${q}: ${top.join(' ')}`,
    ).toBe(true);
    expect(top.some((u) => /ikm\.workers/.test(u)) && !want.test(top[0]!), `${q}: workers first: ${top.join(' ')}`).toBe(false);
  });

  // The page a name is about leads, ahead of the many short figure pages that carry the same name.
  it.each([
    ['id', 'Sulawesi Selatan', '/provinsi/sulawesi-selatan/'],
    ['id', 'Jawa Barat', '/provinsi/jawa-barat/'],
    ['en', 'West Java', '/en/provinces/jawa-barat/'],
    ['id', 'e-Smart IKM', '/program/e-smart-ikm/'],
  ])('%s: "%s" ranks its own page first', async (lang, q, want) => {
    const top = (await ranked(page, server.url, `pagefind/${lang}/`, q)).map((r) => r.url);
    expect(top[0], `${q}: ${top.join(' ')}`).toBe(want);
  });

  it('finds a cluster by its name in the other language (kopi ↔ coffee)', async () => {
    const en = (await ranked(page, server.url, 'pagefind/en/', 'kopi')).map((r) => r.url);
    expect(en).toContain('/en/clusters/kopi-dogiyai/');
    const id = (await ranked(page, server.url, 'pagefind/id/', 'coffee')).map((r) => r.url);
    expect(id).toContain('/klaster/kopi-dogiyai/');
  });

  it('keeps word gaps between terms and their values in excerpts', async () => {
    const hits = await ranked(page, server.url, 'pagefind/id/', 'Pengolahan kopi', 5);
    const text = hits.map((h) => h.excerpt.replace(/<[^>]+>/g, '')).join(' | ');
    expect(text).toMatch(/Pengolahan kopi/);
    expect(text).not.toMatch(/ProdukPengolahan|kopiKabupaten|kopiKab\./);
  });

  it('on a phone: one search box, results before the filter, and the filter named in Indonesian', async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
    const p = await ctx.newPage();
    await p.goto(`${server.url}cari/?q=${encodeURIComponent('kopi')}`);
    await p.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
    // Pagefind's box only: the header's search form is left out of the search page.
    expect(await p.locator('input.pagefind-ui__search-input').count()).toBe(1);
    expect(await p.locator('#site-search').count()).toBe(0);
    await p.locator('.pagefind-ui__filter-panel').waitFor({ timeout: 15_000 });
    const [results, filters] = await Promise.all([p.locator('.pagefind-ui__results-area').boundingBox(), p.locator('.pagefind-ui__filter-panel').boundingBox()]);
    expect(results!.y).toBeLessThan(filters!.y);
    const names = await p.locator('.pagefind-ui__filter-name').allTextContents();
    expect(names.map((n) => n.trim())).toEqual(['Jenis']);
    await ctx.close();
  });
});
