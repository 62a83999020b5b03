import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { clusterSchema, LOCALES, pageSchema, programSchema, provinceSchema, type Locale } from '../schemas/index.ts';
import { show, type Problem } from './problems.ts';
import { readText } from './read.ts';
import { parseYaml } from './yaml.ts';
import { zodProblems } from './zod-problems.ts';

export const CONTENT_SCHEMAS = {
  clusters: clusterSchema,
  programs: programSchema,
  provinces: provinceSchema,
  pages: pageSchema,
} as const;
export type ContentCollection = keyof typeof CONTENT_SCHEMAS;

/** Components an MDX file may use, and which attribute names a record. */
export const MDX_COMPONENTS = ['Stat', 'Chart', 'Source', 'Conflict', 'RegionGrid', 'ClusterMap', 'Term'] as const;

export interface Usage {
  component: string;
  id: string;
  line: number;
}

export interface ContentDoc<C extends ContentCollection = ContentCollection> {
  collection: C;
  locale: Locale;
  slug: string;
  file: string;
  data: z.output<(typeof CONTENT_SCHEMAS)[C]>;
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
  usages: Usage[];
}

export type AtlasContent = { [C in ContentCollection]: ContentDoc<C>[] };

export function loadContent(root: string, problems: Problem[]): AtlasContent {
  const out = { clusters: [], programs: [], provinces: [], pages: [] } as unknown as AtlasContent;
  for (const collection of Object.keys(CONTENT_SCHEMAS) as ContentCollection[]) {
    const base = join(root, 'content', collection);
    if (!existsSync(base)) continue;
    for (const entry of readdirSync(base).sort()) {
      if (!(LOCALES as readonly string[]).includes(entry)) {
        problems.push({ file: relative(root, join(base, entry)), field: '(folder)', expected: `a language folder (${LOCALES.join(' or ')})`, found: show(entry) });
        continue;
      }
      const locale = entry as Locale;
      for (const name of readdirSync(join(base, locale)).sort()) {
        const path = join(base, locale, name);
        const file = relative(root, path);
        if (!name.endsWith('.mdx')) {
          problems.push({ file, field: '(file)', expected: 'an .mdx file', found: show(name) });
          continue;
        }
        const slug = name.slice(0, -4);
        if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
          problems.push({ file, field: '(file name)', expected: 'a slug file name (lowercase letters, digits, hyphens)', found: show(slug) });
          continue;
        }
        const doc = loadDoc(root, path, collection, locale, slug, problems);
        if (doc) (out[collection] as ContentDoc[]).push(doc);
      }
    }
  }
  return out;
}

function loadDoc(root: string, path: string, collection: ContentCollection, locale: Locale, slug: string, problems: Problem[]): ContentDoc | undefined {
  const file = relative(root, path);
  const text = readText(path, root, problems);
  if (text === undefined) return undefined;
  const fm = /^---\r?\n([\s\S]*?)\r?\n---[ \t]*(\r?\n|$)/.exec(text);
  if (!fm) {
    problems.push({ file, line: 1, field: '(frontmatter)', expected: 'frontmatter between two "---" lines at the top of the file', found: show(text.split('\n')[0]) });
    return undefined;
  }
  const parsed = parseYaml(fm[1]!, file, problems, 1);
  if (!parsed) return undefined;
  const schema = CONTENT_SCHEMAS[collection];
  const result = schema.safeParse(parsed.data ?? {});
  const bodyStartLine = fm[0].split('\n').length;
  const body = text.slice(fm[0].length);
  const usages = scanBody(body, bodyStartLine, file, problems);
  if (!result.success) {
    problems.push(...zodProblems(result.error, parsed.data, { file, line: parsed.lineOf }));
    return undefined;
  }
  return { collection, locale, slug, file, data: result.data as ContentDoc['data'], lineOf: parsed.lineOf, usages } as ContentDoc;
}

/**
 * Finds component uses and unsafe markup in an MDX body, with line numbers.
 * MDX would also fail on these, but later, one at a time, and without naming the line an editor sees.
 */
function scanBody(body: string, firstLine: number, file: string, problems: Problem[]): Usage[] {
  const usages: Usage[] = [];
  const lines = body.split('\n');
  let inFence = false;
  lines.forEach((text, i) => {
    const line = firstLine + i;
    if (/^\s*(```|~~~)/.test(text)) inFence = !inFence;
    if (inFence) return;
    if (/<\s*script\b/i.test(text) || /javascript\s*:/i.test(text)) {
      problems.push({ file, line, field: '(body)', expected: 'prose and the atlas components only (no <script> or javascript: URLs)', found: show(text.trim()) });
    }
    if (/^\s*(import|export)\s/.test(text)) {
      problems.push({ file, line, field: '(body)', expected: 'no import/export lines (the atlas components are available without import)', found: show(text.trim()) });
    }
    for (const m of text.matchAll(/<([A-Z][A-Za-z0-9]*)\b([^>]*)>?/g)) {
      const component = m[1]!;
      const attrs = m[2] ?? '';
      if (!(MDX_COMPONENTS as readonly string[]).includes(component)) {
        problems.push({ file, line, field: `<${component}>`, expected: `one of the atlas components ${MDX_COMPONENTS.map((c) => `<${c}>`).join(', ')}`, found: `<${component}>` });
        continue;
      }
      const id = /\bid=["']([^"']*)["']/.exec(attrs)?.[1];
      if (id !== undefined) usages.push({ component, id, line });
      else if (['Stat', 'Chart', 'Source', 'Conflict', 'Term'].includes(component)) {
        problems.push({ file, line, field: `<${component}> id`, expected: 'an id="…" attribute', found: show(m[0]) });
      }
      if (component === 'RegionGrid') {
        const codes = /highlight=\{\[([^\]]*)\]\}/.exec(attrs)?.[1];
        for (const c of codes?.match(/["']([^"']+)["']/g) ?? []) usages.push({ component: 'RegionGrid', id: c.slice(1, -1), line });
      }
    }
  });
  return usages;
}
