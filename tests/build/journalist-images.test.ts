import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describe, expect, it } from 'vitest';
import { PROJECT } from '../lib/atlas-fixtures.ts';
import { classify, doc, htmlFiles, siteWords, type Locale } from '../lib/built-site.ts';
import { SITE_DIST, SITE_SUB_DIST, SUB_BASE } from '../lib/site-builds.ts';

/**
 * Publication images, download links and social cards of the built site, checked against data/
 * read directly: every chart has its images in both languages at the promised pixel sizes, the
 * image text carries title, source and credit, and every entity page has its own card.
 */
const ORIGIN = 'https://atlas-ikm.example.org';
const LOCALES: Locale[] = ['id', 'en'];
const words = siteWords();
const seriesIds = readdirSync(join(PROJECT, 'data/series'))
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.slice(0, -5))
  .sort();
const meta = (id: string) => parseYaml(readFileSync(join(PROJECT, 'data/series', `${id}.yaml`), 'utf8'));
const sources = new Map((parseYaml(readFileSync(join(PROJECT, 'data/sources.yaml'), 'utf8')) as { id: string; publisher: string }[]).map((s) => [s.id, s]));

/** Width and height from a PNG's IHDR chunk (read here, not with the engine's reader). */
function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1'), `${file} is a PNG`).toBe('PNG');
  expect(b.subarray(12, 16).toString('latin1')).toBe('IHDR');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}
const svgText = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/<text[^>]*>([^<]*)<\/text>/g)]
    .map((m) =>
      m[1]!
        .replace(/&amp;/g, '&')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'"),
    )
    .join(' ');

describe('publication images', () => {
  it('has every chart, in both languages, as an SVG, a 1 200 px PNG and a 2 400 px PNG', () => {
    expect(seriesIds.length).toBeGreaterThan(0);
    for (const id of seriesIds) {
      for (const locale of LOCALES) {
        const base = join(SITE_DIST, 'files/charts', `${id}.${locale}`);
        const one = pngSize(`${base}.png`);
        const two = pngSize(`${base}@2x.png`);
        expect(one.width, id).toBe(1200);
        expect(two.width, id).toBe(2400);
        expect(Math.abs(two.height - 2 * one.height), id).toBeLessThanOrEqual(1);
        // The PNG has the shape of the SVG it is drawn from.
        const vb = /viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(readFileSync(`${base}.svg`, 'utf8'))!;
        expect(one.height, id).toBe(Math.round((Number(vb[2]) * 1200) / Number(vb[1])));
      }
    }
  });

  it('draws title, source line and credit (with the chart page address) in the SVG, in the page language', () => {
    for (const id of seriesIds) {
      const m = meta(id);
      for (const locale of LOCALES) {
        const text = svgText(join(SITE_DIST, 'files/charts', `${id}.${locale}.svg`));
        const flat = text.replace(/\s+/g, ' ');
        // The title may wrap over lines, or end in "…" when very long: its first words are there.
        expect(flat, id).toContain(m.title[locale].split(' ').slice(0, 4).join(' '));
        expect(flat, id).toContain(locale === 'id' ? 'Sumber: ' : 'Source: ');
        expect(flat, id).toContain(sources.get(m.sources[0])!.publisher);
        const page = `${ORIGIN}/${locale === 'en' ? 'en/' : ''}${words.charts[locale]}/${id}/`;
        expect(flat, id).toContain(`Atlas IKM · CC BY 4.0 · ${page}`);
      }
    }
  });

  it('formats numbers in the language of the image', () => {
    const id = 'ikm-units-by-year';
    expect(svgText(join(SITE_DIST, 'files/charts', `${id}.id.svg`))).toContain('4,19 juta');
    expect(svgText(join(SITE_DIST, 'files/charts', `${id}.en.svg`))).toContain('4.19 million');
  });
});

