import { z } from 'astro/zod';
import { isoDate, isoDay, localized, period, recordId } from './common.ts';

export const QUALIFIERS = ['exact', 'about', 'more_than', 'at_least', 'at_most'] as const;

/** national | region:<code> | cluster:<slug> | set:<id> | other */
export const scope = z.string({ error: 'a scope: national, region:<code>, cluster:<slug>, set:<id> or other' }).regex(/^(national|other|region:[0-9A-Za-z.]+|cluster:[a-z0-9-]+|set:[a-z0-9-]+)$/, {
  error: 'a scope: national, region:<code>, cluster:<slug>, set:<id> or other',
});

/**
 * A value the figure had before a change: until `date` the atlas showed `value` (a correction, a
 * restated number). Kept so whoever cited the old value can see what they cited.
 */
export const revisionSchema = z
  .object({
    date: isoDay,
    value: z.number({ error: 'the value before this change (a plain number)' }),
    note: localized.optional(),
  })
  .strict();
export type Revision = z.infer<typeof revisionSchema>;

/** One number, as one claimant stated it, as one source published it. */
export const figureSchema = z
  .object({
    id: recordId,
    value: z.number({ error: 'a plain number (no quotes, no thousands separators)' }),
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
    /**
     * When the atlas added this record and when its value or meaning last changed (the atlas's own
     * dates, not the source's). Without them: added in the atlas's first edition (site.yaml
     * `first_edition`), changed when added or at its latest revision (see src/lib/changes.ts).
     */
    added: isoDay.optional(),
    changed: isoDay.optional(),
    revisions: z.array(revisionSchema, { error: 'a list of { date, value, note } records' }).optional(),
  })
  .strict()
  .superRefine((f, ctx) => {
    if (f.added && f.changed && f.changed < f.added) ctx.addIssue({ code: 'custom', path: ['changed'], message: `a date on or after added (${f.added})` });
    for (const [i, r] of (f.revisions ?? []).entries()) {
      if (f.added && r.date < f.added) ctx.addIssue({ code: 'custom', path: ['revisions', i, 'date'], message: `a date on or after added (${f.added})` });
      if (f.changed && r.date > f.changed) ctx.addIssue({ code: 'custom', path: ['revisions', i, 'date'], message: `a date on or before changed (${f.changed}), the figure's last change` });
    }
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
