import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { browserPages, launchBrowser } from '../lib/browser.ts';
import { SITE_DIST } from '../lib/site-builds.ts';

// The site promises to read without JavaScript: charts are build-time SVG (a wide and a narrow
// variant switched by CSS), figures are plain links, nothing scrolls sideways on a phone, and the
// keyboard path (skip link → main) works.
const PAGES = browserPages();
const PHONE = { width: 360, height: 740 };

let browser: Browser;
let server: Server;
let base: string;
let context: BrowserContext;

beforeAll(async () => {
  ({ server, url: base } = await serve(SITE_DIST));
  browser = await launchBrowser();
  context = await browser.newContext({ javaScriptEnabled: false, colorScheme: 'light' });
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function open(path: string, viewport: { width: number; height: number }): Promise<Page> {
  const page = await context.newPage();
  await page.setViewportSize(viewport);
  const res = await page.goto(base + path);
  expect(res?.status(), `GET /${path}`).toBe(200);
  return page;
}

describe('charts and figures without JavaScript', () => {
  test('JavaScript really is off', async () => {
    const page = await open('', { width: 1100, height: 800 });
    try {
      await page.setContent('<p id="x">static</p><script>document.getElementById("x").textContent = "script ran"</script>');
      expect(await page.textContent('#x')).toBe('static');
    } finally {
      await page.close();
    }
  });

  for (const path of ['', 'program/kerja-sama-jica/']) {
    for (const [variant, width] of [
      ['wide', 1100],
      ['narrow', 360],
    ] as const) {
      test(`/${path} at ${width}px shows the ${variant} chart SVGs`, async () => {
        const page = await open(path, { width, height: 800 });
        try {
          const figures = page.locator('figure.chart');
          const n = await figures.count();
          expect(n, `/${path} has charts`).toBeGreaterThan(0);
          for (let i = 0; i < n; i++) {
            const fig = figures.nth(i);
            const id = await fig.getAttribute('id');
            const shown = fig.locator(`.chart-${variant} svg`);
            const hidden = fig.locator(`.chart-${variant === 'wide' ? 'narrow' : 'wide'} svg`);
            expect(await shown.isVisible(), `#${id}: ${variant} SVG visible`).toBe(true);
            expect(await hidden.isVisible(), `#${id}: the other variant is hidden`).toBe(false);
            await shown.scrollIntoViewIfNeeded();
            const box = await shown.boundingBox();
            expect(box?.height ?? 0, `#${id}: ${variant} SVG height`).toBeGreaterThan(100);
            expect((box?.x ?? -1) >= 0 && (box?.x ?? 0) + (box?.width ?? 0) <= width, `#${id}: ${variant} SVG within ${width}px: ${JSON.stringify(box)}`).toBe(true);
          }
        } finally {
          await page.close();
        }
      });
    }

    test(`/${path}: every <a class="stat"> figure is visible`, async () => {
      const page = await open(path, { width: 1100, height: 800 });
      try {
        // Figures folded inside a closed <details> are hidden by design; open them first.
        await page.evaluate(() =>
          document.querySelectorAll('details').forEach((d) => {
            d.open = true;
          }),
        );
        const stats = page.locator('a.stat');
        const n = await stats.count();
        if (path === '') expect(n, 'the home page shows figures').toBeGreaterThan(0);
        for (let i = 0; i < n; i++) {
          const s = stats.nth(i);
          expect(await s.isVisible(), `a.stat #${i} (${await s.textContent()})`).toBe(true);
          expect((await s.textContent())?.trim(), `a.stat #${i} has text`).not.toBe('');
          expect(await s.getAttribute('href'), `a.stat #${i} links to its figure`).toBeTruthy();
        }
      } finally {
        await page.close();
      }
    });
  }
});

describe(`chart text stays at least 12 px at ${PHONE.width} px`, () => {
  for (const path of ['', 'program/kerja-sama-jica/', 'provinsi/']) {
    test(`/${path}`, async () => {
      const page = await open(path, PHONE);
      try {
        // Each visible chart is drawn with 12 px text in its viewBox; the shown size scales with it.
        const sizes = await page.locator('figure.chart svg').evaluateAll((svgs) =>
          svgs
            .filter((svg) => svg.getBoundingClientRect().width > 0)
            .flatMap((svg) => {
              const scale = svg.getBoundingClientRect().width / (svg as SVGSVGElement).viewBox.baseVal.width;
              return [...svg.querySelectorAll('text')].map((t) => Number.parseFloat(getComputedStyle(t).fontSize) * scale);
            }),
        );
        expect(sizes.length).toBeGreaterThan(0);
        expect(Math.min(...sizes)).toBeGreaterThanOrEqual(12);
      } finally {
        await page.close();
      }
    });
  }
});

describe(`no horizontal scroll at ${PHONE.width}×${PHONE.height}`, () => {
  test.each(PAGES)('/%s', async (path) => {
    const page = await open(path, PHONE);
    try {
      const m = await page.evaluate(() => {
        const vw = document.documentElement.clientWidth;
        const wide = [...document.querySelectorAll('body *')]
          .filter((el) => {
            const r = el.getBoundingClientRect();
            return r.width > 0 && r.right > vw + 0.5 && getComputedStyle(el).position !== 'absolute';
          })
          .filter((el) => !el.parentElement?.closest('table, pre'))
          .slice(0, 8)
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : ''} right=${Math.round(el.getBoundingClientRect().right)}`,
          );
        return { scrollWidth: document.documentElement.scrollWidth, wide };
      });
      expect(m.scrollWidth, `/${path} scrollWidth at ${PHONE.width}px; elements past the edge:\n  ${m.wide.join('\n  ')}`).toBeLessThanOrEqual(PHONE.width);
    } finally {
      await page.close();
    }
  });
});

describe('keyboard', () => {
  test.each([
    [1280, 800],
    [PHONE.width, PHONE.height],
  ])('at %ipx: Tab reaches the visible skip link, Enter moves focus to main', async (width, height) => {
    const page = await open('', { width, height });
    try {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const cs = getComputedStyle(el);
        return {
          tag: el.tagName,
          cls: el.className,
          text: el.textContent?.trim(),
          href: el.getAttribute('href'),
          outlineStyle: cs.outlineStyle,
          outlineWidth: cs.outlineWidth,
          boxShadow: cs.boxShadow,
        };
      });
      expect(focused.tag).toBe('A');
      expect(focused.cls).toBe('skip');
      expect(focused.text).toBe('Langsung ke isi');
      expect(focused.href).toBe('#main');
      const box = await page.locator('a.skip').boundingBox();
      expect(box, 'skip link has a box').not.toBeNull();
      expect(box!.x >= 0 && box!.y >= 0 && box!.x + box!.width <= width && box!.y + box!.height <= height, `skip link inside the ${width}×${height} viewport: ${JSON.stringify(box)}`).toBe(true);
      const outlined = focused.outlineStyle !== 'none' && parseFloat(focused.outlineWidth) > 0;
      expect(outlined || (focused.boxShadow !== 'none' && focused.boxShadow !== ''), `focus indicator: outline ${focused.outlineStyle} ${focused.outlineWidth}, box-shadow ${focused.boxShadow}`).toBe(
        true,
      );

      await page.keyboard.press('Enter');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
      expect(new URL(page.url()).hash).toBe('#main');
    } finally {
      await page.close();
    }
  });
});
