// The reader's dashboard (issue 17), in Chromium at a phone's and a desktop's width, in both colour
// schemes: map tiles and dots are links to the right pages with hover titles, charts tell values on
// hover, the home page is a dashboard, the nav folds under "Menu" on a phone, print is light.
import type { Server } from 'node:http';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { serve } from '../../scripts/lib/serve.ts';
import { launchBrowser } from '../lib/browser.ts';
import { SITE_DIST } from '../lib/site-builds.ts';

let browser: Browser;
let server: Server;
let base: string;
const contexts = new Map<string, BrowserContext>();
const WIDTHS = [360, 1280] as const;
const SCHEMES = ['light', 'dark'] as const;
const VIEWS = WIDTHS.flatMap((width) => SCHEMES.map((scheme) => ({ width, scheme })));

beforeAll(async () => {
  ({ server, url: base } = await serve(SITE_DIST));
  browser = await launchBrowser();
  for (const { width, scheme } of VIEWS) contexts.set(`${width}-${scheme}`, await browser.newContext({ colorScheme: scheme, viewport: { width, height: 900 } }));
});

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

async function open(width: number, scheme: string, path: string): Promise<Page> {
  const page = await contexts.get(`${width}-${scheme}`)!.newPage();
  const res = await page.goto(base + path);
  expect(res?.status(), `GET /${path}`).toBe(200);
  return page;
}

/** The chart variant a reader sees at this width. */
const shown = (width: number) => (width < 600 ? '.chart-narrow' : '.chart-wide');

