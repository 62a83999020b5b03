import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { parse as parseYaml } from 'yaml';
import { listFiles, PROJECT } from './atlas-fixtures.ts';

/**
 * Reading a built site in the tests: its HTML files, what kind of page each is (from the URL words
 * in data/site.yaml, not from the engine's route table, so the tests check the engine rather than
 * repeat it), and each page parsed once.
 */

export type Locale = 'id' | 'en';
export type PageKind = 'home' | 'region' | 'cluster' | 'program' | 'figure' | 'chart' | 'embed' | 'not-found' | 'other';

interface SiteWords {
  regions: Record<Locale, string>;
  clusters: Record<Locale, string>;
  programs: Record<Locale, string>;
  figures: Record<Locale, string>;
  charts: Record<Locale, string>;
  sources: Record<Locale, string>;
}

/** The URL words of the atlas in `root` (data/site.yaml). */
export function siteWords(root = PROJECT): SiteWords {
  const site = parseYaml(readFileSync(join(root, 'data/site.yaml'), 'utf8'));
  return {
    regions: site.collections.regions.path,
    clusters: site.collections.clusters.path,
    programs: site.collections.programs.path,
    figures: site.paths.figures,
    charts: site.paths.charts,
    sources: site.paths.sources,
  };
}

/** Site path of an entity page, without the base: pagePath('en', 'clusters', 'x') → "/en/clusters/x/". */
export function entityPath(locale: Locale, word: string, ref?: string): string {
  return `${locale === 'en' ? '/en/' : '/'}${word}/${ref ? `${ref}/` : ''}`;
}

/** "a/b/index.html" → "/a/b/"; "404.html" → "/404.html". */
export function pathOfFile(file: string): string {
  return `/${file.replace(/(^|\/)index\.html$/, '$1')}`;
}

/** "/a/b/" → "a/b/index.html". */
export function fileOfPath(path: string): string {
  const p = path.replace(/^\//, '');
  return p === '' || p.endsWith('/') ? `${p}index.html` : p;
}

export interface PageInfo {
  file: string;
  /** Site path without the base. */
  path: string;
  locale: Locale;
  kind: PageKind;
  /** Slug or id of the entity, for entity pages. */
  ref?: string;
}

/** Kind, language and entity of a built HTML file, from its path alone. */
export function classify(file: string, words = siteWords()): PageInfo {
  const path = pathOfFile(file);
  if (file === '404.html') return { file, path, locale: 'id', kind: 'not-found' };
  const locale: Locale = path.startsWith('/en/') || path === '/en/' ? 'en' : 'id';
  const rest = (locale === 'en' ? path.slice(4) : path.slice(1)).split('/').filter(Boolean);
  if (rest.length === 0) return { file, path, locale, kind: 'home' };
  if (rest.length === 2) {
    const [word, ref] = rest as [string, string];
    const kinds: [PageKind, string][] = [
      ['region', words.regions[locale]],
      ['cluster', words.clusters[locale]],
      ['program', words.programs[locale]],
      ['figure', words.figures[locale]],
      ['chart', words.charts[locale]],
      ['embed', 'embed'],
    ];
    const hit = kinds.find(([, w]) => w === word);
    if (hit) return { file, path, locale, kind: hit[0], ref };
  }
  return { file, path, locale, kind: 'other' };
}

/** Every HTML file of a built site, relative to it, sorted. */
export function htmlFiles(dist: string): string[] {
  return listFiles(dist).filter((f) => f.endsWith('.html'));
}

const parsed = new Map<string, Document>();

/** The parsed document of a built file (parsed once per test file). */
export function doc(dist: string, file: string): Document {
  const key = join(dist, file);
  let d = parsed.get(key);
  if (!d) {
    if (!existsSync(key)) throw new Error(`no ${file} in ${dist}`);
    d = parseHTML(readFileSync(key, 'utf8')).document as unknown as Document;
    parsed.set(key, d);
  }
  return d;
}

/** A sample spread evenly over a sorted list (deterministic): every item when n ≥ length. */
export function spread<T>(items: T[], n: number): T[] {
  if (items.length <= n) return items;
  return Array.from({ length: n }, (_, i) => items[Math.floor((i * items.length) / n)]!);
}
