import { z } from 'zod';
import { id, optionalText, requiredText } from './fields';

/** Allergies and intolerances (issue 4). Nurses and physicians record them; the banner shows them to everyone. */
export const allergyCategories = ['drug', 'drug-class', 'food', 'environmental', 'other'] as const;
export const allergyCategoryLabels: Record<(typeof allergyCategories)[number], string> = {
  drug: 'Drug',
  'drug-class': 'Drug class',
  food: 'Food',
  environmental: 'Environmental',
  other: 'Other',
};
export const allergySeverities = ['mild', 'moderate', 'severe', 'unknown'] as const;

export const allergyInputSchema = z.strictObject({
  substance: requiredText('Substance', 200),
  category: z.enum(allergyCategories, { error: 'Pick what kind of substance this is.' }),
  reaction: optionalText('Reaction', 300),
  severity: z.enum(allergySeverities, { error: 'Pick the severity, or "unknown".' }),
  /** When it started, as the patient says it: a date, a year, or words ("childhood"). */
  onset: optionalText('Onset', 100),
  comment: optionalText('Comment', 1000),
});
export type AllergyInput = z.input<typeof allergyInputSchema>;
export type AllergyFields = z.output<typeof allergyInputSchema>;

export const allergySchema = z.object({
  ...allergyInputSchema.shape,
  id: z.number(),
  patientId: z.number(),
  version: z.number(),
  status: z.enum(['active', 'retired']),
  retiredReason: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type AllergyDto = z.output<typeof allergySchema>;

export const allergyListSchema = z.object({
  state: z.enum(['not-recorded', 'no-known-allergies', 'recorded']),
  /** Who said "no known allergies", and when; present only in that state. */
  reviewedBy: z.string(),
  reviewedAt: z.string(),
  active: z.array(allergySchema),
  retired: z.array(allergySchema),
  /** The banner's allergy line for this list, so a chart updates its banner without reading the patient again. */
  banner: z.object({ state: z.enum(['not-recorded', 'no-known-allergies', 'recorded']), summary: z.array(z.string()) }),
});

export const retireReasons = [
  'entered in error',
  'resolved',
  'not an allergy (intolerance or side effect)',
  'other',
] as const;

const patientId = id('Patient');
export const addAllergyInputSchema = z.strictObject({ patientId, allergy: allergyInputSchema });
export const updateAllergyInputSchema = z.strictObject({
  patientId,
  allergyId: id('Allergy'),
  expectedVersion: z.number().int().positive(),
  allergy: allergyInputSchema,
});
export const retireAllergyInputSchema = z.strictObject({
  patientId,
  allergyId: id('Allergy'),
  reason: requiredText('Reason', 300, { multiline: true }),
});
export const allergyRefSchema = z.strictObject({ patientId, allergyId: id('Allergy') });

export const chartItemVersionSchema = z.object({
  version: z.number(),
  action: z.enum(['created', 'edited', 'retired']),
  at: z.string(),
  by: z.string(),
  reason: z.string(),
  changes: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
});
