import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import dp from 'datapackage';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/validate/csv.ts';
import { PROJECT } from '../lib/atlas-fixtures.ts';
import { SITE_DIST } from '../lib/site-builds.ts';

const read = (p: string) => readFileSync(join(SITE_DIST, p), 'utf8');
const csv = (text: string, file: string) => {
  const problems: never[] = [];
  const t = parseCsv(text, file, problems);
  expect(problems).toEqual([]);
  return t!;
};
const pkg = JSON.parse(read('datapackage.json'));

describe('datapackage.json', () => {
  it('validates against the Frictionless Tabular Data Package profile', async () => {
    const r = await dp.validate(pkg);
    expect(r.errors.map(String)).toEqual([]);
    expect(r.valid).toBe(true);
  });

  it('is rejected by the same validator when a field type is wrong (the check can fail)', async () => {
    const bad = structuredClone(pkg);
    bad.resources[0].schema.fields[0].type = 'numbr';
    expect((await dp.validate(bad)).valid).toBe(false);
  });

  it('describes every dataset file, and each CSV matches its declared fields and types', () => {
    const datasets: string[] = pkg.resources.map((r: { path: string }) => r.path);
    expect(datasets).toEqual(expect.arrayContaining(['files/figures.csv', 'files/provinces.csv', 'files/clusters.csv', 'files/programs.csv', 'files/sources.csv', 'files/changes.csv']));
    const series = readdirSync(join(PROJECT, 'data/series')).filter((f) => f.endsWith('.csv'));
    for (const f of series) expect(datasets).toContain(`files/series/${f}`);
    const checks: Record<string, (v: string) => boolean> = {
      string: () => true,
      number: (v) => v === '' || /^-?(0|[1-9]\d*)(\.\d+)?$/.test(v),
      integer: (v) => v === '' || /^-?(0|[1-9]\d*)$/.test(v),
      boolean: (v) => v === 'true' || v === 'false',
      date: (v) => v === '' || /^\d{4}-\d{2}-\d{2}$/.test(v),
    };
    for (const r of pkg.resources) {
      const raw = read(r.path);
      expect(raw.charCodeAt(0), `${r.path} starts with a BOM`).not.toBe(0xfeff);
      const t = csv(raw, r.path);
      expect(t.header, r.path).toEqual(r.schema.fields.map((f: { name: string }) => f.name));
      for (const row of t.rows) {
        for (const f of r.schema.fields) {
          expect(checks[f.type]!(row.values[f.name]!), `${r.path} row ${row.row} ${f.name}=${row.values[f.name]} is not ${f.type}`).toBe(true);
        }
      }
      // The JSON download holds the same rows.
      const json = JSON.parse(read(r.path.replace(/\.csv$/, '.json')));
      expect(json.rows.length, r.path).toBe(t.rows.length);
    }
  });
});

