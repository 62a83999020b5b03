import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { PROJECT } from '../lib/atlas-fixtures.ts';
import { launchBrowser } from '../lib/browser.ts';
import { siteWords } from '../lib/built-site.ts';
import { SITE_DIST } from '../lib/site-builds.ts';

/**
 * The embed snippet, pasted into a host page on another origin (another port of 127.0.0.1), shows
 * the chart's source line and credit line without any scrolling at 360, 768 and 1 280 px: with the
 * snippet's own heights alone (its <script> line left out, or JavaScript off), and with the script,
 * which then sizes the iframe to the embed's content.
 */
const ORIGIN = 'https://atlas-ikm.example.org/';
const WIDTHS = [360, 768, 1280];
const words = siteWords();
const seriesIds = readdirSync(join(PROJECT, 'data/series'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5))
  .sort();

let browser: Browser;
let site: Server;
let host: Server;
let siteUrl: string;
let hostUrl: string;
const hostPages = new Map<string, string>();

beforeAll(async () => {
  ({ server: site, url: siteUrl } = await serve(SITE_DIST));
  host = createServer((req, res) => {
    const body = hostPages.get(req.url ?? '');
    res.writeHead(body ? 200 : 404, { 'Content-Type': 'text/html; charset=utf-8' });
    res.end(body ?? 'not found');
  });
  await new Promise<void>((r) => host.listen(0, '127.0.0.1', () => r()));
  const addr = host.address();
  hostUrl = `http://127.0.0.1:${typeof addr === 'object' && addr ? addr.port : 0}`;
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => site?.close(r));
  await new Promise((r) => host?.close(r));
});

/** The snippet the chart page offers, pointed at the local copy of the site. */
function snippet(id: string, locale: 'id' | 'en'): string {
  const file = join(SITE_DIST, locale === 'en' ? 'en' : '', words.charts[locale], id, 'index.html');
  // The textarea's text as a browser reads it (linkedom leaves its character references as written).
  const raw = (parseHTML(readFileSync(file, 'utf8')).document as unknown as Document).querySelector(`#chart-${id}-embed`)!.textContent!;
  const code = raw
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
  expect(code).toContain(`${ORIGIN}${locale === 'en' ? 'en/' : ''}embed/${id}/`);
  return code.replaceAll(ORIGIN, siteUrl);
}

function hostPage(name: string, code: string): string {
  hostPages.set(
    `/${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host article</title></head><body style="margin:16px;font-family:serif;background:#fafafa"><h1>A newspaper article</h1><p>Some text before the chart.</p>${code}<p>Some text after the chart.</p></body></html>`,
  );
  return `${hostUrl}/${name}.html`;
}

/** Inside the embed: how much of it is hidden, and whether its source and credit lines are within the frame. */
async function check(page: Page, label: string) {
  const iframe = page.locator('iframe[data-atlas-embed]');
  const frame = (await iframe.elementHandle())!.contentFrame();
  const f = (await frame)!;
  await f.waitForLoadState('load');
  const r = await f.evaluate(() => {
    const box = (sel: string) => document.querySelector(sel)!.getBoundingClientRect();
    return {
      innerHeight: window.innerHeight,
      innerWidth: window.innerWidth,
      scrollHeight: document.documentElement.scrollHeight,
      scrollWidth: document.documentElement.scrollWidth,
      source: box('.embed-source').bottom,
      credit: box('.embed-credit').bottom,
      creditText: document.querySelector('.embed-credit')!.textContent,
      background: getComputedStyle(document.body).backgroundColor,
    };
  });
  expect(r.scrollHeight, `${label}: content ${r.scrollHeight}px in a ${r.innerHeight}px frame`).toBeLessThanOrEqual(r.innerHeight);
  expect(r.scrollWidth, `${label}: no sideways scrolling`).toBeLessThanOrEqual(r.innerWidth);
  expect(r.source, `${label}: source line visible`).toBeLessThanOrEqual(r.innerHeight);
  expect(r.credit, `${label}: credit line visible`).toBeLessThanOrEqual(r.innerHeight);
  expect(r.creditText).toContain('CC BY 4.0');
  expect(r.background, `${label}: transparent`).toBe('rgba(0, 0, 0, 0)');
  return r;
}

describe('embeds fit their host page', () => {
  for (const locale of ['id', 'en'] as const) {
    test(`every chart (${locale}) without the script: source and credit visible at ${WIDTHS.join(', ')} px, no scrollbar`, async () => {
      const context = await browser.newContext({ colorScheme: 'light' });
      const page = await context.newPage();
      for (const id of seriesIds) {
        const code = snippet(id, locale).replace(/\n<script[^>]*><\/script>$/, '');
        expect(code).not.toContain('<script');
        const url = hostPage(`plain-${locale}-${id}`, code);
        for (const width of WIDTHS) {
          await page.setViewportSize({ width, height: 900 });
          await page.goto(url);
          await check(page, `${locale} ${id} at ${width}px`);
        }
      }
      await context.close();
    }, 300_000);
  }

  test('with JavaScript off in the host and the embed, the snippet still fits', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'dark' });
    const page = await context.newPage();
    for (const id of seriesIds.slice(0, 4)) {
      const url = hostPage(`nojs-${id}`, snippet(id, 'id'));
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(url);
        await check(page, `no-JS ${id} at ${width}px`);
      }
    }
    await context.close();
  }, 300_000);

  test('with the script, the iframe takes the height of the embed content', async () => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    for (const id of seriesIds) {
      const url = hostPage(`script-${id}`, snippet(id, 'en'));
      for (const width of WIDTHS) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(url);
        const f = (await (await page.locator('iframe[data-atlas-embed]').elementHandle())!.contentFrame())!;
        await f.waitForLoadState('load');
        const content = await f.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
        await page.waitForFunction((h) => Math.abs(document.querySelector('iframe')!.getBoundingClientRect().height - h) <= 1, content, { timeout: 5000 });
        await check(page, `script ${id} at ${width}px`);
      }
    }
    await context.close();
  }, 300_000);
});
