// The atlas's languages, as its data/site.yaml lists them (`locales`): the one list every part of the
// engine reads — schemas (which keys a text has), routes (URL prefixes), Intl tags, feeds, the
// language switch. The first language is the default one, served at the site root.
//
// Read once per process from ATLAS_ROOT at import, because the schemas that check every text need
// the list before anything is validated. This read forgives mistakes: data/site.yaml is validated
// with the rest (src/schemas/site.ts), which reports a bad `locales` list with its line.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export interface LocaleInfo {
  /** The key of this language's text everywhere in content/ and data/ ("id", "en"). */
  code: string;
  /** The BCP 47 tag numbers and dates are written with ("id-ID", "en-GB"). */
  intl: string;
  /** The URL path of the language's pages: "/" for the first language, "/<prefix>/" for the others. */
  root: string;
}

const CODE = /^[a-z]{2,3}$/;
const SEGMENT = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The `locales` list of an atlas's site.yaml, as far as it is readable (the schema reports the rest). */
export function readLocales(atlasRoot: string): LocaleInfo[] {
  let raw: unknown;
  try {
    raw = parse(readFileSync(join(atlasRoot, 'data/site.yaml'), 'utf8'));
  } catch {
    return [];
  }
  const list = (raw as { locales?: unknown } | null)?.locales;
  if (!Array.isArray(list)) return [];
  const out: LocaleInfo[] = [];
  for (const item of list) {
    const { code, intl, prefix } = (item ?? {}) as { code?: unknown; intl?: unknown; prefix?: unknown };
    if (typeof code !== 'string' || !CODE.test(code) || out.some((l) => l.code === code)) continue;
    const p = out.length === 0 ? '' : typeof prefix === 'string' && SEGMENT.test(prefix) ? prefix : code;
    out.push({ code, intl: typeof intl === 'string' && intl ? intl : code, root: p ? `/${p}/` : '/' });
  }
  return out;
}

export const LOCALE_LIST: readonly LocaleInfo[] = readLocales(resolve(process.env.ATLAS_ROOT ?? '.'));
/** The codes of the atlas's languages, the default one first. */
export const LOCALES: readonly string[] = LOCALE_LIST.map((l) => l.code);
/** The default language: served at the site root, named by x-default, first in every list. */
export const DEFAULT_LOCALE: string = LOCALES[0] ?? 'und';

const byCode = new Map(LOCALE_LIST.map((l) => [l.code, l]));
/** A language's entry in the list (a code the atlas does not list gets a root of its own code). */
export function localeInfo(code: string): LocaleInfo {
  return byCode.get(code) ?? { code, intl: code, root: `/${code}/` };
}
