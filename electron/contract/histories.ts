import { z } from 'zod';
import { chartItemShape, chartItemWrites } from './chart-items';
import { id, optionalText, text } from './fields';
import { icd10Code } from './problems';

/** Family and social history (issue 4). */

// ---- Family history ------------------------------------------------------------------------------

export const relatives = [
  'mother',
  'father',
  'sister',
  'brother',
  'daughter',
  'son',
  'maternal-grandmother',
  'maternal-grandfather',
  'paternal-grandmother',
  'paternal-grandfather',
  'aunt',
  'uncle',
  'other',
] as const;
export type Relative = (typeof relatives)[number];

export const relativeLabels: Record<Relative, string> = {
  mother: 'Mother',
  father: 'Father',
  sister: 'Sister',
  brother: 'Brother',
  daughter: 'Daughter',
  son: 'Son',
  'maternal-grandmother': 'Maternal grandmother',
  'maternal-grandfather': 'Maternal grandfather',
  'paternal-grandmother': 'Paternal grandmother',
  'paternal-grandfather': 'Paternal grandfather',
  aunt: 'Aunt',
  uncle: 'Uncle',
  other: 'Other relative',
};

export const familyHistoryInputSchema = z
  .strictObject({
    relative: z.enum(relatives, { error: 'Pick the relative from the list.' }),
    /** In words; filled from the ICD-10-CM description when a code is picked. */
    condition: text('Condition', 300)
      .transform((value) => value.trim())
      .refine((value) => value.length > 0, { error: 'Enter the condition, or pick it from the ICD-10-CM list.' }),
    /** Empty when the condition was typed rather than picked. */
    code: z.union([z.literal(''), icd10Code]).default(''),
    ageAtOnset: z
      .number({ error: 'Enter the age at onset as a number of years, e.g. 55.' })
      .int({ error: 'Enter the age at onset in whole years, e.g. 55.' })
      .min(0, { error: 'The age at onset cannot be below 0. Leave it blank if not known.' })
      .max(120, { error: 'The age at onset must be 120 or less. Leave it blank if not known.' })
      .nullable()
      .default(null),
    deceased: z.boolean({ error: 'Say whether the relative has died.' }).default(false),
    comment: text('Comment', 1000, { multiline: true })
      .transform((value) => value.trim())
      .default(''),
  })
  .superRefine((input, ctx) => {
    if (input.relative === 'other' && input.comment === '') {
      ctx.addIssue({
        code: 'custom',
        path: ['comment'],
        message: 'Say who the relative is in the comment, e.g. "half-brother" or "cousin".',
      });
    }
  });
export type FamilyHistoryInput = z.input<typeof familyHistoryInputSchema>;
export type FamilyHistoryFields = z.output<typeof familyHistoryInputSchema>;

export const familyHistorySchema = z.object({
  ...chartItemShape,
  relative: z.enum(relatives),
  condition: z.string(),
  code: z.string(),
  ageAtOnset: z.number().nullable(),
  deceased: z.boolean(),
  comment: z.string(),
});
export type FamilyHistoryDto = z.output<typeof familyHistorySchema>;

export const familyHistoryListSchema = z.object({
  active: z.array(familyHistorySchema),
  retired: z.array(familyHistorySchema),
});

export const familyHistoryWrites = chartItemWrites('Family history entry', familyHistoryInputSchema);

export const familyHistoryRetireReasons = ['entered in error', 'duplicate entry', 'other'] as const;

// ---- Social history ------------------------------------------------------------------------------

/**
 * Smoking status: SNOMED CT, the US Core / ONC value set shipped in
 * resources/code-sets/smoking-status.json (a test keeps the two the same). In the order a clinician
 * asks: never, former, current.
 */
export const smokingStatuses = [
  { code: '266919005', name: 'Never smoker' },
  { code: '8517006', name: 'Former smoker' },
  { code: '449868002', name: 'Current every day smoker' },
  { code: '428041000124106', name: 'Current some day smoker' },
  { code: '428071000124103', name: 'Current Heavy tobacco smoker' },
  { code: '428061000124105', name: 'Current Light tobacco smoker' },
  { code: '77176002', name: 'Smoker, current status unknown' },
  { code: '266927001', name: 'Unknown if ever smoked' },
] as const;
export type SmokingStatusCode = (typeof smokingStatuses)[number]['code'];

export const smokingStatusName = (code: string): string =>
  smokingStatuses.find((status) => status.code === code)?.name ?? code;

const smokingCodes = smokingStatuses.map((status) => status.code) as [SmokingStatusCode, ...SmokingStatusCode[]];

const line = (label: string) => optionalText(label, 300);

export const socialHistoryInputSchema = z
  .strictObject({
    /** A SNOMED CT code from `smokingStatuses`, or empty when not asked yet. */
    smokingStatus: z
      .union([z.literal(''), z.enum(smokingCodes)], { error: 'Pick the smoking status from the list.' })
      .default(''),
    tobaccoComment: line('Tobacco comment'),
    alcohol: line('Alcohol'),
    substanceUse: line('Substance use'),
    occupation: line('Occupation'),
    livingSituation: line('Living situation'),
    comment: text('Comment', 1000, { multiline: true })
      .transform((value) => value.trim())
      .default(''),
  })
  .refine((input) => Object.values(input).some((value) => value !== ''), {
    error: 'Fill in at least one part of the social history before saving.',
  });
export type SocialHistoryInput = z.input<typeof socialHistoryInputSchema>;
export type SocialHistoryFields = z.output<typeof socialHistoryInputSchema>;

export const socialHistorySchema = z.object({
  ...chartItemShape,
  smokingStatus: z.string(),
  tobaccoComment: z.string(),
  alcohol: z.string(),
  substanceUse: z.string(),
  occupation: z.string(),
  livingSituation: z.string(),
  comment: z.string(),
});
export type SocialHistoryDto = z.output<typeof socialHistorySchema>;

/** The patient's social history, or null before anyone recorded it. */
export const socialHistoryOrNullSchema = socialHistorySchema.nullable();

export const saveSocialHistoryInputSchema = z.strictObject({
  patientId: id('Patient'),
  /** The version the user edited; null when there was none yet (the first save creates the record). */
  expectedVersion: z.number().int().positive().nullable(),
  item: socialHistoryInputSchema,
});
