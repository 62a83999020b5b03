import { z } from 'astro/zod';
import { isoDay, slug } from './common.ts';

/** Frontmatter of a free page: content/pages/<locale>/<name>.mdx (index.mdx is the home page). */
export const pageSchema = z
  .object({
    title: z.string({ error: 'a title' }).min(1),
    summary: z.string({ error: 'a one-sentence summary' }).min(1).max(200, { error: 'a summary of at most 200 characters' }),
    /** URL segment in this language; the file name pairs translations. Omitted for the home page. */
    path: slug.optional(),
    /** Listed in the main navigation (keep it to a few pages: navigation must not grow with the site). */
    nav: z.boolean().default(false),
    nav_label: z.string().optional(),
    updated: isoDay,
  })
  .strict();
export type PageData = z.infer<typeof pageSchema>;
