import { z } from 'astro/zod';
import { SERIES_CHART_KINDS } from '../charts/types.ts';
import { isoDay, localized, recordId } from './common.ts';

export const X_TYPES = ['period', 'category', 'region', 'year'] as const;

const fieldName = z.string().regex(/^[a-z][a-z0-9_]*$/, { error: 'a CSV column name (lowercase, digits, "_")' });

/** Metadata of one table of data behind a chart (data/series/<id>.yaml beside <id>.csv). */
export const seriesMetaSchema = z
  .object({
    title: localized,
    description: localized,
    unit: z.string({ error: 'a unit id from data/units.yaml' }),
    x: z.object({ field: fieldName, type: z.enum(X_TYPES, { error: `one of ${X_TYPES.join(', ')}` }), label: localized }).strict(),
    y: z.object({ field: fieldName, label: localized }).strict(),
    group: z
      .object({ field: fieldName, label: localized, values: z.record(z.string(), localized) })
      .strict()
      .optional(),
    /** Optional per-value labels for category x values. */
    categories: z.record(z.string(), localized).optional(),
    chart: z.enum(SERIES_CHART_KINDS, { error: `one of ${SERIES_CHART_KINDS.join(', ')} (the geographic map draws the clusters, not a series)` }),
    sources: z.array(recordId).min(1, { error: 'at least one source id' }),
    note: localized.optional(),
    /**
     * false when the rows count different things (definitions, claimants) that must not be ranked
     * against each other: the chart draws one series per group and the summary lists them apart.
     */
    comparable: z.boolean().optional(),
    /** Tile map: write each province's value in its tile, under its name. */
    tile_values: z.boolean().optional(),
    updated: isoDay,
    /** When the atlas added this series, and last changed its data or meaning (default: the first edition, and `updated`). */
    added: isoDay.optional(),
    changed: isoDay.optional(),
  })
  .strict()
  .superRefine((s, ctx) => {
    if (s.added && s.changed && s.changed < s.added) ctx.addIssue({ code: 'custom', path: ['changed'], message: `a date on or after added (${s.added})` });
    if ((s.chart === 'grouped-bar' || s.chart === 'stacked-bar') && !s.group) ctx.addIssue({ code: 'custom', path: ['group'], message: `a group column for a ${s.chart} chart` });
    if (s.chart === 'tilemap' && s.x.type !== 'region') ctx.addIssue({ code: 'custom', path: ['x', 'type'], message: 'x type "region" for a tilemap' });
  });
export type SeriesMeta = z.infer<typeof seriesMetaSchema>;

export interface SeriesRow {
  x: string;
  y: number | null;
  group?: string;
  source?: string;
  figure?: string;
  /** 1-based CSV line, kept for messages. */
  line: number;
}
