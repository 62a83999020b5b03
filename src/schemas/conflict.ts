import { z } from 'astro/zod';
import { localized, recordId, slug } from './common.ts';

/** Figures that disagree about one measure, or look alike but measure different things. */
export const conflictSchema = z
  .object({
    id: slug,
    kind: z.enum(['disagreement', 'different-measures'], { error: 'disagreement or different-measures' }),
    title: localized,
    figures: z.array(recordId).min(2, { error: 'at least two figure ids' }),
    explanation: localized,
    assessment: localized.optional(),
  })
  .strict();
export type Conflict = z.infer<typeof conflictSchema>;
export const conflictsFileSchema = z.array(conflictSchema, { error: 'a list of conflicts' });
