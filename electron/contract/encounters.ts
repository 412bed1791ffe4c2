import { z } from 'zod';
import { chartItemShape, chartItemWrites, pastDate } from './chart-items';
import { id, optionalText } from './fields';

/** Encounters (issue 4): a date of service, a provider, a type and a reason; notes hang off them. */
export const encounterTypes = [
  'office-visit',
  'follow-up',
  'annual-physical',
  'acute',
  'telephone',
  'procedure',
  'other',
] as const;
export type EncounterType = (typeof encounterTypes)[number];

export const encounterTypeLabels: Record<EncounterType, string> = {
  'office-visit': 'Office visit',
  'follow-up': 'Follow-up',
  'annual-physical': 'Annual physical',
  acute: 'Acute visit',
  telephone: 'Telephone',
  procedure: 'Procedure',
  other: 'Other',
};

/** "Office visit" for a stored type; a type this version does not know prints as stored. */
export const encounterTypeWords = (type: string): string =>
  Object.hasOwn(encounterTypeLabels, type) ? encounterTypeLabels[type as EncounterType] : type;

export const encounterInputSchema = z.strictObject({
  date: pastDate('Encounter date'),
  providerId: z.number({ error: 'Pick the provider.' }).int().positive({ error: 'Pick the provider.' }),
  type: z.enum(encounterTypes, { error: 'Pick the type of encounter.' }),
  reason: optionalText('Reason for the visit', 300),
});
export type EncounterInput = z.input<typeof encounterInputSchema>;
export type EncounterFields = z.output<typeof encounterInputSchema>;

/** A note as the timeline lists it: no section text, so listing a chart reads no note content. */
export const noteSummarySchema = z.object({
  id: z.number(),
  encounterId: z.number(),
  templateName: z.string(),
  status: z.enum(['draft', 'awaiting-cosign', 'signed']),
  authorName: z.string(),
  cosignerName: z.string(),
  signerName: z.string(),
  signedAt: z.string(),
  addendumCount: z.number(),
  retired: z.boolean(),
  updatedAt: z.string(),
});
export type NoteSummaryDto = z.output<typeof noteSummarySchema>;

export const encounterSchema = z.object({
  ...chartItemShape,
  date: z.string(),
  providerId: z.number(),
  providerName: z.string(),
  type: z.enum(encounterTypes),
  reason: z.string(),
  notes: z.array(noteSummarySchema),
});
export type EncounterDto = z.output<typeof encounterSchema>;

export const encounterListInputSchema = z.strictObject({
  patientId: id('Patient'),
  type: z.enum(encounterTypes, { error: 'Pick an encounter type to filter by.' }).optional(),
  providerId: id('Provider').optional(),
});

/** Newest first; retired encounters apart, as the timeline shows them. */
export const encounterListSchema = z.object({ active: z.array(encounterSchema), retired: z.array(encounterSchema) });

export const encounterWrites = chartItemWrites('Encounter', encounterInputSchema);

/** Physicians who can be an encounter's provider or a note's co-signer. */
export const providerSchema = z.object({ id: z.number(), fullName: z.string() });
export const providerListSchema = z.array(providerSchema);
