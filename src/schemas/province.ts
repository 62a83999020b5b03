import { z } from 'astro/zod';
import { isoDay, recordId, regionCode } from './common.ts';

/** Frontmatter of optional prose about a region: content/provinces/<locale>/<region-slug>.mdx */
export const provinceSchema = z
  .object({
    region: regionCode,
    summary: z.string().max(200, { error: 'a summary of at most 200 characters' }).optional(),
    sources: z.array(recordId).default([]),
    updated: isoDay,
  })
  .strict();
export type ProvinceData = z.infer<typeof provinceSchema>;
export const PROVINCE_SHARED_FIELDS = ['region', 'sources'] as const;
