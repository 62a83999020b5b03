import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../lib/atlas-fixtures.ts';
import { classify, doc, entityPath, fileOfPath, htmlFiles, siteWords, type Locale, type PageInfo } from '../lib/built-site.ts';
import { SITE_DIST, SITE_SUB_DIST, SUB_BASE } from '../lib/site-builds.ts';

/**
 * What the built site promises, checked on tests/.tmp/site against data/ and content/ read directly
 * (not through the engine), so a mistake in the engine cannot hide itself.
 */
const ORIGIN = 'https://atlas-ikm.example.org';
const LOCALES: Locale[] = ['id', 'en'];
const OTHER: Record<Locale, Locale> = { id: 'en', en: 'id' };
const words = siteWords();
const files = htmlFiles(SITE_DIST);
const pages: PageInfo[] = files.map((f) => classify(f, words));
const d = (file: string) => doc(SITE_DIST, file);
const exists = (sitePath: string) => existsSync(join(SITE_DIST, fileOfPath(sitePath)));
const read = (p: string) => readFileSync(join(PROJECT, p), 'utf8');

// --- data/ and content/, read directly -----------------------------------------------------------

const regions: { code: string; slug: string }[] = parseCsv(read('data/regions.csv'), { columns: true, skip_empty_lines: true });
const slugOfRegion = new Map(regions.map((r) => [r.code, r.slug]));

function frontmatter(file: string): Record<string, unknown> {
  const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`no frontmatter in ${file}`);
  return parseYaml(m[1]!);
}

/** Slugs of a content collection, with each file's frontmatter, per locale. */
function collection(name: 'clusters' | 'programs') {
  const out = new Map<string, Partial<Record<Locale, Record<string, unknown>>>>();
  for (const locale of LOCALES) {
    const dir = join(PROJECT, 'content', name, locale);
    for (const f of existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.mdx')) : []) {
      const slug = f.replace(/\.mdx$/, '');
      out.set(slug, { ...out.get(slug), [locale]: frontmatter(join(dir, f)) });
    }
  }
  return out;
}
const clusters = collection('clusters');
const programs = collection('programs');

interface FigureRecord {
  id: string;
  source: string;
}
const figures: FigureRecord[] = readdirSync(join(PROJECT, 'data/figures'))
  .filter((f) => f.endsWith('.yaml'))
  .sort()
  .flatMap((f) => (parseYaml(read(`data/figures/${f}`)).figures ?? []) as FigureRecord[]);
const sources = new Map((parseYaml(read('data/sources.yaml')) as { id: string; publisher: string }[]).map((s) => [s.id, s]));

