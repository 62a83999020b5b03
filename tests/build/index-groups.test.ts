// Index pages that don't grow (src/routes/groups.ts), built: a synthetic atlas of 30 clusters whose
// index pages hold at most 4 entries (index_pages.max_entries), so every index groups. This site's
// own indexes fit one page and stay as they were (its builds are checked by links, html-validate,
// axe and no-JS tests; grouping left its built site byte-identical).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { parse as parseCsv } from 'csv-parse/sync';
import { join } from 'node:path';
import { HtmlValidate, StaticConfigLoader } from 'html-validate';
import { parseHTML } from 'linkedom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateSyntheticAtlas } from '../../scripts/lib/synthetic.ts';
import type { Route } from '../../src/routes/table.ts';
import { loadAtlasOrThrow } from '../../src/validate/index.ts';
import { buildAtlas, tempDir } from '../lib/atlas-fixtures.ts';
import { HTML_VALIDATE_CONFIG } from '../lib/html-validate-config.ts';

const root = tempDir('groups');
const dist = join(tempDir('groups-dist'), 'dist');
let routes: Route[] = [];
let counts = { figures: 0, series: 0, sources: 0 };

const page = (path: string) => {
  const file = join(dist, path, 'index.html');
  return existsSync(file) ? (parseHTML(readFileSync(file, 'utf8')).document as unknown as Document) : undefined;
};
/** Internal links of a page's main content, as site paths without their #fragment. */
const links = (path: string) => [...page(path)!.querySelectorAll('main a[href^="/"]')].map((a) => a.getAttribute('href')!.split('#')[0]!);

beforeAll(() => {
  generateSyntheticAtlas(root, { clusters: 30, charts: true, maxIndexEntries: 4 });
  const loaded = loadAtlasOrThrow(root);
  routes = loaded.routes;
  counts = { figures: loaded.data.figures.length, series: loaded.data.series.length, sources: loaded.data.sources.length };
  const r = buildAtlas(root, dist);
  if (r.status !== 0) throw new Error(`build failed:\n${r.stdout}\n${r.stderr}`);
}, 600_000);
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(join(dist, '..'), { recursive: true, force: true });
});

