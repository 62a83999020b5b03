import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../../scripts/lib/serve.ts';
import { launchBrowser } from '../lib/browser.ts';
import { PROJECT } from '../lib/atlas-fixtures.ts';
import { SITE_DIST } from '../lib/site-builds.ts';

/** Real search: Pagefind's index of the built site, queried in Chromium. */
let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(SITE_DIST);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

/** Every page Pagefind knows for a language, via its JS API (a null search with no filter returns all). */
async function indexedUrls(page: Page, base: string): Promise<{ url: string; type: string[] }[]> {
  // Passed as a string: vitest would rewrite a dynamic import() written in this file.
  return page.evaluate(`(async () => {
    const pf = await import('${base}pagefind/pagefind.js');
    await pf.init();
    const r = await pf.search(null);
    return Promise.all(r.results.map(async (x) => {
      const d = await x.data();
      return { url: d.url, type: d.filters.type ?? [] };
    }));
  })()`);
}

const slugs = (dir: string) => readdirSync(join(PROJECT, dir)).filter((f) => f.endsWith('.mdx')).map((f) => f.slice(0, -4));

describe('search', () => {
  it('the Indonesian index holds every cluster, province and program page in Indonesian, typed', async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    const all = await indexedUrls(page, server.url);
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
    const all = await indexedUrls(page, server.url);
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
});