describe('downloads round-trip to the source data', () => {
  it('figures.csv has every figure of data/figures with its exact value', () => {
    const t = csv(read('files/figures.csv'), 'figures.csv');
    const inData = readdirSync(join(PROJECT, 'data/figures')).flatMap(
      (f) => parseYaml(readFileSync(join(PROJECT, 'data/figures', f), 'utf8')).figures as { id: string; value: number; source: string }[],
    );
    expect(t.rows.length).toBe(inData.length);
    const byId = new Map(t.rows.map((r) => [r.values.id, r.values]));
    for (const f of inData) {
      expect(Number(byId.get(f.id)?.value), f.id).toBe(f.value);
      expect(byId.get(f.id)?.source).toBe(f.source);
    }
  });

  it('provinces.csv has the 38 rows of data/regions.csv', () => {
    const out = csv(read('files/provinces.csv'), 'provinces.csv');
    const src = csv(readFileSync(join(PROJECT, 'data/regions.csv'), 'utf8'), 'regions.csv');
    expect(out.rows.length).toBe(38);
    expect(out.rows.map((r) => [r.values.code, r.values.name, Number(r.values.lat), Number(r.values.lon)])).toEqual(
      src.rows.map((r) => [r.values.code, r.values.name, Number(r.values.lat), Number(r.values.lon)]).sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
  });

  it('each series download parses back to the rows of data/series (gaps stay empty)', () => {
    for (const f of readdirSync(join(PROJECT, 'data/series')).filter((f) => f.endsWith('.yaml'))) {
      const id = f.slice(0, -5);
      const meta = parseYaml(readFileSync(join(PROJECT, 'data/series', f), 'utf8'));
      const src = csv(readFileSync(join(PROJECT, 'data/series', `${id}.csv`), 'utf8'), id);
      const out = csv(read(`files/series/${id}.csv`), id);
      const pick = (t: typeof src) => t.rows.map((r) => [r.values[meta.x.field], r.values[meta.y.field] === '' ? null : Number(r.values[meta.y.field])]);
      expect(pick(out), id).toEqual(pick(src));
      const json = JSON.parse(read(`files/series/${id}.json`));
      expect(json.rows.map((r: Record<string, unknown>) => [String(r[meta.x.field]), r[meta.y.field]])).toEqual(pick(src));
    }
  });
});

describe('feeds', () => {
  for (const [file, lang] of [
    ['rss.xml', 'id-ID'],
    ['en/rss.xml', 'en-GB'],
  ] as const) {
    it(`${file} is RSS 2.0 with absolute links that exist in the site`, () => {
      const xml = read(file);
      const { document } = parseHTML(''); // linkedom's XML parser via DOMParser
      const doc = new (document.defaultView as unknown as { DOMParser: typeof DOMParser }).DOMParser().parseFromString(xml, 'text/xml');
      const rss = doc.querySelector('rss')!;
      expect(rss.getAttribute('version')).toBe('2.0');
      const channel = rss.querySelector('channel')!;
      for (const tag of ['title', 'link', 'description', 'language']) expect(channel.querySelector(tag)?.textContent?.trim(), tag).toBeTruthy();
      expect(channel.querySelector('language')!.textContent).toBe(lang);
      const items = [...channel.querySelectorAll('item')];
      // The newest 100 (src/lib/feed.ts FEED_ITEMS) of this atlas's 700-odd items.
      expect(items.length).toBe(100);
      for (const item of items) {
        const link = item.querySelector('link')!.textContent!;
        expect(link).toMatch(/^https:\/\/atlas-ikm\.example\.org\//);
        const path = new URL(link).pathname;
        expect(existsSync(join(SITE_DIST, path, 'index.html')), path).toBe(true);
        expect(item.querySelector('pubDate')!.textContent).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} [A-Z][a-z]{2} \d{4} 00:00:00 GMT$/);
        expect(item.querySelector('title')!.textContent!.length).toBeGreaterThan(0);
      }
      // Newest first, and dated by the data (never by the build clock).
      const dates = items.map((i) => Date.parse(i.querySelector('pubDate')!.textContent!));
      expect([...dates].sort((a, b) => b - a)).toEqual(dates);
    });
  }
});

describe('structured data', () => {
  for (const page of ['data/index.html', 'en/data/index.html', 'grafik/imk-growth-yoy/index.html']) {
    it(`${page} carries schema.org Dataset JSON-LD that parses`, () => {
      const { document } = parseHTML(read(page));
      const scripts = [...document.querySelectorAll('script[type="application/ld+json"]')];
      expect(scripts.length).toBe(1);
      const data = JSON.parse(scripts[0]!.textContent!);
      expect(data['@context']).toBe('https://schema.org');
      const datasets = data['@graph'] ?? [data];
      expect(datasets.length).toBeGreaterThan(0);
      for (const d of datasets) {
        expect(d['@type']).toBe('Dataset');
        expect(d.name).toBeTruthy();
        for (const dist of d.distribution) {
          expect(dist.contentUrl).toMatch(/^https:\/\//);
          expect(existsSync(join(SITE_DIST, new URL(dist.contentUrl).pathname)), dist.contentUrl).toBe(true);
        }
      }
    });
  }
});

describe('sharing metadata', () => {
  it('every page has Open Graph and Twitter card tags, with its canonical URL as og:url', () => {
    const pages: string[] = [];
    const walk = (d: string) => {
      for (const n of readdirSync(join(SITE_DIST, d), { withFileTypes: true })) {
        if (n.isDirectory() && n.name !== 'pagefind' && n.name !== 'files' && n.name !== 'embed') walk(join(d, n.name));
        else if (n.name === 'index.html') pages.push(join(d, n.name));
      }
    };
    walk('');
    expect(pages.length).toBeGreaterThan(300);
    for (const p of pages) {
      const { document } = parseHTML(read(p));
      const meta = (sel: string) => document.querySelector(sel)?.getAttribute('content');
      expect(meta('meta[property="og:title"]'), p).toBeTruthy();
      expect(meta('meta[property="og:description"]'), p).toBeTruthy();
      expect(meta('meta[property="og:locale"]'), p).toMatch(/^(id_ID|en_GB)$/);
      expect(meta('meta[property="og:url"]'), p).toBe(document.querySelector('link[rel="canonical"]')?.getAttribute('href'));
      // The generic card, or the page's own (checked in tests/build/journalist-images.test.ts).
      expect(meta('meta[property="og:image"]'), p).toMatch(/^https:\/\/.*\/og(\/.+)?\.png$/);
      expect(meta('meta[name="twitter:image"]'), p).toBe(meta('meta[property="og:image"]'));
      expect(meta('meta[name="twitter:card"]'), p).toBe('summary_large_image');
    }
    expect(existsSync(join(SITE_DIST, 'og.png'))).toBe(true);
  });
});
