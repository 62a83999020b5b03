import { z } from 'astro/zod';

import { LOCALES } from '../shared/locales.ts';

/** The atlas's languages (data/site.yaml `locales`, src/shared/locales.ts); the first is the default. */
export { DEFAULT_LOCALE, LOCALES, localeInfo } from '../shared/locales.ts';
/** A language code of this atlas ("id", "en"): one of LOCALES, checked where data names one. */
export type Locale = string;

export const slug = z
  .string({ error: 'a slug (lowercase letters, digits and hyphens)' })
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a slug (lowercase letters, digits and hyphens, e.g. "tenun-ulos-samosir")' });

/** Ids of figures, sources, series: lowercase, may contain dots, underscores and hyphens (they become URLs). */
export const recordId = z
  .string({ error: 'an id (lowercase letters, digits, ".", "_" and "-")' })
  .regex(/^[a-z0-9][a-z0-9._-]*$/, { error: 'an id (lowercase letters, digits, ".", "_" and "-", e.g. "ikm.units.2019")' });

// Made once: a new Intl.DisplayNames per call cost 25 s of the data pages of a 10 000-chart atlas.
const englishNames = new Intl.DisplayNames(['en'], { type: 'language' });
/** A language's English name for messages ("Indonesian"), from the runtime's own list. */
export const languageName = (code: string): string => englishNames.of(code) ?? code;

/** What a text in every language looks like, for messages: `{ id: "…", en: "…" }`. */
const textShape = `{ ${LOCALES.map((l) => `${l}: "…"`).join(', ')} }`;

/** Text in every language of the atlas: `{ id: "...", en: "..." }`. */
export const localized: z.ZodType<Record<string, string>> =
  LOCALES.length === 0
    ? // No readable language list: data/site.yaml's own check says why; texts are not judged meanwhile.
      z.record(z.string(), z.string())
    : z
        .object(Object.fromEntries(LOCALES.map((l) => [l, z.string({ error: `${languageName(l)} text` }).min(1, { error: `non-empty ${languageName(l)} text` })])), {
          error: `text in ${LOCALES.length === 1 ? languageName(LOCALES[0]!) : LOCALES.length === 2 ? 'both languages' : `all ${LOCALES.length} languages`}: ${textShape}`,
        })
        .strict();
export type Localized = Record<string, string>;

/** One value per language of the atlas (URL words): `{ id: klaster, en: clusters }`. */
export function perLocale<T extends z.ZodType>(value: T): z.ZodType<Record<string, z.infer<T>>> {
  if (LOCALES.length === 0) return z.record(z.string(), value);
  return z.object(Object.fromEntries(LOCALES.map((l) => [l, value]))).strict() as unknown as z.ZodType<Record<string, z.infer<T>>>;
}

function validDay(y: number, m: number, d: number): boolean {
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** A calendar date as precise as the source gives it: YYYY-MM-DD, YYYY-MM or YYYY. */
export const isoDate = z.string({ error: 'a date written as a quoted string, e.g. "2019-11-03"' }).refine(
  (s) => {
    const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
    if (!m) return false;
    const [, y, mo, d] = m;
    if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
    if (d !== undefined && !validDay(Number(y), Number(mo), Number(d))) return false;
    return true;
  },
  { error: 'a date like "2019-11-03", "2019-11" or "2019" (a real calendar date)' },
);

/** A full day, for "updated" fields that drive feeds. */
export const isoDay = z.string({ error: 'a date written as a quoted string, e.g. "2026-11-23"' }).refine(
  (s) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
    return !!m && validDay(Number(m[1]), Number(m[2]), Number(m[3]));
  },
  { error: 'a full date like "2026-11-23" (a real calendar date)' },
);

/**
 * The period a figure describes: a year ("2019"), a quarter ("2019-Q3"), a half ("2018-H1"),
 * a month ("2019-11"), a day ("2019-11-01"), or a range of any two of those ("2015/2018").
 */
const PERIOD_PART = /^\d{4}(-Q[1-4]|-H[12]|-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
export const period = z.string({ error: 'a period written as a quoted string, e.g. "2019", "2019-Q3" or "2015/2018"' }).refine(
  (s) => {
    const parts = s.split('/');
    return parts.length <= 2 && parts.every(realPeriodPart) && (parts.length === 1 || parts[0]! < parts[1]!);
  },
  { error: 'a period like "2019", "2019-Q3", "2018-H1", "2019-11", "2019-11-01" (a real calendar date) or a range "2015/2018" (start before end)' },
);

/** One period, checked for its kind: a year, quarter, half, month, or a day that exists ("2017-02-30" does not). */
function realPeriodPart(p: string): boolean {
  if (!PERIOD_PART.test(p)) return false;
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(p);
  return !day || validDay(Number(day[1]), Number(day[2]), Number(day[3]));
}

export const year = z
  .number({ error: 'a year as a number, e.g. 2013' })
  .int({ error: 'a whole year, e.g. 2013' })
  .min(1800, { error: 'a year from 1800 on' })
  .max(2100, { error: 'a year before 2100' });

export const coordinates = z
  .object(
    {
      lat: z.number({ error: 'a latitude in decimal degrees' }).min(-90).max(90),
      lon: z.number({ error: 'a longitude in decimal degrees' }).min(-180).max(180),
    },
    { error: 'coordinates { lat: …, lon: … } in decimal degrees' },
  )
  .strict();
export type Coordinates = z.infer<typeof coordinates>;

/** A region code as written in the regions table (e.g. "12"; Kemendagri codes are two digits). */
export const regionCode = z.string({ error: 'a region code written as a quoted string, e.g. "12"' }).regex(/^[0-9A-Za-z.]{1,8}$/, { error: 'a region code such as "12"' });

export const url = z.string({ error: 'a web address' }).refine(
  (s) => {
    try {
      const u = new URL(s);
      return u.protocol === 'https:' || u.protocol === 'http:';
    } catch {
      return false;
    }
  },
  { error: 'a web address starting with https:// or http://' },
);
