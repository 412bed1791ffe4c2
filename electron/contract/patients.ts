import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './fields';

export const sexes = ['female', 'male', 'intersex', 'unknown'] as const;
export const sexLabels: Record<(typeof sexes)[number], string> = {
  female: 'Female',
  male: 'Male',
  intersex: 'Intersex',
  unknown: 'Unknown',
};
export const subscriberRelationships = ['self', 'spouse', 'child', 'other'] as const;

/** A date of birth: a real date, not in the future, not before 1900. */
export const birthDate = isoDate('Date of birth').refine(
  (value) => value >= '1900-01-01' && value <= new Date().toISOString().slice(0, 10),
  { error: 'Date of birth must be between 1900 and today.' },
);

/** A phone number as people give it: any separators, at least 7 digits (a local number will do). */
export const phoneNumber = (label: string) =>
  optionalText(label, 40).refine((value) => value === '' || value.replace(/\D/g, '').length >= 7, {
    error: `${label} needs at least 7 digits.`,
  });

const email = optionalText('Email', 254).refine((value) => value === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value), {
  error: 'Email should look like name@example.com.',
});

export const addressSchema = z.strictObject({
  line1: optionalText('Address line 1', 200),
  line2: optionalText('Address line 2', 200),
  city: optionalText('City', 100),
  state: optionalText('State', 50),
  postalCode: optionalText('ZIP code', 20),
  country: optionalText('Country', 60),
});

export const insuranceSchema = z.strictObject({
  payerName: requiredText('Insurance company', 200),
  planName: optionalText('Plan', 200),
  memberId: requiredText('Member ID', 60),
  groupNumber: optionalText('Group number', 60),
  subscriberName: optionalText('Subscriber name', 200),
  subscriberRelationship: z.enum(subscriberRelationships, { error: 'Pick the subscriber relationship.' }),
  subscriberBirthDate: z.union([z.literal(''), birthDate]).default(''),
});

export const emergencyContactSchema = z.strictObject({
  name: optionalText('Emergency contact name', 200),
  relationship: optionalText('Emergency contact relationship', 60),
  phone: phoneNumber('Emergency contact phone'),
});

/** Everything the front desk can register or edit about a patient (PRODUCT.md capability 2). */
export const patientInputSchema = z.strictObject({
  legalGivenName: requiredText('Given name', 100),
  legalMiddleName: optionalText('Middle name', 100),
  legalFamilyName: requiredText('Family name', 100),
  suffix: optionalText('Suffix', 20),
  preferredName: optionalText('Preferred name', 100),
  birthDate,
  sex: z.enum(sexes, { error: 'Pick the sex recorded for the patient.' }),
  genderIdentity: optionalText('Gender identity', 60),
  pronouns: optionalText('Pronouns', 40),
  address: addressSchema,
  mobilePhone: phoneNumber('Mobile phone'),
  homePhone: phoneNumber('Home phone'),
  workPhone: phoneNumber('Work phone'),
  email,
  preferredLanguage: optionalText('Preferred language', 60),
  emergencyContact: emergencyContactSchema,
  insurance: insuranceSchema.nullable(),
});
export type PatientInput = z.input<typeof patientInputSchema>;
export type PatientFields = z.output<typeof patientInputSchema>;

const nonBlank = (parts: string[]): string[] => parts.map((part) => part.trim()).filter(Boolean);

/** "Maria J. Lopez Jr.": the legal name in full, as a letter, a heading or an envelope writes it. */
export const legalFullName = (
  patient: Pick<PatientFields, 'legalGivenName' | 'legalMiddleName' | 'legalFamilyName' | 'suffix'>,
): string =>
  nonBlank([patient.legalGivenName, patient.legalMiddleName, patient.legalFamilyName, patient.suffix]).join(' ');

/** The postal address one line each, as an envelope has it: "12 Elm St", "Springfield, IL 62704", "USA". */
export const addressLines = ({ line1, line2, city, state, postalCode, country }: PatientFields['address']): string[] =>
  nonBlank([line1, line2, nonBlank([city, nonBlank([state, postalCode]).join(' ')]).join(', '), country]);

export const allergyStates = ['not-recorded', 'no-known-allergies', 'recorded'] as const;

export const patientSchema = z.object({
  ...patientInputSchema.shape,
  id: z.number(),
  mrn: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  allergies: z.object({ state: z.enum(allergyStates), summary: z.array(z.string()) }),
});
export type PatientDto = z.output<typeof patientSchema>;

export const patientSummarySchema = z.object({
  id: z.number(),
  mrn: z.string(),
  legalGivenName: z.string(),
  legalFamilyName: z.string(),
  preferredName: z.string(),
  birthDate: z.string(),
  sex: z.enum(sexes),
  phone: z.string(),
});
export type PatientSummary = z.output<typeof patientSummarySchema>;

export const searchInputSchema = z.strictObject({
  query: z.string().max(200, { error: 'Shorten the search to under 200 characters.' }),
  limit: z.number().int().min(1).max(100).default(20),
});

export const searchKinds = ['empty', 'name', 'birth-date', 'mrn-or-phone', 'combined'] as const;
export const searchOutputSchema = z.object({
  kind: z.enum(searchKinds),
  /** How the query was read, in words, e.g. "born 4 March 1980", so the user sees a date was understood. */
  interpretation: z.string(),
  results: z.array(patientSummarySchema),
});

export const duplicateCheckInputSchema = z.strictObject({
  legalGivenName: requiredText('Given name', 100),
  legalFamilyName: requiredText('Family name', 100),
  birthDate,
});
export const duplicateCandidatesSchema = z.object({ candidates: z.array(patientSummarySchema) });

export const registerInputSchema = z.strictObject({
  patient: patientInputSchema,
  /** Present only after the user saw the duplicate warning and chose "register anyway". */
  duplicateOverride: z.strictObject({ reason: requiredText('Reason', 500, { multiline: true }) }).optional(),
});
export const registerOutputSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('registered'), patient: patientSchema }),
  z.object({ status: z.literal('possible-duplicates'), candidates: z.array(patientSummarySchema) }),
]);

export const patientRefSchema = z.strictObject({ patientId: id('Patient') });

export const updateInputSchema = z.strictObject({
  patientId: id('Patient'),
  /** The version the user was editing; a newer one on disk means someone else saved first. */
  expectedVersion: z.number().int().positive(),
  patient: patientInputSchema,
});

export const historyEntrySchema = z.object({
  version: z.number(),
  at: z.string(),
  by: z.string(),
  kind: z.enum(['registered', 'edited']),
  changes: z.array(z.object({ field: z.string(), label: z.string(), before: z.string(), after: z.string() })),
  note: z.string(),
});
export type HistoryEntry = z.output<typeof historyEntrySchema>;
