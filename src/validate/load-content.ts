import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { z } from 'astro/zod';
import { clusterSchema, LOCALES, type Locale, pageSchema, programSchema, provinceSchema } from '../schemas/index.ts';
import { mdxComponentNames } from './mdx-components.ts';
import { checkMdx, parseMdx, type Usage } from './mdx-safety.ts';
import { type Problem, show } from './problems.ts';
import { readText } from './read.ts';
import { cachedParse } from './parse-cache.ts';
import { parseYaml } from './yaml.ts';
import { zodProblems } from './zod-problems.ts';

export const CONTENT_SCHEMAS = {
  clusters: clusterSchema,
  programs: programSchema,
  provinces: provinceSchema,
  pages: pageSchema,
} as const;
export type ContentCollection = keyof typeof CONTENT_SCHEMAS;
/** The content collections: the one list, read from CONTENT_SCHEMAS (src/content.config.ts mirrors it for Astro). */
export const CONTENT_COLLECTIONS = Object.keys(CONTENT_SCHEMAS) as ContentCollection[];

export type { Usage } from './mdx-safety.ts';

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

export interface ContentOptions {
  /** data/site.yaml `unsafe_mdx: true`: MDX bodies may hold code (never for outside contributions). */
  unsafeMdx?: boolean;
}

export function loadContent(root: string, problems: Problem[], options: ContentOptions = {}): AtlasContent {
  const out = Object.fromEntries(CONTENT_COLLECTIONS.map((c) => [c, []])) as unknown as AtlasContent;
  for (const collection of CONTENT_COLLECTIONS) {
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
        const doc = loadDoc(root, path, collection, locale, slug, problems, options);
        if (doc) (out[collection] as ContentDoc[]).push(doc);
      }
    }
  }
  return out;
}

function loadDoc(root: string, path: string, collection: ContentCollection, locale: Locale, slug: string, problems: Problem[], options: ContentOptions): ContentDoc | undefined {
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
  // The body is parsed with the MDX parser and checked before anything else sees it (src/validate/mdx-safety.ts);
  // a body that passed with the same components and options before is taken from the parse cache.
  const components = mdxComponentNames();
  const { value: checked } = cachedParse(
    'mdx',
    [bodyStartLine, components, options.unsafeMdx === true],
    body,
    () => {
      const mdx = parseMdx(body, file, bodyStartLine);
      const check = mdx.tree ? checkMdx(mdx.tree, { file, firstLine: bodyStartLine, components, unsafe: options.unsafeMdx }) : undefined;
      return { usages: check?.usages ?? [], problems: [...(mdx.problem ? [mdx.problem] : []), ...(check?.problems ?? [])] };
    },
    (result) => result.problems.length === 0,
  );
  problems.push(...checked.problems);
  const usages = checked.usages;
  if (!result.success) {
    problems.push(...zodProblems(result.error, parsed.data, { file, line: parsed.lineOf }));
    return undefined;
  }
  return { collection, locale, slug, file, data: result.data as ContentDoc['data'], lineOf: parsed.lineOf, usages } as ContentDoc;
}
