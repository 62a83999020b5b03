import { z } from 'astro/zod';
import { isoDate, localized, recordId, regionCode, slug } from './common.ts';

/** A named list of regions as a source drew it at a date (e.g. a ministry's "eastern provinces"). */
export const regionSetSchema = z
  .object({
    id: slug,
    label: localized,
    description: localized,
    source: recordId,
    date: isoDate,
    members: z.array(regionCode).min(1, { error: 'at least one region code' }),
  })
  .strict();
export type RegionSet = z.infer<typeof regionSetSchema>;
export const regionSetsFileSchema = z.array(regionSetSchema, { error: 'a list of region sets' });
