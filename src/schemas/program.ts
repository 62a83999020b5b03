import { z } from 'astro/zod';
import { isoDay, recordId, regionCode, year } from './common.ts';

/** Frontmatter of content/programs/<locale>/<slug>.mdx: a government program or initiative. */
export const programSchema = z
  .object({
    title: z.string({ error: 'a title' }).min(1),
    short: z.string().optional(),
    summary: z.string({ error: 'a one-sentence summary' }).min(1).max(200, { error: 'a summary of at most 200 characters' }),
    agency: z.string({ error: 'the agency that runs it' }).min(1),
    partner: z.string().optional(),
    start: year.optional(),
    end: year.optional(),
    regions: z.array(regionCode).default([]),
    sources: z.array(recordId).min(1, { error: 'at least one source id' }),
    figures: z.array(recordId).default([]),
    charts: z.array(recordId).default([]),
    updated: isoDay,
  })
  .strict()
  .refine((p) => p.start === undefined || p.end === undefined || p.end >= p.start, { path: ['end'], error: 'an end year on or after the start year' });
export type ProgramData = z.infer<typeof programSchema>;

export const PROGRAM_SHARED_FIELDS = ['start', 'end', 'regions', 'sources', 'figures', 'charts'] as const;
