import { z } from 'zod';
import { chartItemShape, chartItemWrites, today } from './chart-items';
import { isoDate, optionalText, requiredText } from './fields';

/**
 * The medication list (issue 4). A drug is RxNorm-coded when picked from the shipped starter list
 * (resources/code-sets/rxnorm-drugs.json, ingredient level, so the strength is typed apart), or typed
 * as free text and shown as "uncoded". "Reviewed today" records a medication reconciliation.
 */
export const medicationStatuses = ['active', 'on-hold', 'stopped', 'completed'] as const;
export type MedicationStatus = (typeof medicationStatuses)[number];
export const medicationStatusLabels: Record<MedicationStatus, string> = {
  active: 'Active',
  'on-hold': 'On hold',
  stopped: 'Stopped',
  completed: 'Completed',
};

export const medicationRoutes = [
  'oral',
  'sublingual',
  'buccal',
  'topical',
  'transdermal',
  'inhaled',
  'nasal',
  'ophthalmic',
  'otic',
  'subcutaneous',
  'intramuscular',
  'intravenous',
  'rectal',
  'vaginal',
  'other',
] as const;
export type MedicationRoute = (typeof medicationRoutes)[number];
export const medicationRouteLabels: Record<MedicationRoute, string> = {
  oral: 'Oral (by mouth)',
  sublingual: 'Sublingual',
  buccal: 'Buccal',
  topical: 'Topical (skin)',
  transdermal: 'Transdermal (patch)',
  inhaled: 'Inhaled',
  nasal: 'Nasal',
  ophthalmic: 'Eye',
  otic: 'Ear',
  subcutaneous: 'Subcutaneous injection',
  intramuscular: 'Intramuscular injection',
  intravenous: 'Intravenous',
  rectal: 'Rectal',
  vaginal: 'Vaginal',
  other: 'Other',
};

/**
 * A planned start may be entered ahead (a prescription to begin after a procedure, a taper starting
 * next week), but not further than this: a medication that starts later is added when it starts.
 */
export const plannedStartDays = 30;

const addDays = (iso: string, days: number): string =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

export const doseNumberMessage = 'Enter the dose as a number, e.g. 1 or 0.5.';
const largestDose = 100_000;

/**
 * The amount per dose, a number (its unit is a separate field). Forms send what was typed, so text
 * is accepted and read as a decimal number; "one", "1/2" or "1-2" are refused, never guessed.
 */
const doseAmount = z
  .union([z.number(), z.string(), z.null()], { error: doseNumberMessage })
  .default(null)
  .transform((value, ctx): number | null => {
    const typed = typeof value === 'string' ? value.trim() : value;
    if (typed === null || typed === '') return null;
    if (typeof typed === 'string' && !/^(\d+(\.\d*)?|\.\d+)$/.test(typed)) {
      ctx.addIssue({ code: 'custom', message: doseNumberMessage });
      return z.NEVER;
    }
    const amount = Number(typed);
    if (!Number.isFinite(amount)) {
      ctx.addIssue({ code: 'custom', message: doseNumberMessage });
      return z.NEVER;
    }
    if (amount <= 0) {
      ctx.addIssue({ code: 'custom', message: 'The dose must be more than 0. Leave it blank if it is not fixed.' });
      return z.NEVER;
    }
    if (amount > largestDose) {
      ctx.addIssue({ code: 'custom', message: 'That dose is too large: check the number and its unit.' });
      return z.NEVER;
    }
    return amount;
  });

const optionalDate = (label: string) => z.union([z.literal(''), isoDate(label)]).default('');

export const medicationInputSchema = z
  .strictObject({
    /** RxNorm concept id of a drug picked from the list; empty for a drug typed as free text (uncoded). */
    rxcui: z
      .string({ error: 'Pick the drug from the list, or type its name.' })
      .trim()
      .regex(/^(\d{1,8})?$/, { error: 'That is not an RxNorm code. Pick the drug from the list, or type its name.' })
      .default(''),
    name: requiredText('Drug name', 200),
    strength: optionalText('Strength', 60),
    doseAmount,
    doseUnit: optionalText('Dose unit', 30),
    route: z.enum(['', ...medicationRoutes], { error: 'Pick the route from the list.' }).default(''),
    frequency: optionalText('Frequency', 100),
    sig: optionalText('Directions (sig)', 500),
    quantity: optionalText('Quantity', 60),
    startDate: optionalDate('Start date'),
    stopDate: optionalDate('Stop date'),
    prescriber: optionalText('Prescriber', 200),
    status: z.enum(medicationStatuses, { error: 'Pick the status: active, on hold, stopped or completed.' }),
    comment: optionalText('Comment', 1000),
  })
  .superRefine((item, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const now = today();
    if (item.doseUnit && item.doseAmount === null) issue('doseAmount', 'Enter the dose amount for the unit, e.g. 1.');
    if (item.doseAmount !== null && !item.doseUnit) issue('doseUnit', 'Enter the dose unit, e.g. tablet or mg.');
    if (item.startDate && item.startDate > addDays(now, plannedStartDays)) {
      issue(
        'startDate',
        `The start date is more than ${plannedStartDays} days away. Add the medication closer to its start, or check the date.`,
      );
    }
    if (item.startDate && item.stopDate && item.stopDate < item.startDate) {
      issue('stopDate', 'The stop date is before the start date. Check both dates.');
    }
    const ended = item.status === 'stopped' || item.status === 'completed';
    if (ended && !item.stopDate) issue('stopDate', 'Enter the date the medication was stopped.');
    if (ended && item.stopDate > now) {
      issue(
        'stopDate',
        'The stop date is in the future. Keep the medication active with a planned stop date, or enter the date it stopped.',
      );
    }
    if (!ended && item.stopDate && item.stopDate < now) {
      issue(
        'stopDate',
        'The stop date has passed: mark the medication stopped or completed, or clear the stop date if it continues.',
      );
    }
  });
export type MedicationInput = z.input<typeof medicationInputSchema>;
export type MedicationFields = z.output<typeof medicationInputSchema>;

export const medicationSchema = z.object({
  ...chartItemShape,
  rxcui: z.string(),
  name: z.string(),
  strength: z.string(),
  doseAmount: z.number().nullable(),
  doseUnit: z.string(),
  route: z.enum(['', ...medicationRoutes]),
  frequency: z.string(),
  sig: z.string(),
  quantity: z.string(),
  startDate: z.string(),
  stopDate: z.string(),
  prescriber: z.string(),
  status: z.enum(medicationStatuses),
  comment: z.string(),
});
export type MedicationDto = z.output<typeof medicationSchema>;

/** The last "Reviewed today": who reconciled the list, and when; null when nobody has yet. */
export const medicationReviewSchema = z.object({ at: z.string(), by: z.string() });
export type MedicationReviewDto = z.output<typeof medicationReviewSchema>;

export const medicationListSchema = z.object({
  /** Active and on hold: what the patient takes, or will again. */
  active: z.array(medicationSchema),
  /** Stopped and completed: stays on the chart. */
  inactive: z.array(medicationSchema),
  retired: z.array(medicationSchema),
  lastReview: medicationReviewSchema.nullable(),
});
export type MedicationListDto = z.output<typeof medicationListSchema>;

export const medicationWrites = chartItemWrites('Medication', medicationInputSchema);

export const rxNormSearchOutputSchema = z.array(
  z.object({ code: z.string(), name: z.string(), combination: z.boolean() }),
);