describe.each(VIEWS)('at $width px, $scheme', ({ width, scheme }) => {
  test('every province tile on /provinsi/ is a visible link to its province, named by a title with its value; a tap opens it', async () => {
    const page = await open(width, scheme, 'provinsi/');
    try {
      const tiles = page.locator(`#regions-recorded ${shown(width)} svg a`);
      expect(await tiles.count()).toBe(38);
      const links = await tiles.evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), title: a.querySelector(':scope > title')?.textContent ?? '' })));
      const pages = await page.locator('ul.az a').evaluateAll((as) => as.map((a) => ({ href: a.getAttribute('href'), name: a.textContent!.trim() })));
      expect(pages).toHaveLength(38);
      for (const p of pages) {
        const tile = links.find((l) => l.href === p.href);
        expect(tile, p.href!).toBeDefined();
        expect(tile!.title.startsWith(p.name), `${tile!.title} names ${p.name}`).toBe(true);
      }
      // Jawa Timur counts clusters + programs: the title carries the number and its short name.
      expect(links.find((l) => l.href === '/provinsi/jawa-timur/')!.title).toMatch(/^Jawa Timur \(Jatim\): \d+ klaster \+ program$/);
      expect(await page.locator(`#regions-recorded ${shown(width)} svg`).getAttribute('role')).toBe('group');
      await page.locator(`#regions-recorded ${shown(width)} svg a[href="/provinsi/jawa-timur/"] rect`).click();
      await page.waitForURL('**/provinsi/jawa-timur/');
      expect(await page.locator('h1').textContent()).toBe('Jawa Timur');
    } finally {
      await page.close();
    }
  });

  test('keyboard focus on a map link is visible (a 3 px ring in the text colour)', async () => {
    const page = await open(width, scheme, 'provinsi/');
    try {
      const link = page.locator(`#regions-recorded ${shown(width)} svg a[href="/provinsi/aceh/"]`);
      const before = await link.locator('rect').evaluate((r) => getComputedStyle(r).strokeWidth);
      await page.locator('ul.az a').last().focus();
      // Tab from the A–Z list (above the map) into the map until Aceh's tile has focus.
      await page.locator('ul.az a').first().focus();
      for (let i = 0; i < 80 && !(await link.evaluate((a) => a === document.activeElement)); i++) await page.keyboard.press('Tab');
      expect(await link.evaluate((a) => a === document.activeElement)).toBe(true);
      const style = await link.locator('rect').evaluate((r) => ({ width: getComputedStyle(r).strokeWidth, colour: getComputedStyle(r).stroke, text: getComputedStyle(document.body).color }));
      expect(before).not.toBe('3px');
      expect(style.width).toBe('3px');
      expect(style.colour).toBe(style.text);
    } finally {
      await page.close();
    }
  });

  test('the home dashboard: latest figures as large numbers, linked maps, chart thumbnails, recent changes', async () => {
    const page = await open(width, scheme, '');
    try {
      const kpis = page.locator('.kpi');
      expect(await kpis.count()).toBeGreaterThanOrEqual(2);
      const units = kpis.filter({ hasText: 'Unit usaha IKM' }).first();
      // The newest record of the ikm.units measure (2023), with who stated it and its source.
      expect(await units.locator('.kpi-value a').textContent()).toBe('4,19 juta');
      expect(await units.locator('.kpi-value a').getAttribute('href')).toBe('/angka/ikm.units.2023/');
      expect(await units.locator('.kpi-meta').textContent()).toMatch(/2023 · menurut Menteri Perindustrian Agus Gumiwang Kartasasmita · Esensi\.tv/);
      const size = await units.locator('.kpi-value').evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
      expect(size).toBeGreaterThanOrEqual(32);
      // The cluster map: every dot links to its cluster; on a phone the dots are numbered beside a visible list.
      const dots = page.locator(`#map-clusters ${shown(width)} svg a`);
      const n = await dots.count();
      expect(n).toBeGreaterThanOrEqual(17);
      const hrefs = await dots.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      expect(hrefs.every((h) => h.startsWith('/klaster/'))).toBe(true);
      const key = page.locator('#map-clusters ol.map-key');
      expect(await key.isVisible()).toBe(width < 600);
      if (width < 600) {
        const listed = await key.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
        expect(listed).toEqual(hrefs);
        const numbers = await page.locator(`#map-clusters ${shown(width)} svg text`).allTextContents();
        expect(numbers.map(Number).sort((x, y) => x - y)).toEqual(hrefs.map((_, i) => i + 1));
      }
      // Tap a dot: its cluster page opens. The last one drawn, which nothing covers: on a phone, dots of
      // neighbouring clusters overlap (Aceh Besar and Lhokseumawe), and the numbered list is the way to those.
      await dots.last().click();
      await page.waitForURL(`**${hrefs.at(-1)}`);
      await page.goBack();
      // Chart thumbnails link to chart pages; the picture is decorative (the link text names the chart).
      const thumbs = page.locator('.thumbs a');
      expect(await thumbs.count()).toBeGreaterThanOrEqual(2);
      for (const a of await thumbs.all()) {
        expect(await a.getAttribute('href')).toMatch(/^\/grafik\/[a-z0-9-]+\/$/);
        expect(await a.locator('svg').getAttribute('aria-hidden')).toBe('true');
        expect((await a.locator('.thumb-title').textContent())!.length).toBeGreaterThan(5);
      }
      expect(await page.locator('.recent li').count()).toBeGreaterThanOrEqual(3);
      expect(await page.locator('#home-clusters-per-region svg a').count()).toBe(76); // 38 tiles × 2 variants
    } finally {
      await page.close();
    }
  });

  test('the nav folds under "Menu" on a phone and is a plain list on a desktop', async () => {
    const page = await open(width, scheme, 'klaster/tenun-ulos-samosir/');
    try {
      const plain = page.locator('nav.site-nav');
      const menu = page.locator('details.nav-menu');
      if (width < 600) {
        expect(await plain.isVisible()).toBe(false);
        expect(await menu.isVisible()).toBe(true);
        expect(await menu.locator('a').first().isVisible()).toBe(false);
        const header = await page.locator('.site-header').boundingBox();
        expect(header!.height, 'header height on a phone').toBeLessThan(130);
        await menu.locator('summary').click();
        expect(await menu.locator('a').first().isVisible()).toBe(true);
        expect(await menu.locator('a[href="/provinsi/"]').isVisible()).toBe(true);
      } else {
        expect(await plain.isVisible()).toBe(true);
        expect(await menu.isVisible()).toBe(false);
      }
    } finally {
      await page.close();
    }
  });

  test('bars, points and tiles tell their value on hover (a <title> per shape)', async () => {
    const page = await open(width, scheme, 'grafik/imk-growth-yoy/');
    try {
      const points = await page.locator(`${shown(width)} svg circle > title`).allTextContents();
      expect(points.length).toBeGreaterThan(3);
      for (const t of points) expect(t).toMatch(/: -?[\d.,]+%$/);
      // The chart is still one labelled image.
      expect(
        await page
          .locator(`${shown(width)} svg`)
          .first()
          .getAttribute('role'),
      ).toBe('img');
    } finally {
      await page.close();
    }
  });

  test('measures that are not comparable are drawn and summarised apart (ikm-units-by-year)', async () => {
    const page = await open(width, scheme, 'grafik/ikm-units-by-year/');
    try {
      const titles = await page.locator(`${shown(width)} svg rect > title`).allTextContents();
      expect(titles).toContain('Industri kecil (Kemenperin), 2014: 3,52 juta');
      const summary = await page.locator('figure.chart p', { hasText: 'Ringkasan' }).first().textContent();
      expect(summary).toMatch(/tidak dapat dibandingkan/);
      expect(summary).not.toMatch(/tertinggi|terendah/);
    } finally {
      await page.close();
    }
  });
});

