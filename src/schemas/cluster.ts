import { z } from 'astro/zod';
import { coordinates, isoDay, recordId, regionCode, slug } from './common.ts';

/** Frontmatter of content/clusters/<locale>/<slug>.mdx: one place where one product is made. */
export const clusterSchema = z
  .object({
    title: z.string({ error: 'a title' }).min(1),
    summary: z.string({ error: 'a one-sentence summary' }).min(1).max(200, { error: 'a summary of at most 200 characters' }),
    product: z.string({ error: 'the product' }).min(1),
    region: regionCode,
    region_at_source: regionCode.optional(),
    locality: z.string({ error: 'the kabupaten/kota' }).min(1),
    locality_note: z.string().optional(),
    coordinates,
    programs: z.array(slug).default([]),
    sources: z.array(recordId).min(1, { error: 'at least one source id' }),
    figures: z.array(recordId).default([]),
    updated: isoDay,
  })
  .strict();
export type ClusterData = z.infer<typeof clusterSchema>;

/** Fields that state facts, not words: they must agree across translations. */
export const CLUSTER_SHARED_FIELDS = ['region', 'region_at_source', 'coordinates', 'programs', 'sources', 'figures'] as const;