describe('download links', () => {
  it('every chart offers PNG, PNG 2×, publication SVG, CSV and JSON, each with the size of the file it links to', () => {
    const wordsFor = { id: ['Unduh PNG', 'Unduh SVG (untuk publikasi)', 'CSV', 'JSON'], en: ['Download PNG', 'Download SVG (for publication)', 'CSV', 'JSON'] };
    for (const id of seriesIds) {
      for (const locale of LOCALES) {
        const file = `${locale === 'en' ? 'en/' : ''}${words.charts[locale]}/${id}/index.html`;
        const links = [...doc(SITE_DIST, file).querySelectorAll(`#chart-${id} a[download]`)].map((a) => ({ href: a.getAttribute('href')!, text: a.textContent!.trim() }));
        for (const w of wordsFor[locale])
          expect(
            links.some((l) => l.text.startsWith(w)),
            `${file}: ${w}`,
          ).toBe(true);
        for (const l of links) {
          const bytes = statSync(join(SITE_DIST, l.href)).size;
          const shown = /\(([\d.,]+) (B|kB|MB)\)$/.exec(l.text);
          expect(shown, `${file}: "${l.text}" shows a size`).not.toBeNull();
          const n = Number(shown![1]!.replace(locale === 'id' ? /\./g : /,/g, '').replace(',', '.')) * { B: 1, kB: 1e3, MB: 1e6 }[shown![2] as 'B'];
          expect(Math.abs(n - bytes) / bytes, `${file}: "${l.text}" for ${bytes} bytes`).toBeLessThan(0.06);
        }
      }
    }
  });
});

describe('social cards', () => {
  const pages = htmlFiles(SITE_DIST)
    .map((f) => classify(f, words))
    .filter((p) => p.kind !== 'embed' && p.kind !== 'not-found');
  const own = new Set(['chart', 'figure', 'cluster', 'region', 'program']);

  it('every chart, figure, cluster, province and program page has its own 1 200 × 630 card; other pages the generic one', () => {
    const kinds = new Set<string>();
    const seen = new Set<string>();
    for (const p of pages) {
      const d = doc(SITE_DIST, p.file);
      const og = d.querySelector('meta[property="og:image"]')?.getAttribute('content');
      const tw = d.querySelector('meta[name="twitter:image"]')?.getAttribute('content');
      expect(og, p.file).toBeTruthy();
      expect(tw, p.file).toBe(og);
      expect(og!.startsWith(`${ORIGIN}/`), p.file).toBe(true);
      const file = join(SITE_DIST, og!.slice(ORIGIN.length));
      expect(pngSize(file), p.file).toEqual({ width: 1200, height: 630 });
      if (own.has(p.kind)) {
        expect(og, p.file).not.toBe(`${ORIGIN}/og.png`);
        expect(seen.has(og!), `${p.file} shares its card`).toBe(false);
        seen.add(og!);
        kinds.add(p.kind);
      } else expect(og, p.file).toBe(`${ORIGIN}/og.png`);
    }
    expect([...kinds].sort()).toEqual([...own].sort());
  });

  it('a figure card differs from its English twin, and cards work under a sub-path', () => {
    const id = readFileSync(join(SITE_DIST, 'angka/index.html'), 'utf8').match(/href="\/angka\/([^/"]+)\/"/)![1]!;
    const a = readFileSync(join(SITE_DIST, 'og/angka', `${id}.png`));
    const b = readFileSync(join(SITE_DIST, 'og/en', words.figures.en, `${id}.png`));
    expect(Buffer.compare(a, b)).not.toBe(0);
    const sub = doc(SITE_SUB_DIST, `angka/${id}/index.html`).querySelector('meta[property="og:image"]')!.getAttribute('content')!;
    expect(sub).toBe(`${ORIGIN}${SUB_BASE}og/angka/${id}.png`);
    expect(existsSync(join(SITE_SUB_DIST, `og/angka/${id}.png`))).toBe(true);
  });
});
