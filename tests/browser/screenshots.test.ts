import { mkdirSync, statSync } from 'node:fs';
import type { Server } from 'node:http';
import { join, resolve } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { PROJECT } from '../lib/atlas-fixtures.ts';
import { browserPages, launchBrowser, pageName } from '../lib/browser.ts';
import { SITE_DIST } from '../lib/site-builds.ts';

// Full-page screenshots of one page of every kind, desktop and phone width, light scheme, for a
// person to look at (SCREENSHOT_DIR=… to keep them somewhere else).
const DIR = resolve(process.env.SCREENSHOT_DIR ?? join(PROJECT, 'tests/.tmp/screenshots'));
const PAGES = browserPages();
const WIDTHS = [
  ['desktop', 1280, 800],
  ['phone', 360, 740],
] as const;

let browser: Browser;
let server: Server;
let base: string;

beforeAll(async () => {
  mkdirSync(DIR, { recursive: true });
  ({ server, url: base } = await serve(SITE_DIST));
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  console.log(`Screenshots: ${DIR}`);
});

describe.each(WIDTHS)('%s (%ipx)', (label, width, height) => {
  test.each(PAGES)('/%s', async (path) => {
    const context = await browser.newContext({ viewport: { width, height }, colorScheme: 'light', deviceScaleFactor: 1 });
    try {
      const page = await context.newPage();
      const res = await page.goto(base + path);
      expect(res?.status(), `GET /${path}`).toBe(200);
      const file = join(DIR, `${pageName(path)}.${label}-${width}.png`);
      await page.screenshot({ path: file, fullPage: true });
      expect(statSync(file).size, file).toBeGreaterThan(0);
    } finally {
      await context.close();
    }
  });
});