describe('grouped index pages', () => {
  const INDEXES = [
    ['clusters', 'cluster'],
    ['figures', 'figure'],
    ['charts', 'chart'],
  ] as const;

  it('build a page for every group in the route table, in both languages, paired by hreflang', () => {
    const groups = routes.filter((r) => /^(clusters|figures|charts|data)\//.test(r.key));
    expect(groups.length).toBeGreaterThan(50);
    for (const g of groups) {
      const d = page(g.path);
      expect(d, g.path).toBeDefined();
      const twin = routes.find((r) => r.key === g.key && r.locale !== g.locale)!;
      expect([...d!.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => new URL(l.getAttribute('href')!).pathname)).toContain(twin.path);
      // Back to the overview, and a previous or next group.
      const index = routes.find((r) => r.key === g.key.split('/')[0] && r.locale === g.locale)!;
      expect(links(g.path)).toContain(index.path);
      expect(d!.querySelector('a[rel="prev"], a[rel="next"]'), g.path).not.toBeNull();
    }
  });

  it('reach every cluster, figure and chart from the overview within two links', () => {
    for (const locale of ['id', 'en'] as const)
      for (const [index, kind] of INDEXES) {
        const overview = routes.find((r) => r.key === index && r.locale === locale)!;
        const reached = new Set(links(overview.path));
        for (const p of [...reached]) if (page(p)) for (const q of links(p)) reached.add(q);
        const entries = routes.filter((r) => r.kind === kind && r.locale === locale);
        expect(entries.length).toBeGreaterThanOrEqual(30);
        expect(entries.filter((e) => !reached.has(e.path)).map((e) => e.path)).toEqual([]);
      }
  });

  it('list no more than four entries on any page, and every series dataset on some group page of the catalogue', () => {
    for (const [index, kind] of INDEXES)
      for (const r of routes.filter((x) => x.key.startsWith(`${index}/`))) {
        const entryPaths = new Set(routes.filter((x) => x.kind === kind && x.locale === r.locale).map((x) => x.path));
        expect(new Set(links(r.path).filter((l) => entryPaths.has(l))).size).toBeLessThanOrEqual(4);
      }
    const datasets = routes.filter((r) => r.key.startsWith('data/') && r.locale === 'en').flatMap((r) => [...page(r.path)!.querySelectorAll('section.dataset')].map((s) => s.id));
    expect(datasets.sort()).toEqual(
      routes
        .filter((r) => r.kind === 'chart' && r.locale === 'en')
        .map((r) => `series-${r.ref}`)
        .sort(),
    );
  });

  it('keep the full lists downloadable from the overview of the catalogue', () => {
    const hrefs = [...page('/en/data/')!.querySelectorAll('a[download]')].map((a) => a.getAttribute('href'));
    for (const f of ['figures', 'clusters', 'sources']) expect(hrefs).toContain(`/files/${f}.csv`);
    for (const f of hrefs) expect(existsSync(join(dist, f!)), f!).toBe(true);
  });

  it('link only to pages and files that exist', () => {
    const grouped = routes.filter((r) => /^(clusters|figures|charts|data)(\/|$)/.test(r.key));
    const broken = grouped.flatMap((r) =>
      links(r.path)
        .filter((l) => !existsSync(join(dist, l)) && !existsSync(join(dist, l, 'index.html')))
        .map((l) => `${r.path} → ${l}`),
    );
    expect(broken).toEqual([]);
  });

  it('pass html-validate’s recommended rules, overview and group pages alike', () => {
    const validator = new HtmlValidate(new StaticConfigLoader(HTML_VALIDATE_CONFIG));
    const grouped = routes.filter((r) => /^(clusters|figures|charts|data|changes|sources)(\/|$)/.test(r.key));
    const findings = grouped.flatMap((r) =>
      validator.validateStringSync(readFileSync(join(dist, r.path, 'index.html'), 'utf8'), r.path).results.flatMap((x) => x.messages.map((m) => `${r.path}:${m.line} ${m.ruleId} ${m.message}`)),
    );
    expect(findings).toEqual([]);
  });
});

describe('pages that list the whole atlas', () => {
  it('the changelog lists the newest changes up to twice max_entries, and links the table that holds them all', () => {
    const total = counts.figures + counts.series + counts.sources;
    for (const path of routes.filter((r) => r.key === 'changes').map((r) => r.path)) {
      const d = page(path)!;
      expect(d.querySelectorAll('main section li'), path).toHaveLength(8);
      const cut = [...d.querySelectorAll('main p')].find((p) => p.querySelector('a[href="/files/changes.csv"]'))!;
      expect(cut.textContent, path).toMatch(/ 8 /);
      expect(cut.textContent, path).toMatch(new RegExp(` ${total}\\b`));
    }
    const rows: Record<string, string>[] = parseCsv(readFileSync(join(dist, 'files/changes.csv'), 'utf8'), { columns: true });
    expect(rows).toHaveLength(total);
    expect(new Set(rows.map((r) => r.kind))).toEqual(new Set(['figure-added', 'series-added', 'source-added']));
    expect(JSON.parse(readFileSync(join(dist, 'files/changes.json'), 'utf8')).rows).toHaveLength(total);
  });

  it('the list of sources names at most 20 figures under a source and links the figures table for the rest', () => {
    const d = page(routes.find((r) => r.key === 'sources' && r.locale === 'en')!.path)!;
    const figures = routes.find((r) => r.key === 'figures' && r.locale === 'en')!.path;
    const entries = [...d.querySelectorAll('main li[id^="src-"]')];
    expect(entries).toHaveLength(counts.sources);
    // 90 figures from three sources: each gives 30, of which 20 are linked.
    for (const li of entries) {
      expect(li.querySelectorAll(`a[href^="${figures}"]`), li.id).toHaveLength(20);
      expect(li.textContent, li.id).toContain('… and 10 more; all of them are in the table of figures (column source):');
      expect(li.querySelector('a[href="/files/figures.csv"]'), li.id).not.toBeNull();
    }
  });

  it('a province page lists one page of its clusters and links the index group with them all; the home page leaves out the dot map', () => {
    const region = routes.find((r) => r.kind === 'region' && r.locale === 'en')!;
    const group = routes.find((r) => r.key === `clusters/${region.ref}` && r.locale === 'en')!;
    const d = page(region.path)!;
    const cards = [...d.querySelectorAll('#clusters + ul a')];
    expect(cards).toHaveLength(4);
    const all = [...d.querySelectorAll('main a')].find((a) => a.getAttribute('href') === group.path)!;
    expect(all.textContent).toMatch(/^See all of them \(\d+\)$/);
    expect(Number(/\d+/.exec(all.textContent!)![0])).toBeGreaterThan(4);
    // A program reaching more clusters than one page holds lists that many and points to the clusters table.
    const program = routes.find((r) => r.kind === 'program' && r.locale === 'en')!;
    const p = page(program.path)!;
    expect(p.querySelectorAll('main ul.cards a[href*="/clusters/"]')).toHaveLength(4);
    const more = p.querySelector('main a[href="/files/clusters.csv"]')!.parentElement!;
    expect(more.textContent).toMatch(/^… and \d+ more; all of them are in the table of clusters \(column programs\): CSV$/);
    for (const path of ['/', '/en/']) {
      expect(page(path)!.querySelector('#map-clusters'), path).toBeNull();
      expect(page(path)!.querySelector('#home-clusters-per-region'), path).not.toBeNull();
    }
  });
});
