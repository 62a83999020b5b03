import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
// @ts-expect-error -- jsdom ships no type declarations and @types/jsdom is not installed
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { classify, htmlFiles, spread, type PageKind } from '../lib/built-site.ts';
import { LANGUAGE_FIXTURES, SITE_DIST } from '../lib/site-builds.ts';

/**
 * axe-core (WCAG 2.0/2.1/2.2 A and AA) in jsdom on the built HTML, with every <details> opened so
 * folded data tables are checked too.
 *
 * axe takes about 0.5–1.5 s a page in jsdom (its stylesheet cascade is slow), so ~400 pages would take
 * minutes: this runs on every page of the kinds with few pages and an even spread over the large
 * kinds (see SAMPLE), both languages included. Pages of one kind come from one layout.
 */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Rules that need a rendered layout, which jsdom does not have; tests/browser/a11y.test.ts runs them in Chromium. */
const LAYOUT_RULES: Record<string, string> = {
  'color-contrast': 'needs rendered colours and stacking',
  'link-in-text-block': 'compares the rendered colours of links and the text around them',
  'target-size': 'needs element boxes; jsdom gives every box 0×0',
  'scrollable-region-focusable': 'needs scroll sizes; jsdom reports 0, so it could never fail here',
};

/** How many pages of each kind are checked (Infinity: all). */
const SAMPLE: Record<PageKind, number> = {
  home: Infinity,
  other: Infinity, // collection indexes, sources, figures index, search, data, free pages
  'not-found': Infinity,
  program: Infinity,
  chart: Infinity,
  embed: Infinity,
  cluster: 10,
  region: 10,
  figure: 20,
};

function pagesToCheck(): string[] {
  const byKind = new Map<PageKind, string[]>();
  for (const f of htmlFiles(SITE_DIST)) {
    const { kind } = classify(f);
    byKind.set(kind, [...(byKind.get(kind) ?? []), f]);
  }
  return [...byKind].flatMap(([kind, files]) => spread(files, SAMPLE[kind]));
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact?: string;
  help: string;
  nodes: { target: string[]; failureSummary?: string }[];
}

/**
 * jsdom loads no stylesheet files: the site's own (same-origin files, for the strict CSP) are put
 * inline here, so axe sees the page as a browser styles it (hidden chart variants, layout).
 */
function withSiteCss(html: string, dist: string): string {
  return html.replace(/<link rel="stylesheet" href="\/(_astro\/[^"]+\.css)">/g, (_m, path: string) => `<style>${readFileSync(join(dist, path), 'utf8')}</style>`);
}

async function axeViolations(html: string, url: string, dist = SITE_DIST): Promise<Violation[]> {
  const dom = new JSDOM(withSiteCss(html, dist), { url, runScripts: 'outside-only', pretendToBeVisual: true, virtualConsole: new VirtualConsole() });
  try {
    const { window } = dom;
    for (const d of window.document.querySelectorAll('details')) d.open = true;
    window.eval(AXE_SOURCE);
    const result = await (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: Violation[] }> } }).axe.run(window.document, {
      runOnly: { type: 'tag', values: TAGS },
      rules: Object.fromEntries(Object.keys(LAYOUT_RULES).map((r) => [r, { enabled: false }])),
      resultTypes: ['violations'],
    });
    return result.violations;
  } finally {
    dom.window.close();
  }
}

const format = (vs: Violation[]) =>
  vs
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes
          .slice(0, 5)
          .map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary?.replace(/\n/g, '\n      ')}`)
          .join('\n')}`,
    )
    .join('\n');

const PAGES = pagesToCheck();

describe('axe-core in jsdom', () => {
  it('covers every page kind, both languages', () => {
    const kinds = new Set(PAGES.map((f) => classify(f).kind));
    expect([...kinds].sort()).toEqual(['chart', 'cluster', 'embed', 'figure', 'home', 'not-found', 'other', 'program', 'region']);
    expect(PAGES.some((f) => f.startsWith('en/'))).toBe(true);
    expect(PAGES.length).toBeGreaterThanOrEqual(100);
  });

  it.each(PAGES)('%s has no WCAG A/AA violations', async (file) => {
    const violations = await axeViolations(readFileSync(join(SITE_DIST, file), 'utf8'), `https://atlas-ikm.example.org${classify(file).path}`);
    expect(violations, `${file}:\n${format(violations)}`).toEqual([]);
  });

  it('reports planted violations (the check can fail)', async () => {
    const html = readFileSync(join(SITE_DIST, 'index.html'), 'utf8').replace('</main>', '<img src="/favicon.svg"><button></button><details><summary>x</summary><a href="/"></a></details></main>');
    const ids = (await axeViolations(html, 'https://atlas-ikm.example.org/')).map((v) => v.id);
    expect(ids).toEqual(expect.arrayContaining(['image-alt', 'button-name', 'link-name']));
  });
});

/**
 * The fixture atlases in one and in three languages: every page of the one-language atlas, and every
 * page of the language added as data only (Malay, under /ms/) in the three-language one.
 */
const FIXTURE_PAGES = LANGUAGE_FIXTURES.flatMap((f) =>
  htmlFiles(f.dist)
    .filter((file) => f.locales.length === 1 || file.startsWith('ms/'))
    .map((file) => ({ fixture: f.name, dist: f.dist, origin: f.origin, file })),
);

describe('axe-core in jsdom, fixture atlases in one and three languages', () => {
  it('covers both fixtures', () => {
    expect(new Set(FIXTURE_PAGES.map((p) => p.fixture))).toEqual(new Set(LANGUAGE_FIXTURES.map((f) => f.name)));
    expect(FIXTURE_PAGES.length).toBeGreaterThan(30);
  });

  it.each(FIXTURE_PAGES)('$fixture: $file has no WCAG A/AA violations', async ({ dist, origin, file }) => {
    const violations = await axeViolations(readFileSync(join(dist, file), 'utf8'), `${origin}/${file.replace(/index\.html$/, '')}`, dist);
    expect(violations, `${file}:\n${format(violations)}`).toEqual([]);
  });
});