describe('phones first', () => {
  test.each(SCHEMES)('at 360 px (%s) facts stack and wide tables become cards without sideways scrolling', async (scheme) => {
    const page = await open(360, scheme, 'provinsi/');
    try {
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
      const table = page.locator('table.stack').first();
      expect(await table.evaluate((t) => t.scrollWidth <= t.clientWidth + 1)).toBe(true);
      const label = await table
        .locator('td[data-label]')
        .first()
        .evaluate((td) => getComputedStyle(td, '::before').content);
      expect(label).toMatch(/^".+: "$/);
      await page.goto(`${base}provinsi/jawa-timur/`);
      const [dt, dd] = await Promise.all([page.locator('dl.facts dt').first().boundingBox(), page.locator('dl.facts dd').first().boundingBox()]);
      expect(dd!.y).toBeGreaterThan(dt!.y + dt!.height - 1); // below, not beside
      // Facts lead; codes and coordinates come last.
      const order = await page.locator('main h2').allTextContents();
      expect(order.indexOf('Kode dan koordinat')).toBe(order.length - 2); // then the sources
    } finally {
      await page.close();
    }
  });

  test("/program/restrukturisasi-mesin/ tables each figure once (a chart's own data table aside)", async () => {
    const page = await open(1280, 'light', 'program/restrukturisasi-mesin/');
    try {
      const links = await page.locator('main table a[href^="/angka/"]').evaluateAll((as) => as.filter((a) => !a.closest('figure.chart')).map((a) => a.getAttribute('href')));
      expect(links.length).toBeGreaterThan(5);
      expect(new Set(links).size).toBe(links.length);
    } finally {
      await page.close();
    }
  });
});

describe('print from a dark screen', () => {
  test('prints dark text on white, charts with their caption and source line, data tables open', async () => {
    const page = await open(1280, 'dark', 'grafik/imk-establishments-2020/');
    try {
      const screen = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
      expect(screen).not.toBe('rgb(255, 255, 255)');
      await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
      const colours = await page.evaluate(() => ({
        bg: getComputedStyle(document.body).backgroundColor,
        fg: getComputedStyle(document.body).color,
        chart: getComputedStyle(document.querySelector('.chart-wide svg')!).color,
      }));
      expect(colours).toEqual({ bg: 'rgb(255, 255, 255)', fg: 'rgb(0, 0, 0)', chart: 'rgb(0, 0, 0)' });
      const figure = page.locator('figure.chart').first();
      expect(await figure.locator('.chart-wide svg').isVisible()).toBe(true);
      expect(await figure.locator('.chart-narrow').isVisible()).toBe(false);
      expect(await figure.locator('figcaption').isVisible()).toBe(true);
      expect(await figure.locator('p', { hasText: 'Sumber' }).first().isVisible()).toBe(true);
      expect(await figure.locator('details table').isVisible()).toBe(true);
      expect(await page.locator('.site-nav').isVisible()).toBe(false);
      expect(await page.locator('.nav-menu').isVisible()).toBe(false);
    } finally {
      await page.close();
    }
  });
});

