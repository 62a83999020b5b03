import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { serve } from '../../scripts/lib/serve.ts';
import { browserPages, launchBrowser } from '../lib/browser.ts';
import { SITE_DIST } from '../lib/site-builds.ts';

/**
 * The strict policy of the project's guide, sent as a response header exactly as written: no
 * 'unsafe-inline' for styles, no eval. Every sampled page (both languages, a chart, an embed, the
 * search page with a query that runs Pagefind) must load with no CSP violation and no console error
 * (Lighthouse's best-practices audit fails on console errors).
 */
const STRICT_CSP = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors *";

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  server = await serve(SITE_DIST, { headers: { 'Content-Security-Policy': STRICT_CSP } });
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  server?.server.close();
});

const PAGES = [...browserPages(), 'grafik/ikm-units-by-year/', 'en/charts/ikm-units-by-year/', 'embed/ikm-units-by-year/', 'en/embed/ikm-units-by-year/', 'halaman-tidak-ada/'];
/** Search pages with a query: Pagefind's UI and its WebAssembly run, results are drawn. */
const SEARCHES = ['cari/?q=tenun', 'en/search/?q=weaving'];

async function visit(path: string, search: boolean) {
  const page = await browser.newPage();
  const problems: string[] = [];
  // Added through the DevTools protocol, so the policy does not apply to this listener itself.
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber}) ${e.sample}`);
    });
  });
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => problems.push(`page error: ${e.message}`));
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()}: ${new URL(r.url()).pathname}`);
  });
  const response = await page.goto(server.url + path, { waitUntil: 'load' });
  expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
  if (search) {
    await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 20_000 });
  }
  // The stylesheet really applies under the policy (a blocked one leaves the browser's defaults).
  const styled = await page.evaluate(() => document.styleSheets.length > 0 && getComputedStyle(document.body).fontFamily !== 'Times New Roman');
  await page.waitForTimeout(100);
  await page.close();
  return { problems, styled };
}

describe('a strict Content-Security-Policy holds', () => {
  it.each(PAGES)('/%s loads with no violation and no console error', async (path) => {
    const { problems, styled } = await visit(path, false);
    // The missing page is served as the site's 404 page, with status 404 (logged by the browser).
    const expected = path.startsWith('halaman-tidak-ada') ? ['HTTP 404: /halaman-tidak-ada/', 'error: Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
    expect([...new Set(problems)].sort()).toEqual(expected.sort());
    expect(styled).toBe(true);
  });

  it.each(SEARCHES)('/%s searches with no violation and no console error', async (path) => {
    const { problems, styled } = await visit(path, true);
    expect(problems).toEqual([]);
    expect(styled).toBe(true);
  });
});
