// The engine's words as data: one strings file per language, ICU MessageFormat messages keyed as in
// src/i18n/catalogue.ts. An atlas's own data/locales/<code>.yaml wins over the engine's
// src/locales/<code>.yaml, so an atlas can speak a language the engine does not ship (or reword one)
// without touching code. Files are checked by src/validate (file, line, key) before anything is built.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import { z } from 'astro/zod';
import { parse } from 'yaml';
import { localeInfo } from '../shared/locales.ts';
import { CATALOGUE, type ArgValue, type UiStrings } from './catalogue.ts';

/**
 * The engine's folder, found from where `astro` resolves: this module also runs bundled by Astro
 * from a staging folder inside the project, where its own import.meta.url says little.
 */
export function engineDir(): string {
  return resolve(dirname(createRequire(import.meta.url).resolve('astro/package.json')), '../..');
}

/** The strings file of a language: the atlas's data/locales/<code>.yaml, else the engine's, else none. */
export function stringsFile(code: string, atlasRoot: string): string | undefined {
  return [join(atlasRoot, 'data/locales', `${code}.yaml`), join(engineDir(), 'src/locales', `${code}.yaml`)].find((f) => existsSync(f));
}

/** Languages the engine ships words for (src/locales/). */
export function engineLanguages(): string[] {
  return readdirSync(join(engineDir(), 'src/locales'))
    .filter((f) => f.endsWith('.yaml'))
    .map((f) => f.slice(0, -'.yaml'.length))
    .sort();
}

// Element kinds of @formatjs/icu-messageformat-parser's syntax tree (its TYPE enum).
const ARGUMENT_KINDS = new Set([1, 2, 3, 4, 5, 6]); // argument, number, date, time, select, plural
const TAG = 8;
interface AstNode {
  type: number;
  value?: unknown;
  options?: Record<string, { value: AstNode[] }>;
  children?: AstNode[];
}

/** Argument names a message uses, and whether it holds a tag (<b>…</b>: markup, refused). */
function argumentsOf(nodes: AstNode[], out = { names: new Set<string>(), tag: false }) {
  for (const n of nodes) {
    if (n.type === TAG) out.tag = true;
    if (ARGUMENT_KINDS.has(n.type) && typeof n.value === 'string') out.names.add(n.value);
    for (const o of Object.values(n.options ?? {})) argumentsOf(o.value, out);
    if (n.children) argumentsOf(n.children, out);
  }
  return out;
}

/** What a message may name: its key's arguments, each also as {x_lower} and {x_roman}. */
const allowed = (args: readonly string[]) => new Set(args.flatMap((a) => [a, `${a}_lower`, `${a}_roman`]));

/** A message that parses as ICU MessageFormat, names only its key's arguments and holds no markup. */
function messageSchema(args: readonly string[]) {
  return z.string({ error: 'a text (an ICU message)' }).superRefine((text, ctx) => {
    let ast: AstNode[];
    try {
      ast = new IntlMessageFormat(text, 'en').getAst() as unknown as AstNode[];
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: `an ICU message (${(e as Error).message})` });
      return;
    }
    const { names, tag } = argumentsOf(ast);
    if (tag) ctx.addIssue({ code: 'custom', message: 'text without tags (<…> is markup)' });
    const ok = allowed(args);
    for (const name of names) {
      if (!ok.has(name))
        ctx.addIssue({ code: 'custom', message: args.length ? `a message using only {${args.join('}, {')}} (with _lower or _roman), not {${name}}` : `a text without arguments, not {${name}}` });
    }
  });
}

type Catalogue = { readonly [k: string]: readonly string[] | Catalogue };
function schemaOf(c: Catalogue): z.ZodType {
  return z.object(Object.fromEntries(Object.entries(c).map(([k, v]) => [k, Array.isArray(v) ? messageSchema(v as readonly string[]) : schemaOf(v as Catalogue)]))).strict();
}
/** A whole strings file: every key of the catalogue, no other. */
export const stringsSchema = schemaOf(CATALOGUE as unknown as Catalogue);

const ROMAN: [number, string][] = [
  [1000, 'M'],
  [900, 'CM'],
  [500, 'D'],
  [400, 'CD'],
  [100, 'C'],
  [90, 'XC'],
  [50, 'L'],
  [40, 'XL'],
  [10, 'X'],
  [9, 'IX'],
  [5, 'V'],
  [4, 'IV'],
  [1, 'I'],
];
function roman(n: number): string {
  let out = '';
  let rest = Math.trunc(n);
  for (const [v, s] of ROMAN) for (; rest >= v; rest -= v) out += s;
  return out;
}

/** One message as the code calls it: a text, or a function of its arguments in catalogue order. */
function compile(text: string, args: readonly string[], tag: string): string | ((...values: ArgValue[]) => string) {
  const mf = new IntlMessageFormat(text, tag);
  if (args.length === 0) return String(mf.format());
  return (...values: ArgValue[]) => {
    const named: Record<string, ArgValue> = {};
    args.forEach((a, i) => {
      const v = values[i]!;
      named[a] = v;
      if (typeof v === 'string') named[`${a}_lower`] = v.toLocaleLowerCase(tag);
      if (typeof v === 'number') named[`${a}_roman`] = roman(v);
    });
    return String(mf.format(named));
  };
}

function compileAll(c: Catalogue, data: Record<string, unknown>, tag: string): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(c).map(([k, v]) => [k, Array.isArray(v) ? compile(String(data[k]), v as readonly string[], tag) : compileAll(v as Catalogue, data[k] as Record<string, unknown>, tag)]),
  );
}

const cache = new Map<string, UiStrings>();
/** The engine's words in a language of the atlas (its strings file, validated before the build). */
export function t(locale: string): UiStrings {
  let s = cache.get(locale);
  if (!s) {
    const file = stringsFile(locale, resolve(process.env.ATLAS_ROOT ?? '.'));
    if (!file) throw new Error(`No strings file for the language "${locale}": add data/locales/${locale}.yaml (copy src/locales/en.yaml and translate it).`);
    s = compileAll(CATALOGUE as unknown as Catalogue, parse(readFileSync(file, 'utf8')) as Record<string, unknown>, localeInfo(locale).intl) as unknown as UiStrings;
    cache.set(locale, s);
  }
  return s;
}
