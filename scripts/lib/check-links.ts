/**
 * Internal link checker for a built site: every reference from the site to itself must resolve
 * to a file in the build, and every `#fragment` to an element with that id in the target page.
 *
 * Checked: a/area/link href, img/source src and srcset, script/iframe/embed/video/audio src,
 * video poster, object data, form action, og:/twitter: meta URLs, SVG <use>/<a> href, the <loc> and
 * xhtml:link entries of every sitemap*.xml, and the Sitemap lines of robots.txt.
 * Absolute URLs on the site's own origin (taken from the home page's canonical link unless given)
 * count as internal; other origins are external and never fetched.
 *
 *   import { checkLinks } from './scripts/lib/check-links.ts';
 *   checkLinks('dist', '/')            // → [] when nothing is broken
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parseHTML } from 'linkedom';

export interface LinkProblem {
  /** The file holding the reference, relative to the dist folder ("klaster/x/index.html"). */
  from: string;
  /** The reference exactly as written. */
  href: string;
  reason: string;
}

export interface CheckLinksOptions {
  /** Origins whose absolute URLs are internal; default: the origin of index.html's canonical link. */
  origins?: string[];
  /** Also report internal URLs written relative ("../x/"): each must be absolute or start with the base. */
  requireBase?: boolean;
}

/** What one HTML file holds, parsed once. */
interface Page {
  ids: Set<string>;
  refs: { href: string; what: string }[];
}

const PLACEHOLDER = 'http://internal.invalid';

function walk(dir: string): string[] {
  const out: string[] = [];
  const rec = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) rec(p);
      else out.push(relative(dir, p).split(sep).join('/'));
    }
  };
  rec(dir);
  return out;
}

/** The URL path (under the base) a file is served at: "a/b/index.html" → "/base/a/b/". */
function servedAt(file: string, base: string): string {
  return base + file.replace(/(^|\/)index\.html$/, '$1');
}

function srcsetUrls(v: string): string[] {
  return v
    .split(',')
    .map((c) => c.trim().split(/\s+/)[0])
    .filter(Boolean);
}

const META_URL = /^(og:(image|url|video|audio)(:url|:secure_url)?|twitter:image)$/;

function parsePage(html: string): Page {
  const { document } = parseHTML(html);
  const ids = new Set<string>();
  for (const el of document.querySelectorAll('[id]')) ids.add(el.getAttribute('id')!);
  const refs: Page['refs'] = [];
  const add = (href: string | null, what: string) => {
    if (href !== null) refs.push({ href, what });
  };
  for (const el of document.querySelectorAll('a[href], area[href], link[href]')) add(el.getAttribute('href'), el.localName);
  for (const el of document.querySelectorAll('img[src], script[src], iframe[src], source[src], embed[src], video[src], audio[src], track[src]')) {
    add(el.getAttribute('src'), el.localName);
  }
  for (const el of document.querySelectorAll('img[srcset], source[srcset]')) for (const u of srcsetUrls(el.getAttribute('srcset')!)) add(u, `${el.localName} srcset`);
  for (const el of document.querySelectorAll('video[poster]')) add(el.getAttribute('poster'), 'video poster');
  for (const el of document.querySelectorAll('object[data]')) add(el.getAttribute('data'), 'object');
  for (const el of document.querySelectorAll('form[action]')) add(el.getAttribute('action'), 'form action');
  for (const el of document.querySelectorAll('use, svg a')) {
    add(el.getAttribute('href') ?? el.getAttribute('xlink:href'), `svg ${el.localName}`);
  }
  for (const el of document.querySelectorAll('meta[content]')) {
    const key = el.getAttribute('property') ?? el.getAttribute('name') ?? '';
    if (META_URL.test(key)) add(el.getAttribute('content'), `meta ${key}`);
  }
  return { ids, refs };
}

