import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { doc, htmlFiles } from '../lib/built-site.ts';
import { LANGUAGE_FIXTURES, SITE_DIST } from '../lib/site-builds.ts';

/**
 * No page needs a script, and nothing a strict Content-Security-Policy would block is in the HTML:
 * every <script> is a file of this site or JSON-LD data, no inline event handlers, no javascript: URLs.
 * The policy itself ships as public/_headers.
 */
const ORIGIN = 'https://atlas-ikm.example.org';
const files = htmlFiles(SITE_DIST);
/** This atlas, and the one- and three-language fixture atlases (languages are data). */
const SITES = [{ name: 'this atlas', dist: SITE_DIST, origin: ORIGIN }, ...LANGUAGE_FIXTURES.map((f) => ({ name: `the ${f.name} fixture atlas`, dist: f.dist, origin: f.origin }))];

/** Resolves a URL written in a page; true when it stays on the site's origin. */
function sameOrigin(value: string, file: string, origin = ORIGIN): boolean {
  const pageUrl = new URL(`/${file}`, origin);
  return new URL(value, pageUrl).origin === origin;
}

/** Browsers strip ASCII whitespace and control characters before reading a URL's scheme. */
// biome-ignore lint/suspicious/noControlCharactersInRegex: those characters are what is stripped
const isJavascriptUrl = (v: string) => /^javascript:/i.test(v.replace(/[\u0000-\u0020]/g, ''));

it('checks every built page of this atlas', () => {
  expect(files.length).toBeGreaterThan(300);
});

describe.each(SITES)('no page of $name requires a script', ({ dist: SITE_DIST, origin }) => {
  const files = htmlFiles(SITE_DIST);
  const sameOrigin_ = (value: string, file: string) => sameOrigin(value, file, origin);

  it('every <script> is an external file on this origin or application/ld+json data', () => {
    const bad: string[] = [];
    let jsonLd = 0;
    for (const file of files) {
      for (const s of doc(SITE_DIST, file).querySelectorAll('script')) {
        const src = s.getAttribute('src');
        const type = (s.getAttribute('type') ?? '').trim().toLowerCase();
        if (type === 'application/ld+json' && src === null) {
          jsonLd++;
          expect(() => JSON.parse(s.textContent ?? ''), `${file}: JSON-LD does not parse`).not.toThrow();
        } else if (src === null) bad.push(`${file}: inline <script${type ? ` type="${type}"` : ''}>`);
        else if (!sameOrigin_(src, file)) bad.push(`${file}: script from another origin: ${src}`);
        else if ((s.textContent ?? '').trim() !== '') bad.push(`${file}: <script src="${src}"> with inline content`);
      }
    }
    expect(bad, bad.slice(0, 30).join('\n')).toEqual([]);
    expect(jsonLd).toBeGreaterThan(0);
  });

  it('no element has an inline event handler (on*=) or a javascript: URL in any attribute', () => {
    const bad: string[] = [];
    for (const file of files) {
      for (const el of doc(SITE_DIST, file).querySelectorAll('*')) {
        for (const { name, value } of Array.from(el.attributes)) {
          if (/^on/i.test(name)) bad.push(`${file}: <${el.localName} ${name}="${value.slice(0, 60)}">`);
          else if (isJavascriptUrl(value)) bad.push(`${file}: <${el.localName} ${name}="${value.slice(0, 60)}">`);
        }
      }
    }
    expect(bad, bad.slice(0, 30).join('\n')).toEqual([]);
  });

  it('every image, stylesheet, frame and media source comes from this origin (the CSP allows nothing else)', () => {
    const bad: string[] = [];
    const refs = 'img[src], source[src], iframe[src], embed[src], object[data], video[src], audio[src], link[rel~="stylesheet"][href], link[rel~="preload"][href], link[rel~="modulepreload"][href]';
    for (const file of files) {
      for (const el of doc(SITE_DIST, file).querySelectorAll(refs)) {
        const v = el.getAttribute('src') ?? el.getAttribute('data') ?? el.getAttribute('href')!;
        if (el.localName === 'img' && v.startsWith('data:')) continue;
        if (!sameOrigin_(v, file)) bad.push(`${file}: <${el.localName}> from another origin: ${v}`);
      }
    }
    expect(bad, bad.slice(0, 30).join('\n')).toEqual([]);
  });
});

