import { z } from 'astro/zod';
import { isoDate, isoDay, localized, recordId, url } from './common.ts';

export const SOURCE_KINDS = ['news', 'blog', 'regulation', 'statistics', 'report', 'dataset', 'reference'] as const;

/** Where a figure or fact was published. Exists before any figure cites it. */
export const sourceSchema = z
  .object({
    id: recordId,
    publisher: z.string({ error: 'the publisher or outlet name' }).min(1),
    title: z.string({ error: 'the title as published' }).min(1),
    date: z.union([isoDate, z.literal('undated')], { error: 'a date like "2019-11-03", "2019-11", "2019", or "undated"' }),
    date_note: localized.optional(),
    url: url.optional(),
    language: z.string({ error: 'a language code such as "id" or "en"' }).regex(/^[a-z]{2,3}$/, { error: 'a language code such as "id" or "en"' }),
    kind: z.enum(SOURCE_KINDS, { error: `one of ${SOURCE_KINDS.join(', ')}` }),
    author: z.string().optional(),
    accessed: isoDate.optional(),
    note: localized.optional(),
    /** When the atlas added this record, and last changed what it says (see src/lib/changes.ts for the defaults). */
    added: isoDay.optional(),
    changed: isoDay.optional(),
  })
  .strict()
  .refine((s) => !s.added || !s.changed || s.changed >= s.added, { path: ['changed'], error: 'a date on or after added' });
export type Source = z.infer<typeof sourceSchema>;

export const sourcesFileSchema = z.array(sourceSchema, { error: 'a list of source records (each starting with "- id: …")' });
