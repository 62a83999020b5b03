import { z } from 'astro/zod';
import { recordId } from './common.ts';

const phrases = z.array(z.string().min(2).max(80), { error: 'a list of phrases readers type' }).min(1, { error: 'at least one phrase' });

/**
 * Words readers type for what the atlas names otherwise (data/search-terms.yaml): "berapa jumlah IKM",
 * "how many IKM units". Each entry adds its phrases, in each language, to the search index of the
 * pages of one measure (every record of it, the newest weighted most), shown there as "also searched as".
 */
export const searchTermSchema = z
  .object({
    measure: recordId,
    id: phrases,
    en: phrases,
  })
  .strict();
export type SearchTerm = z.infer<typeof searchTermSchema>;
