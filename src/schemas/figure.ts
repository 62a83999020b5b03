import { z } from 'astro/zod';
import { isoDate, localized, period, recordId } from './common.ts';

export const QUALIFIERS = ['exact', 'about', 'more_than', 'at_least', 'at_most'] as const;

/** national | region:<code> | cluster:<slug> | set:<id> | other */
export const scope = z
  .string({ error: 'a scope: national, region:<code>, cluster:<slug>, set:<id> or other' })
  .regex(/^(national|other|region:[0-9A-Za-z.]+|cluster:[a-z0-9-]+|set:[a-z0-9-]+)$/, {
    error: 'a scope: national, region:<code>, cluster:<slug>, set:<id> or other',
  });

/** One number, as one claimant stated it, as one source published it. */
export const figureSchema = z
  .object({
    id: recordId,
    value: z.number({ error: 'a plain number (no quotes, no thousands separators)' }).finite(),
    qualifier: z.enum(QUALIFIERS, { error: `one of ${QUALIFIERS.join(', ')}` }).default('exact'),
    unit: z.string({ error: 'a unit id from data/units.yaml' }),
    period,
    scope,
    scope_label: localized.optional(),
    label: localized,
    definition: localized.optional(),
    claimant: localized,
    primary: z.boolean({ error: 'true or false: is the source the claimant’s own release?' }).default(false),
    stated: isoDate.optional(),
    source: recordId,
    note: localized.optional(),
    caveat: z.boolean().default(false),
    /**
     * Records of one quantity at different periods share a measure id (e.g. "ikm.units" for the
     * 2019 and 2023 counts): the newest is the one a dashboard shows, older ones say a newer exists.
     * Only records that measure the same thing, on the same definition and scope, share one.
     */
    measure: recordId.optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.scope === 'other' && !f.scope_label) ctx.addIssue({ code: 'custom', path: ['scope_label'], message: 'a scope_label in both languages when scope is "other"' });
    if (f.caveat && !f.note) ctx.addIssue({ code: 'custom', path: ['note'], message: 'a note in both languages when caveat is true' });
  });
export type Figure = z.infer<typeof figureSchema>;

export const figuresFileSchema = z
  .object({
    topic: localized,
    figures: z.array(figureSchema, { error: 'a list of figures' }).min(1, { error: 'at least one figure' }),
  })
  .strict();
