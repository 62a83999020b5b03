import { z } from 'astro/zod';
import { localized } from './common.ts';

export const UNIT_KINDS = ['count', 'number', 'percent', 'currency', 'year', 'index', 'area'] as const;

/** How a value prints: "4,4 juta unit usaha", "6,19%", "Rp144,65 miliar", "2013". */
export const unitSchema = z
  .object({
    kind: z.enum(UNIT_KINDS, { error: `one of ${UNIT_KINDS.join(', ')}` }),
    label: localized.optional(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { error: 'an ISO 4217 currency code such as "IDR"' })
      .optional(),
  })
  .strict()
  .superRefine((u, ctx) => {
    if (u.kind === 'currency' && !u.currency) ctx.addIssue({ code: 'custom', path: ['currency'], message: 'a currency code for a currency unit, e.g. "IDR"' });
    if (['count', 'number', 'index', 'area'].includes(u.kind) && !u.label) ctx.addIssue({ code: 'custom', path: ['label'], message: `a label in both languages for a ${u.kind} unit` });
  });
export type Unit = z.infer<typeof unitSchema>;

export const unitsFileSchema = z.record(z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'a unit id in kebab-case' }), unitSchema, { error: 'a map of unit ids to { kind, label }' });