/** Every broken internal reference of the built site in `distDir`, served under `base`. */
export function checkLinks(distDir: string, base = '/', options: CheckLinksOptions = {}): LinkProblem[] {
  if (!base.startsWith('/') || !base.endsWith('/')) throw new Error(`base must start and end with "/": ${base}`);
  const files = walk(distDir);
  const fileSet = new Set(files);
  const problems: LinkProblem[] = [];
  const pages = new Map<string, Page>();
  for (const f of files.filter((f) => f.endsWith('.html'))) pages.set(f, parsePage(readFileSync(join(distDir, f), 'utf8')));

  let origins = options.origins;
  if (!origins) {
    const canonical = existsSync(join(distDir, 'index.html')) ? /<link[^>]*rel="canonical"[^>]*href="([^"]+)"/.exec(readFileSync(join(distDir, 'index.html'), 'utf8'))?.[1] : undefined;
    origins = canonical ? [new URL(canonical).origin] : [];
  }
  const ownOrigins = new Set(origins.map((o) => new URL(o).origin));

  /** Checks one reference made by `from` (a dist-relative file). */
  const check = (from: string, raw: string) => {
    const report = (reason: string) => problems.push({ from, href: raw, reason });
    const value = raw.trim();
    if (value === '') return report('empty URL');
    if (/^javascript:/i.test(value)) return report('javascript: URL');
    if (/^(mailto|tel|data|sms|geo):/i.test(value)) return;
    const isFragmentOnly = value.startsWith('#');
    const isRelative = !isFragmentOnly && !/^([a-z][a-z0-9+.-]*:|\/)/i.test(value);
    if (from === '404.html' && isRelative) return report('relative URL on the 404 page, which is served at any path');
    if (options.requireBase && isRelative) return report(`relative URL: internal URLs must start with ${base}`);
    const pageUrl = new URL(servedAt(from, base), PLACEHOLDER);
    let url: URL;
    try {
      url = new URL(value, pageUrl);
    } catch {
      return report('not a valid URL');
    }
    if (url.origin !== PLACEHOLDER) {
      if (!ownOrigins.has(url.origin)) return; // external: never fetched
    }
    let path: string;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return report('badly percent-encoded path');
    }
    if (`${path}/` === base) return report('page link without its trailing slash');
    if (!path.startsWith(base)) return report(`outside the base path ${base}`);
    const rest = path.slice(base.length);
    let target: string;
    if (rest === '' || rest.endsWith('/')) target = `${rest}index.html`;
    else if (fileSet.has(rest)) target = rest;
    else if (fileSet.has(`${rest}/index.html`)) return report('page link without its trailing slash');
    else return report(`no file ${rest} in the build`);
    if (!fileSet.has(target)) return report(`no file ${target} in the build`);
    if (url.hash && url.hash !== '#') {
      let id: string;
      try {
        id = decodeURIComponent(url.hash.slice(1));
      } catch {
        return report('badly percent-encoded fragment');
      }
      const page = pages.get(target); // fragments into non-HTML files (SVG, CSV) are not checked
      if (page && !page.ids.has(id)) report(`no element with id="${id}" in ${target}`);
    } else if (value.endsWith('#')) {
      report('empty fragment');
    }
  };

  for (const [file, page] of pages) for (const r of page.refs) check(file, r.href);

  // Sitemaps: <loc> entries and hreflang alternates.
  for (const f of files.filter((f) => /(^|\/)sitemap[^/]*\.xml$/.test(f))) {
    const xml = readFileSync(join(distDir, f), 'utf8');
    for (const m of xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)) checkAbsolute(f, unescapeXml(m[1]!));
    for (const m of xml.matchAll(/<xhtml:link[^>]*\bhref="([^"]+)"/g)) checkAbsolute(f, unescapeXml(m[1]!));
  }
  // robots.txt: Sitemap lines.
  if (fileSet.has('robots.txt')) {
    for (const m of readFileSync(join(distDir, 'robots.txt'), 'utf8').matchAll(/^\s*sitemap:\s*(\S+)/gim)) checkAbsolute('robots.txt', m[1]!);
  }

  /** Sitemaps and robots.txt must use absolute URLs on the site's origin. */
  function checkAbsolute(from: string, value: string) {
    let url: URL;
    try {
      url = new URL(value);
    } catch {
      problems.push({ from, href: value, reason: 'not an absolute URL' });
      return;
    }
    if (!ownOrigins.has(url.origin)) {
      problems.push({ from, href: value, reason: `not on the site's origin (${[...ownOrigins].join(', ') || 'unknown'})` });
      return;
    }
    check(from, value);
  }

  return problems;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** One line per problem, for failure messages and scripts. */
export function formatLinkProblems(problems: LinkProblem[], limit = 50): string {
  const lines = problems.slice(0, limit).map((p) => `${p.from}: ${p.href} — ${p.reason}`);
  if (problems.length > limit) lines.push(`… and ${problems.length - limit} more`);
  return lines.join('\n');
}