describe('the figures explorer', () => {
  test.each(WIDTHS)('without script (%i px): every row in the page, one section per topic with its anchor, the first open and each other one a tap away; no filter form', async (width) => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width, height: 900 } });
    const page = await ctx.newPage();
    try {
      await page.goto(`${base}angka/`);
      expect(await page.locator('#explorer').isVisible()).toBe(false);
      const rows = page.locator('tr[data-topic]');
      const sections = await page.locator('section[data-topic]').evaluateAll((ss) => ss.map((s) => s.id));
      expect(sections.length).toBeGreaterThan(3);
      for (const id of sections) expect(await page.locator(`nav a[href="#${id}"]`).count(), id).toBe(1);
      const total = await rows.count();
      expect(total).toBeGreaterThanOrEqual(100);
      // Topics by importance: the one holding the measures on the home page comes first, open.
      expect(sections[0]).toBe('topic-ikm-structure');
      const shownRows = (id: string) => page.locator(`#${id} tr[data-topic]`).evaluateAll((rs) => rs.filter((r) => r.checkVisibility()).length);
      const first = await page.locator(`#${sections[0]} tr[data-topic]`).count();
      expect(await shownRows(sections[0]!)).toBe(first);
      // Every other topic is closed until tapped: its summary says how many figures it holds.
      const last = sections.at(-1)!;
      const inLast = await page.locator(`#${last} tr[data-topic]`).count();
      expect(await shownRows(last)).toBe(0);
      const summary = page.locator(`#${last} summary`);
      expect(await summary.textContent()).toContain(String(inLast));
      await summary.click();
      expect(await shownRows(last)).toBe(inLast);
      // The rows of all sections together are the whole table.
      const perSection = await page.locator('section[data-topic]').evaluateAll((ss) => ss.map((s) => s.querySelectorAll('tr[data-topic]').length));
      expect(perSection.reduce((x, y) => x + y, 0)).toBe(total);
    } finally {
      await ctx.close();
    }
  });

  test('with script, a topic named in the address or picked from the list of topics opens', async () => {
    const page = await open(360, 'light', 'angka/#topic-restructuring');
    try {
      await page.locator('#explorer').waitFor({ state: 'visible' });
      expect(await page.locator('#topic-restructuring details').getAttribute('open')).not.toBeNull();
      const other = await page.locator('section[data-topic]').evaluateAll(
        (ss) =>
          ss
            .map((s) => s.id)
            .filter((id) => id !== 'topic-restructuring' && id !== 'topic-ikm-structure')
            .at(-1)!,
      );
      expect(await page.locator(`#${other} details`).getAttribute('open')).toBeNull();
      await page.locator(`nav a[href="#${other}"]`).click();
      await page.waitForFunction((id) => document.querySelector(`#${id} details`)?.hasAttribute('open'), other);
    } finally {
      await page.close();
    }
  });

  test.each(VIEWS)('with script ($width px, $scheme): words, topic, year and province filter; columns sort', async ({ width, scheme }) => {
    const page = await open(width, scheme, 'angka/');
    try {
      const form = page.locator('#explorer');
      await form.waitFor({ state: 'visible' });
      const visibleRows = () => page.locator('tr[data-topic]:visible');
      const total = await page.locator('tr[data-topic]').count();
      expect(await page.locator('#explorer-count').textContent()).toBe(`${total} angka`);

      await page.fill('#explorer-q', 'tenaga kerja');
      const words = await visibleRows().allTextContents();
      expect(words.length).toBeGreaterThan(0);
      expect(words.length).toBeLessThan(total);
      for (const t of words) expect(t.toLowerCase()).toContain('tenaga kerja');
      expect(page.url()).toContain('q=tenaga+kerja');
      expect(await page.locator('section[data-topic]:visible').count()).toBeLessThan(await page.locator('section[data-topic]').count());
      // Every topic holding a match is open, so no matching row stays folded away.
      expect(await page.locator('section[data-topic]:visible details:not([open])').count()).toBe(0);

      await page.click('#explorer button[type="reset"]');
      await page.waitForFunction((n) => document.querySelectorAll('tr[data-topic]:not([hidden])').length === n, total);
      // Without filters the page is as it came: only the first topic open.
      expect(await page.locator('section[data-topic] details[open]').evaluateAll((ds) => ds.map((d) => d.closest('section')!.id))).toEqual(['topic-ikm-structure']);
      await page.selectOption('#explorer-region', '35');
      const east = await visibleRows().evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.region));
      expect(east.length).toBeGreaterThan(0);
      expect(new Set(east)).toEqual(new Set(['35']));
      await page.selectOption('#explorer-region', '');
      await page.selectOption('#explorer-year', '2019');
      expect(new Set(await visibleRows().evaluateAll((rs) => rs.map((r) => (r as HTMLElement).dataset.year)))).toEqual(new Set(['2019']));
      await page.selectOption('#explorer-year', '');
      await page.selectOption('#explorer-topic', 'ikm-structure');
      expect(await page.locator('section[data-topic]:visible').evaluateAll((ss) => ss.map((s) => s.id))).toEqual(['topic-ikm-structure']);

      // Sort the topic's table by value, both ways.
      const table = page.locator('#topic-ikm-structure table');
      const head = table.locator('thead th').nth(1);
      const values = () => table.locator('tbody tr td:nth-child(2)').evaluateAll((tds) => tds.map((td) => Number(td.getAttribute('data-sort'))));
      await head.locator('button.sort').click();
      expect(await head.getAttribute('aria-sort')).toBe('ascending');
      const up = await values();
      expect(up).toEqual([...up].sort((x, y) => x - y));
      await head.locator('button.sort').click();
      expect(await head.getAttribute('aria-sort')).toBe('descending');
      const down = await values();
      expect(down).toEqual([...up].sort((x, y) => y - x));
    } finally {
      await page.close();
    }
  });

  test('a filtered view is a link: the filters come back from the address', async () => {
    const page = await open(1280, 'light', 'angka/?q=tenaga+kerja');
    try {
      await page.locator('#explorer').waitFor({ state: 'visible' });
      expect(await page.inputValue('#explorer-q')).toBe('tenaga kerja');
      const shown = await page.locator('tr[data-topic]:visible').allTextContents();
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBe(await page.locator('tr[data-topic]:not([hidden])').count());
      for (const t of shown) expect(t.toLowerCase()).toContain('tenaga kerja');
    } finally {
      await page.close();
    }
  });
});
