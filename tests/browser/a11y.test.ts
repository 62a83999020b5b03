import type { Server } from 'node:http';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { browserPages, launchBrowser } from '../lib/browser.ts';
import { SITE_DIST } from '../lib/site-builds.ts';
import { svgTextContrast } from '../lib/svg-contrast.ts';

// WCAG 2.2 AA as axe-core checks it (colour contrast included), on one page of every kind in both
// languages and both colour schemes, with every <details> opened so folded tables are checked too.
// axe-core skips text inside SVG, so chart labels (tile labels on coloured tiles, bar labels) get their
// own contrast check, in the wide and the narrow chart variant.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
// Label in Name (WCAG 2.5.3) is an "experimental" axe rule, off unless named: the site's links whose
// visible text is a number or an id must carry that text in their accessible name.
const EXPERIMENTAL = { rules: { 'label-content-name-mismatch': { enabled: true } } };
const PAGES = browserPages();

let browser: Browser;
let server: Server;
let base: string;
const contexts: Partial<Record<'light' | 'dark', BrowserContext>> = {};

beforeAll(async () => {
  ({ server, url: base } = await serve(SITE_DIST));
  browser = await launchBrowser();
  for (const scheme of ['light', 'dark'] as const) contexts[scheme] = await browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

describe.each(['light', 'dark'] as const)('axe, %s colour scheme', (scheme) => {
  test.each(PAGES)('/%s has no WCAG 2.2 AA violations', async (path) => {
    const page = await contexts[scheme]!.newPage();
    try {
      await page.emulateMedia({ colorScheme: scheme });
      const res = await page.goto(base + path);
      expect(res?.status(), `GET /${path}`).toBe(200);
      await page.evaluate(() =>
        document.querySelectorAll('details').forEach((d) => {
          d.open = true;
        }),
      );
      const result = await new AxeBuilder({ page }).withTags(TAGS).options(EXPERIMENTAL).analyze();
      const report = result.violations
        .map((v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`).join('\n')}`)
        .join('\n');
      expect(
        result.violations.map((v) => v.id),
        `/${path} (${scheme}):\n${report}`,
      ).toEqual([]);

      const labels: (ReturnType<typeof svgTextContrast>[number] & { width: number })[] = [];
      for (const width of [1280, 360]) {
        await page.setViewportSize({ width, height: 900 });
        labels.push(...(await page.evaluate(svgTextContrast)).map((l) => ({ ...l, width })));
      }
      const low = labels.filter((l) => l.ratio < 4.5);
      expect(low, `/${path} (${scheme}): chart labels below 4.5:1\n${low.map((l) => `    "${l.label}" in ${l.chart} at ${l.width}px: ${l.fg} on ${l.bg} = ${l.ratio}:1`).join('\n')}`).toEqual([]);
    } finally {
      await page.close();
    }
  });
});

// The checks above must be able to fail: a planted low-contrast paragraph, chart label and a link whose
// name lacks its visible text are caught.
test('the checks catch planted contrast problems', async () => {
  const page = await contexts.light!.newPage();
  try {
    await page.goto(base + PAGES[0]);
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.id = 'planted';
      p.style.cssText = 'color:#aaa;background:#fff';
      p.textContent = 'low contrast';
      document.querySelector('main')!.prepend(p);
      document
        .querySelector('main')!
        .insertAdjacentHTML('afterbegin', '<svg class="atlas-chart" width="100" height="40"><rect width="100" height="40" fill="#0072b2"/><text x="50" y="25" fill="#1a1a1a">XX</text></svg>');
      // A link whose visible text is not in its accessible name (WCAG 2.5.3).
      document.querySelector('main')!.insertAdjacentHTML('afterbegin', '<p><a id="planted-name" href="#main" aria-label="Sumber Kontan">[1]</a></p>');
    });
    const result = await new AxeBuilder({ page }).withTags(TAGS).options(EXPERIMENTAL).analyze();
    expect(result.violations.find((v) => v.id === 'label-content-name-mismatch')?.nodes.map((n) => n.target.join(' '))).toContain('#planted-name');
    const contrast = result.violations.find((v) => v.id === 'color-contrast');
    expect(contrast?.nodes.map((n) => n.target.join(' '))).toContain('#planted');
    const low = (await page.evaluate(svgTextContrast)).filter((l) => l.ratio < 4.5);
    expect(low.map((l) => l.label)).toEqual(['XX']);
  } finally {
    await page.close();
  }
});
