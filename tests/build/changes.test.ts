import { cpSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { parse as parseYaml } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildAtlas, MINI, PROJECT, tempDir } from '../lib/atlas-fixtures.ts';
import { doc } from '../lib/built-site.ts';
import { SITE_DIST } from '../lib/site-builds.ts';

/**
 * What changed, and when: the mini atlas dates its records (a figure added 2024-06-01 and revised
 * 2024-09-15 from 1 200 to 1 250, a newer figure of the same measure and its source added
 * 2025-03-01); its changelog, figure pages, feeds and CSV must say so in both languages.
 * The real site's records name no dates yet: they all date from its first edition.
 */
const work = tempDir('changes');
const dist = join(work, 'out');
beforeAll(() => {
  const root = join(work, 'atlas');
  cpSync(MINI, root, { recursive: true });
  const r = buildAtlas(root, dist);
  if (r.status !== 0) throw new Error(`${r.stdout}\n${r.stderr}`);
}, 300_000);
afterAll(() => rmSync(work, { recursive: true, force: true }));

const text = (file: string, sel: string) => [...doc(dist, file).querySelectorAll(sel)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

describe('changelog page', () => {
  it('lists days newest first, in each language, with what was added and changed', () => {
    for (const [file, days, words] of [
      ['perubahan/index.html', ['1 Maret 2025', '15 September 2024', '1 Juni 2024'], ['Angka baru (1)', 'Sumber baru (1)', 'Angka diubah (1)']],
      ['en/changes/index.html', ['1 March 2025', '15 September 2024', '1 June 2024'], ['New figure (1)', 'New source (1)', 'Figure changed (1)']],
    ] as const) {
      expect(text(file, 'main h2')).toEqual(days);
      const h3 = text(file, 'main h3');
      for (const w of words) expect(h3, file).toContain(w);
      expect(text(file, 'h1')[0]).toBe(file.startsWith('en') ? 'What changed' : 'Perubahan');
    }
    expect(text('perubahan/index.html', 'main li').join('\n')).toContain('Diubah: 1.200 perpustakaan → 1.250 perpustakaan');
    expect(text('en/changes/index.html', 'main li').join('\n')).toContain('Changed: 1,200 libraries → 1,250 libraries');
    // Every page links to it from the footer.
    expect([...doc(dist, 'index.html').querySelectorAll('footer a')].map((a) => a.getAttribute('href'))).toContain('/perubahan/');
  });
});

describe('figure pages', () => {
  it('show the revision list with dates and notes, in both languages', () => {
    expect(text('angka/libraries.total.2024/index.html', 'ol.revisions li')).toEqual(['Diubah: 1.200 perpustakaan → 1.250 perpustakaan, 15 September 2024 — Dikoreksi setelah ralat laporan.']);
    expect(text('en/figures/libraries.total.2024/index.html', 'ol.revisions li')).toEqual(["Changed: 1,200 libraries → 1,250 libraries, 15 September 2024 — Corrected after the report's erratum."]);
    expect(doc(dist, 'angka/libraries.total.2025/index.html').querySelector('ol.revisions')).toBeNull();
  });

  it('say when a newer figure of the same measure exists, and link to it', () => {
    for (const [file, words, link] of [
      ['angka/libraries.total.2024/index.html', 'Angka lebih baru tersedia', '/angka/libraries.total.2025/'],
      ['en/figures/libraries.total.2024/index.html', 'A newer figure is available', '/en/figures/libraries.total.2025/'],
    ] as const) {
      const notice = doc(dist, file).querySelector('.newer')!;
      expect(notice.textContent).toContain(words);
      expect(notice.querySelector('a')!.getAttribute('href')).toBe(link);
    }
    expect(doc(dist, 'angka/libraries.total.2025/index.html').querySelector('.newer')).toBeNull();
  });

  it('show when the atlas added and last changed the figure', () => {
    const facts = text('en/figures/libraries.total.2024/index.html', 'dl.facts dt, dl.facts dd').join('|');
    expect(facts).toContain('Added to the atlas|1 June 2024');
    expect(facts).toContain('Last changed|15 September 2024');
  });
});

describe('feeds', () => {
  it('date figure items by the atlas’s changes: the dates differ by record', () => {
    for (const feed of ['rss.xml', 'en/rss.xml']) {
      const xml = readFileSync(join(dist, feed), 'utf8');
      const date = (path: string) => new RegExp(`<link>[^<]*${path.replace(/\./g, '\\.')}</link>.*?<pubDate>([^<]+)</pubDate>`).exec(xml)?.[1];
      const figures = feed.startsWith('en') ? 'en/figures' : 'angka';
      expect(date(`/${figures}/libraries.total.2025/`)).toBe('Sat, 01 Mar 2025 00:00:00 GMT');
      expect(date(`/${figures}/libraries.total.2024/`)).toBe('Sun, 15 Sep 2024 00:00:00 GMT');
      expect(new Set([...xml.matchAll(/<pubDate>([^<]+)</g)].map((m) => m[1])).size).toBeGreaterThan(1);
    }
  });
});

describe('CSV downloads', () => {
  it('name each figure’s source (publisher, title, address), both notes, and its dates', () => {
    const rows: Record<string, string>[] = parseCsv(readFileSync(join(dist, 'files/figures.csv'), 'utf8'), { columns: true });
    const f = rows.find((r) => r.id === 'libraries.total.2025')!;
    expect(f).toMatchObject({
      source: 'sample-report-2025',
      source_publisher: 'Sample Institute',
      source_title: 'Village libraries in numbers, 2025',
      source_date: '2025-02-20',
      source_url: 'https://example.org/report-2025',
      added: '2025-03-01',
      changed: '2025-03-01',
    });
    expect(rows.find((r) => r.id === 'libraries.total.2024')).toMatchObject({ added: '2024-06-01', changed: '2024-09-15' });
    expect(Object.keys(f)).toEqual(expect.arrayContaining(['note_id', 'note_en']));
  });

  it('the table of changes lists every change, with a changed figure’s value before and after', () => {
    const rows: Record<string, string>[] = parseCsv(readFileSync(join(dist, 'files/changes.csv'), 'utf8'), { columns: true });
    expect(rows.filter((r) => r.kind === 'figure-changed')).toEqual([
      expect.objectContaining({ date: '2024-09-15', kind: 'figure-changed', id: 'libraries.total.2024', value_before: '1200', value_after: '1250' }),
    ]);
    const added = rows.find((r) => r.kind === 'figure-added' && r.id === 'libraries.total.2025')!;
    expect(added).toMatchObject({ date: '2025-03-01', value_before: '', value_after: '' });
    expect(added.label_en).not.toBe('');
    expect(added.label_id).not.toBe('');
    // Newest first, as on the changelog page.
    expect(rows.map((r) => r.date)).toEqual(
      rows
        .map((r) => r.date)
        .sort()
        .reverse(),
    );
  });

  it('on the real site, carry the publisher and address of every source and both notes', () => {
    const sources = new Map((parseYaml(readFileSync(join(PROJECT, 'data/sources.yaml'), 'utf8')) as { id: string; publisher: string; url?: string }[]).map((s) => [s.id, s]));
    const rows: Record<string, string>[] = parseCsv(readFileSync(join(SITE_DIST, 'files/figures.csv'), 'utf8'), { columns: true });
    expect(rows.length).toBeGreaterThan(50);
    for (const r of rows) {
      expect(r.source_publisher, r.id).toBe(sources.get(r.source!)!.publisher);
      expect(r.source_url, r.id).toBe(sources.get(r.source!)!.url ?? '');
      if (r.note_en) expect(r.note_id, r.id).not.toBe('');
    }
    const series: Record<string, string>[] = parseCsv(readFileSync(join(SITE_DIST, 'files/series/ikm-units-by-year.csv'), 'utf8'), { columns: true });
    for (const r of series) {
      expect(r.source_publisher, JSON.stringify(r)).toBe(sources.get(r.source!)!.publisher);
      expect(r.note_id).not.toBe('');
      expect(r.note_en).not.toBe('');
    }
  });
});