interface SeriesMeta {
  x: { field: string };
  y: { field: string };
  sources: string[];
}
const seriesIds = readdirSync(join(PROJECT, 'data/series'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();
const seriesMeta = new Map(seriesIds.map((id) => [id, parseYaml(read(`data/series/${id}.yaml`)) as SeriesMeta]));

/**
 * Counterparts of the pages that are not entity pages: collection indexes and other fixed pages
 * (URL words of data/site.yaml) and free pages (content/pages/<locale>/<name>.mdx, paired by name).
 */
const fixedTwins = new Map<string, string>();
{
  const site = parseYaml(read('data/site.yaml'));
  const pairs: Record<Locale, string>[] = [
    ...Object.values(site.collections as Record<string, { path: Record<Locale, string> }>).map((c) => c.path),
    ...Object.values(site.paths as Record<string, Record<Locale, string>>),
  ];
  const pageDir = (locale: Locale) => join(PROJECT, 'content/pages', locale);
  for (const name of readdirSync(pageDir('id')).filter((f) => f.endsWith('.mdx'))) {
    if (!existsSync(join(pageDir('en'), name))) continue;
    const word = (locale: Locale) => (name === 'index.mdx' ? '' : String(frontmatter(join(pageDir(locale), name)).path ?? name.replace(/\.mdx$/, '')));
    pairs.push({ id: word('id'), en: word('en') });
  }
  for (const pair of pairs) {
    const [idPath, enPath] = [pair.id ? entityPath('id', pair.id) : '/', pair.en ? entityPath('en', pair.en) : '/en/'];
    fixedTwins.set(idPath, enPath).set(enPath, idPath);
  }
}

// --- helpers ------------------------------------------------------------------------------------

/** Site path of an absolute URL on the site's origin, or of a root-relative href. */
function sitePath(url: string): string {
  const u = new URL(url, ORIGIN);
  if (u.origin !== ORIGIN) throw new Error(`not on ${ORIGIN}: ${url}`);
  return u.pathname;
}
const hrefs = (root: ParentNode, selector = 'a[href]') => Array.from(root.querySelectorAll(selector), (a) => a.getAttribute('href')!);
const main = (file: string) => d(file).querySelector('main')!;
const indexable = (p: PageInfo) => !d(p.file).querySelector('meta[name="robots"][content*="noindex"]');
const sourcesPath = (locale: Locale) => entityPath(locale, words.sources[locale]);

// --- the tests ----------------------------------------------------------------------------------

describe('pages for every province, cluster and program, in both languages', () => {
  it(`at least 38 province pages in each language, one for every row of data/regions.csv`, () => {
    expect(regions.length).toBeGreaterThanOrEqual(38);
    for (const locale of LOCALES) {
      const missing = regions.filter((r) => !exists(entityPath(locale, words.regions[locale], r.slug))).map((r) => r.slug);
      expect(missing, `${locale}: no page for`).toEqual([]);
      expect(pages.filter((p) => p.kind === 'region' && p.locale === locale).length).toBeGreaterThanOrEqual(38);
    }
    // The literal URLs the site promises.
    expect(existsSync(join(SITE_DIST, 'provinsi/aceh/index.html'))).toBe(true);
    expect(existsSync(join(SITE_DIST, 'en/provinces/aceh/index.html'))).toBe(true);
  });

  it.each([
    ['clusters', clusters],
    ['programs', programs],
  ] as const)('every one of content/%s has a page in both languages', (name, coll) => {
    expect(coll.size).toBeGreaterThan(0);
    const missing: string[] = [];
    for (const slug of coll.keys()) for (const locale of LOCALES) if (!exists(entityPath(locale, words[name][locale], slug))) missing.push(`${locale}/${slug}`);
    expect(missing).toEqual([]);
  });
});

describe('every page: language, title, description, canonical, hreflang and language switch', () => {
  const indexed = pages.filter(indexable);

  it('the pages left out here are the embeds and the 404 page (noindex), and nothing else', () => {
    const left = pages.filter((p) => !indexable(p));
    expect(
      left.every((p) => p.kind === 'embed' || p.kind === 'not-found'),
      left.map((p) => p.file).join('\n'),
    ).toBe(true);
    expect(indexed.length).toBeGreaterThan(300);
  });

  it('the sitemap lists exactly these pages, as absolute URLs, in the root and the sub-path build', () => {
    const locs = (dist: string) =>
      readdirSync(dist)
        .filter((f) => /^sitemap-\d+\.xml$/.test(f))
        .flatMap((f) => [...readFileSync(join(dist, f), 'utf8').matchAll(/<loc>([^<]*)<\/loc>/g)].map((m) => m[1]!));
    const expected = indexed.map((p) => p.path).sort();
    expect(locs(SITE_DIST).sort()).toEqual(expected.map((p) => ORIGIN + p));
    expect(locs(SITE_SUB_DIST).sort()).toEqual(expected.map((p) => ORIGIN + SUB_BASE.slice(0, -1) + p));
    expect(readFileSync(join(SITE_SUB_DIST, 'sitemap-index.xml'), 'utf8')).toContain(`<loc>${ORIGIN}${SUB_BASE}sitemap-0.xml</loc>`);
  });

  it('<html lang> is the page language on every page', () => {
    const bad = pages.filter((p) => d(p.file).documentElement.getAttribute('lang') !== p.locale).map((p) => `${p.file}: lang="${d(p.file).documentElement.getAttribute('lang')}"`);
    expect(bad).toEqual([]);
  });

  it('every page has a title and a meta description; titles are unique within a language', () => {
    const problems: string[] = [];
    for (const locale of LOCALES) {
      const seen = new Map<string, string>();
      for (const p of indexed.filter((p) => p.locale === locale)) {
        const title = d(p.file).querySelector('title')?.textContent?.trim() ?? '';
        if (!title) problems.push(`${p.file}: no title`);
        else if (seen.has(title)) problems.push(`${p.file}: same title as ${seen.get(title)}: "${title}"`);
        else seen.set(title, p.file);
      }
    }
    for (const p of pages) {
      if (!d(p.file).querySelector('title')?.textContent?.trim()) problems.push(`${p.file}: no title`);
      if (!d(p.file).querySelector('meta[name="description"]')?.getAttribute('content')?.trim()) problems.push(`${p.file}: no meta description`);
    }
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  });

  it('canonical, hreflang id/en/x-default and the language switch point to the same entity in each language', () => {
    const problems: string[] = [];
    const byPath = new Map(pages.map((p) => [p.path, p]));
    for (const p of indexed) {
      const document = d(p.file);
      const canonical = document.querySelector('link[rel="canonical"]')?.getAttribute('href');
      if (canonical !== `${ORIGIN}${p.path}`) problems.push(`${p.file}: canonical ${canonical}`);
      const alt = new Map(Array.from(document.querySelectorAll('link[rel="alternate"][hreflang]'), (l) => [l.getAttribute('hreflang')!, l.getAttribute('href')!]));
      const [own, other, xDefault] = [alt.get(p.locale), alt.get(OTHER[p.locale]), alt.get('x-default')];
      if (!own || !other || !xDefault) {
        problems.push(`${p.file}: hreflang ${[...alt.keys()].join(', ') || 'none'} (needs id, en and x-default)`);
        continue;
      }
      if (own !== `${ORIGIN}${p.path}`) problems.push(`${p.file}: hreflang=${p.locale} is ${own}`);
      if (xDefault !== alt.get('id')) problems.push(`${p.file}: x-default ${xDefault} is not the Indonesian page ${alt.get('id')}`);
      const twin = byPath.get(sitePath(other));
      if (!twin) {
        problems.push(`${p.file}: hreflang=${OTHER[p.locale]} ${other} is no page of the build`);
        continue;
      }
      if (twin.locale !== OTHER[p.locale]) problems.push(`${p.file}: hreflang=${OTHER[p.locale]} ${other} is a ${twin.locale} page`);
      if (twin.kind !== p.kind || twin.ref !== p.ref) problems.push(`${p.file}: hreflang=${OTHER[p.locale]} ${other} is ${twin.kind} ${twin.ref ?? ''}, not ${p.kind} ${p.ref ?? ''}`);
      if (p.ref === undefined && fixedTwins.get(p.path) !== twin.path) {
        problems.push(`${p.file}: hreflang=${OTHER[p.locale]} ${other}, but data/site.yaml and content/pages pair ${p.path} with ${fixedTwins.get(p.path) ?? 'nothing'}`);
      }
      const back = d(twin.file).querySelector(`link[rel="alternate"][hreflang="${p.locale}"]`)?.getAttribute('href');
      if (back !== `${ORIGIN}${p.path}`) problems.push(`${p.file}: ${twin.file} does not point back (hreflang=${p.locale} ${back})`);
      // The visible language switch: the link in the header to the other language.
      const switches = hrefs(document.querySelector('header') ?? document, `a[hreflang="${OTHER[p.locale]}"][lang="${OTHER[p.locale]}"]`);
      if (switches.length !== 1) problems.push(`${p.file}: ${switches.length} language-switch links`);
      else if (sitePath(switches[0]!) !== twin.path) problems.push(`${p.file}: language switch goes to ${switches[0]}, not ${twin.path}`);
    }
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  });

  it('embed pages are canonicalised to the chart page of the same series and language', () => {
    const embeds = pages.filter((p) => p.kind === 'embed');
    expect(embeds.length).toBe(seriesIds.length * 2);
    for (const p of embeds) {
      expect(d(p.file).querySelector('link[rel="canonical"]')?.getAttribute('href'), p.file).toBe(`${ORIGIN}${entityPath(p.locale, words.charts[p.locale], p.ref)}`);
    }
  });
});

describe('figure pages', () => {
  it('every figure of data/figures/*.yaml has a page in both languages naming its source publisher and linking to the source record', () => {
    expect(figures.length).toBeGreaterThan(50);
    const problems: string[] = [];
    for (const f of figures) {
      const src = sources.get(f.source);
      if (!src) {
        problems.push(`${f.id}: unknown source ${f.source}`);
        continue;
      }
      for (const locale of LOCALES) {
        const path = entityPath(locale, words.figures[locale], f.id);
        if (!exists(path)) {
          problems.push(`${f.id}: no page ${path}`);
          continue;
        }
        const m = main(fileOfPath(path));
        if (!m.textContent!.includes(src.publisher)) problems.push(`${path}: does not name the publisher "${src.publisher}"`);
        const record = `${sourcesPath(locale)}#src-${f.source}`;
        if (!hrefs(m).includes(record)) problems.push(`${path}: no link to ${record}`);
        if (!d(fileOfPath(sourcesPath(locale))).getElementById(`src-${f.source}`)) problems.push(`${sourcesPath(locale)}: no record #src-${f.source}`);
      }
    }
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  });

  it('every <a class="stat"> links to an existing figure page in the page language', () => {
    const problems: string[] = [];
    let count = 0;
    for (const p of pages) {
      for (const href of hrefs(d(p.file), 'a.stat[href]')) {
        count++;
        const target = classify(fileOfPath(sitePath(href)), words);
        if (target.kind !== 'figure' || !exists(target.path)) problems.push(`${p.file}: stat link ${href} is not a figure page of the build`);
        else if (target.locale !== p.locale) problems.push(`${p.file}: stat link ${href} is in the other language`);
      }
    }
    expect(count).toBeGreaterThan(50);
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  });
});

describe('charts from series', () => {
  const downloadRows = new Map<string, string[][]>();
  /** x and y of each row of a series CSV, as RFC 4180 reads them (numbers compared as numbers, a gap as ""). */
  function xy(csvText: string, id: string): string[][] {
    const meta = seriesMeta.get(id)!;
    const rows: Record<string, string>[] = parseCsv(csvText, { columns: true, skip_empty_lines: true });
    return rows.map((r) => {
      const y = r[meta.y.field];
      if (r[meta.x.field] === undefined || y === undefined) throw new Error(`${id}: no column ${meta.x.field} or ${meta.y.field}`);
      return [r[meta.x.field]!, y.trim() === '' ? '' : String(Number(y))];
    });
  }

  it('every <figure class="chart"> of a series has caption, accessible SVG, sources, data table, downloads that match data/series', () => {
    const problems: string[] = [];
    const seen = new Map<string, number>();
    for (const p of pages) {
      for (const fig of d(p.file).querySelectorAll('figure.chart[id^="chart-"]')) {
        const id = fig.getAttribute('id')!.slice('chart-'.length);
        const meta = seriesMeta.get(id);
        if (!meta) continue; // a chart not drawn from data/series (e.g. a locator map)
        seen.set(id, (seen.get(id) ?? 0) + 1);
        const at = `${p.file} #chart-${id}`;
        if (!fig.querySelector('figcaption')?.textContent?.trim()) problems.push(`${at}: no figcaption`);
        const svgs = Array.from(fig.querySelectorAll('svg'));
        if (svgs.length === 0) problems.push(`${at}: no svg`);
        for (const svg of svgs) {
          // A map whose tiles are links is a labelled group (links inside role="img" would be hidden).
          const role = svg.querySelector('a') ? 'group' : 'img';
          if (svg.getAttribute('role') !== role) problems.push(`${at}: svg without role="${role}"`);
          const kids = Array.from(svg.children);
          if (!kids.find((k) => k.localName === 'title')?.textContent?.trim()) problems.push(`${at}: svg without <title>`);
          if (!kids.find((k) => k.localName === 'desc')?.textContent?.trim()) problems.push(`${at}: svg without <desc>`);
        }
        // The source line: a paragraph of the figure linking to every source of the series.
        const srcLinks = (para: Element) =>
          hrefs(para)
            .filter((h) => h.startsWith(`${sourcesPath(p.locale)}#src-`))
            .map((h) => h.split('#src-')[1]);
        const line = Array.from(fig.querySelectorAll('p')).find((para) => !para.closest('details') && meta.sources.every((s) => srcLinks(para).includes(s)));
        if (!line) problems.push(`${at}: no source line linking to ${meta.sources.join(', ')}`);
        if (!fig.querySelector('details table')) problems.push(`${at}: no <table> in a <details>`);
        const links = hrefs(fig);
        for (const file of [`files/series/${id}.csv`, `files/series/${id}.json`, `files/charts/${id}.${p.locale}.svg`]) {
          if (!links.includes(`/${file}`)) problems.push(`${at}: no download link /${file}`);
          if (!existsSync(join(SITE_DIST, file))) problems.push(`${at}: /${file} is not in the build`);
        }
        if (!downloadRows.has(id) && existsSync(join(SITE_DIST, `files/series/${id}.csv`))) {
          const got = xy(readFileSync(join(SITE_DIST, `files/series/${id}.csv`), 'utf8'), id);
          const want = xy(read(`data/series/${id}.csv`), id);
          downloadRows.set(id, got);
          if (JSON.stringify(got) !== JSON.stringify(want)) {
            problems.push(`files/series/${id}.csv: (x, y) rows ${JSON.stringify(got)} differ from data/series/${id}.csv ${JSON.stringify(want)}`);
          }
        }
      }
    }
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
    // Each series at least on its chart page, in both languages (the compact embed is checked in
    // tests/build/embed.test.ts and tests/browser/embed.test.ts).
    for (const id of seriesIds) expect(seen.get(id) ?? 0, `chart-${id} appears`).toBeGreaterThanOrEqual(2);
    expect([...downloadRows.keys()].sort()).toEqual(seriesIds);
  });

  it('the JSON download holds the same x and y as the CSV', () => {
    for (const id of seriesIds) {
      const meta = seriesMeta.get(id)!;
      const json = JSON.parse(readFileSync(join(SITE_DIST, `files/series/${id}.json`), 'utf8'));
      const rows: Record<string, unknown>[] = Array.isArray(json) ? json : (json.rows ?? json.data);
      expect(Array.isArray(rows), `${id}.json has no rows array`).toBe(true);
      const got = rows.map((r) => [String(r[meta.x.field]), r[meta.y.field] === null || r[meta.y.field] === '' || r[meta.y.field] === undefined ? '' : String(Number(r[meta.y.field]))]);
      expect(got, `files/series/${id}.json`).toEqual(xy(read(`data/series/${id}.csv`), id));
    }
  });
});

describe('cross-links resolve both ways', () => {
  it('cluster page → its province page, and that province page lists the cluster', () => {
    const problems: string[] = [];
    for (const [slug, fm] of clusters) {
      for (const locale of LOCALES) {
        const region = slugOfRegion.get(String(fm[locale]?.region));
        if (!region) {
          problems.push(`${locale}/${slug}: region ${fm[locale]?.region} not in data/regions.csv`);
          continue;
        }
        const clusterPath = entityPath(locale, words.clusters[locale], slug);
        const provincePath = entityPath(locale, words.regions[locale], region);
        if (!hrefs(main(fileOfPath(clusterPath))).includes(provincePath)) problems.push(`${clusterPath}: no link to ${provincePath}`);
        if (!hrefs(main(fileOfPath(provincePath))).includes(clusterPath)) problems.push(`${provincePath}: does not list ${clusterPath}`);
      }
    }
    expect(problems, problems.join('\n')).toEqual([]);
  });

  it('program page → each of its provinces (the highlighted list), and each province page lists the program', () => {
    const problems: string[] = [];
    let pairs = 0;
    for (const [slug, fm] of programs) {
      for (const locale of LOCALES) {
        const codes = (fm[locale]?.regions ?? []) as string[];
        const programPath = entityPath(locale, words.programs[locale], slug);
        const provincePaths = codes.map((c) => entityPath(locale, words.regions[locale], slugOfRegion.get(String(c)) ?? `?${c}`));
        const prefix = entityPath(locale, words.regions[locale]);
        // The text list under the locator map (every tile of the map itself is a link to its province).
        const highlighted = new Set(hrefs(main(fileOfPath(programPath)), 'figure.chart p.chart-meta a[href]').filter((h) => h.startsWith(prefix) && h !== prefix));
        const expected = [...new Set(provincePaths)].sort();
        if (JSON.stringify([...highlighted].sort()) !== JSON.stringify(expected)) {
          problems.push(`${programPath}: highlights ${[...highlighted].sort().join(' ') || 'nothing'}; its regions are ${expected.join(' ') || 'none'}`);
        }
        for (const pp of provincePaths) {
          pairs++;
          if (!exists(pp)) problems.push(`${programPath}: province page ${pp} missing`);
          else if (!hrefs(main(fileOfPath(pp))).includes(programPath)) problems.push(`${pp}: does not list ${programPath}`);
        }
      }
    }
    expect(pairs).toBeGreaterThan(0);
    expect(problems, problems.join('\n')).toEqual([]);
  });
});

describe(`the sub-path build (${SUB_BASE})`, () => {
  it('has the same pages as the root build', () => {
    expect(htmlFiles(SITE_SUB_DIST)).toEqual(files);
  });

  it(`every href/src/action that starts with "/" starts with ${SUB_BASE}, in HTML and inlined CSS`, () => {
    const bad: string[] = [];
    for (const file of htmlFiles(SITE_SUB_DIST)) {
      const document = doc(SITE_SUB_DIST, file);
      for (const el of document.querySelectorAll('[href], [src], [action], [poster], [srcset], [data]')) {
        for (const attr of ['href', 'src', 'action', 'poster', 'srcset', 'data', 'xlink:href']) {
          const v = el.getAttribute(attr);
          if (v?.startsWith('/') && !v.startsWith('//') && !v.startsWith(SUB_BASE)) bad.push(`${file}: <${el.localName} ${attr}="${v}">`);
        }
      }
      for (const style of document.querySelectorAll('style')) {
        for (const m of (style.textContent ?? '').matchAll(/url\(\s*['"]?(\/[^'")]*)/g)) if (!m[1]!.startsWith(SUB_BASE)) bad.push(`${file}: CSS url(${m[1]})`);
      }
    }
    expect(bad, bad.slice(0, 30).join('\n')).toEqual([]);
  });
});

describe('the glossary: every <Term> link lands on its entry, in the root and the sub-path build', () => {
  const site = parseYaml(read('data/site.yaml')) as { paths: { glossary?: Record<Locale, string> } };
  const glossaryWords = site.paths.glossary;
  const entries: { id: string; term: Record<Locale, string>; short?: Record<Locale, string> }[] = existsSync(join(PROJECT, 'data/glossary.yaml')) ? parseYaml(read('data/glossary.yaml')) : [];
  const byId = new Map(entries.map((e) => [e.id, e]));

  it.each([
    ['root', SITE_DIST, ''],
    ['sub-path', SITE_SUB_DIST, SUB_BASE.slice(0, -1)],
  ] as const)('%s build', (_name, dist, prefix) => {
    if (!glossaryWords || entries.length === 0) return;
    const problems: string[] = [];
    let links = 0;
    for (const locale of LOCALES) {
      const glossaryPath = entityPath(locale, glossaryWords[locale]);
      const glossary = doc(dist, fileOfPath(glossaryPath));
      for (const e of entries) if (!glossary.getElementById(`g-${e.id}`)) problems.push(`${glossaryPath}: no entry with id="g-${e.id}"`);
      // Prose pages: programs, free pages and the home page (clusters and provinces may use <Term> too).
      for (const page of pages.filter((p) => p.locale === locale && ['program', 'cluster', 'region', 'home', 'other'].includes(p.kind))) {
        for (const a of doc(dist, page.file).querySelectorAll('a.term')) {
          links++;
          const href = a.getAttribute('href') ?? '';
          const m = /^(.*)#g-(.+)$/.exec(href);
          const entry = m ? byId.get(m[2]!) : undefined;
          if (!m || m[1] !== prefix + glossaryPath) problems.push(`${page.file}: <a class="term" href="${href}"> does not point into ${prefix + glossaryPath}`);
          else if (!entry) problems.push(`${page.file}: ${href} names no entry of data/glossary.yaml`);
          else if (a.textContent?.trim() !== (entry.short ?? entry.term)[locale]) problems.push(`${page.file}: ${href} reads "${a.textContent?.trim()}", not the entry's short form`);
        }
      }
    }
    expect(links).toBeGreaterThan(0);
    expect(problems, problems.slice(0, 30).join('\n')).toEqual([]);
  });
});
