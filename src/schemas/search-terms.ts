import { z } from 'astro/zod';
import { LOCALES, recordId } from './common.ts';

const phrases = z.array(z.string().min(2).max(80), { error: 'a list of phrases readers type' }).min(1, { error: 'at least one phrase' });

/**
 * Words readers type for what the atlas names otherwise (data/search-terms.yaml): "berapa jumlah IKM",
 * "how many IKM units". Each entry adds its phrases, in each language, to the search index of the
 * pages of one measure (every record of it, the newest weighted most), shown there as "also searched as".
 */
export const searchTermSchema = z
  .object({
    measure: recordId,
    // One list of phrases per language of the atlas.
    ...Object.fromEntries(LOCALES.map((l) => [l, phrases])),
  })
  .strict();
/** A measure and, keyed by language code, the phrases readers type for it (see searchPhrases). */
export type SearchTerm = { measure: string } & { readonly [locale: string]: string | readonly string[] };
/** The phrases of one language of a search-terms entry. */
export const searchPhrases = (term: SearchTerm, locale: string): readonly string[] => {
  const list = term[locale];
  return Array.isArray(list) ? list : [];
};
