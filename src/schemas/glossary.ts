import { z } from 'astro/zod';
import { localized, recordId, slug } from './common.ts';

/**
 * An entry of data/glossary.yaml: an institution or a regulation the content names,
 * explained in a few sentences per language, with the sources that name it.
 * Prose links to it with <Term id="…" />, which prints `short` (or `term`).
 */
export const glossaryEntrySchema = z
  .object({
    id: slug,
    kind: z.enum(['institution', 'regulation'], { error: 'institution or regulation' }),
    term: localized,
    short: localized.optional(),
    text: localized,
    sources: z.array(recordId).min(1, { error: 'at least one source id' }),
  })
  .strict();
export type GlossaryEntry = z.infer<typeof glossaryEntrySchema>;