/** Headers a path gets from a _headers file, Netlify-style: for a header set by several matching rules, the last one wins. */
function headersFor(rules: { pattern: string; headers: [string, string][] }[], path: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const r of rules) {
    const re = new RegExp(
      `^${r.pattern
        .split('*')
        .map((s) => s.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    if (re.test(path)) for (const [k, v] of r.headers) out.set(k.toLowerCase(), v);
  }
  return out;
}

function parseHeadersFile(text: string) {
  const rules: { pattern: string; headers: [string, string][] }[] = [];
  for (const line of text.split('\n')) {
    if (/^\s*(#|$)/.test(line)) continue;
    if (!/^\s/.test(line)) rules.push({ pattern: line.trim(), headers: [] });
    else {
      const m = /^\s+([A-Za-z-]+):\s*(.*)$/.exec(line);
      if (!m || rules.length === 0) throw new Error(`_headers: cannot read "${line}"`);
      rules.at(-1)!.headers.push([m[1]!, m[2]!.trim()]);
    }
  }
  return rules;
}

function directives(csp: string): Map<string, string[]> {
  return new Map(
    csp
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((d) => d[0])
      .map(([name, ...values]) => [name!.toLowerCase(), values]),
  );
}

describe('_headers (Content-Security-Policy and other security headers)', () => {
  const file = join(SITE_DIST, '_headers');

  it('is in the build and allows scripts from this site only', () => {
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).toContain("script-src 'self'");
  });

  it('gives pages a strict policy, lets anyone frame /embed/ pages and only this site frame the others', () => {
    const rules = parseHeadersFile(readFileSync(file, 'utf8'));
    for (const [path, ancestors] of [
      ['/', ["'self'"]],
      ['/klaster/tenun-ulos-samosir/', ["'self'"]],
      ['/en/charts/ikm-units-by-year/', ["'self'"]],
      ['/embed/ikm-units-by-year/', ['*']],
      ['/en/embed/ikm-units-by-year/', ['*']],
    ] as const) {
      const h = headersFor(rules, path);
      const csp = directives(h.get('content-security-policy') ?? '');
      expect(csp.get('default-src'), path).toEqual(["'self'"]);
      expect(csp.get('script-src')?.[0], path).toBe("'self'");
      expect(
        csp.get('script-src')?.filter((s) => !["'self'", "'wasm-unsafe-eval'"].includes(s)),
        `${path}: script-src allows more than this site`,
      ).toEqual([]);
      expect(csp.get('img-src'), path).toEqual(["'self'", 'data:']);
      expect(csp.get('object-src'), path).toEqual(["'none'"]);
      expect(csp.get('frame-ancestors'), path).toEqual([...ancestors]);
      expect(h.get('x-content-type-options'), path).toBe('nosniff');
      expect(h.get('referrer-policy'), path).toBe('strict-origin-when-cross-origin');
      expect(h.get('permissions-policy'), path).toMatch(/camera=\(\)/);
    }
    // No 'unsafe-inline' anywhere, and WebAssembly (Pagefind) only on the search pages.
    for (const path of ['/', '/klaster/tenun-ulos-samosir/', '/embed/ikm-units-by-year/', '/cari/', '/en/search/']) {
      const csp = directives(headersFor(rules, path).get('content-security-policy') ?? '');
      expect(csp.get('style-src'), path).toEqual(["'self'"]);
      expect(csp.get('script-src'), path).toEqual(path.includes('cari') || path.includes('search') ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'"]);
    }
  });

  it("no page has a <style> element or a style attribute (the policy has no 'unsafe-inline')", () => {
    const bad: string[] = [];
    for (const f of files) {
      const d = doc(SITE_DIST, f);
      if (d.querySelector('style')) bad.push(`${f}: <style>`);
      const styled = d.querySelector('[style]');
      if (styled) bad.push(`${f}: <${styled.localName} style="${styled.getAttribute('style')}">`);
    }
    expect(bad, bad.slice(0, 30).join('\n')).toEqual([]);
  });
});
