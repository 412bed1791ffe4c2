import { z } from 'zod';
import { bookingDate } from './appointments';
import { id, isoDate, requiredText } from './fields';

/**
 * Recalls (issue 5): "see this patient again in N weeks or months for <reason>", set at checkout or
 * from the recall list, and listed when due so the front desk can call the patient to book. Due
 * dates are calendar days in the practice's time zone.
 */
export const recallStatuses = ['open', 'booked', 'done', 'cancelled'] as const;
export type RecallStatus = (typeof recallStatuses)[number];

/** The longest intervals offered: two years in weeks, ten years in months (e.g. a colonoscopy recall). */
export const recallIntervalBounds = { weeks: 104, months: 120 } as const;

export const recallDueSchema = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({
      kind: z.literal('in'),
      count: z
        .number({ error: 'Enter how many weeks or months from today, as a number.' })
        .int({ error: 'Use a whole number of weeks or months.' })
        .min(1, { error: 'A recall is at least 1 week or month away.' }),
      unit: z.enum(['weeks', 'months'], { error: 'Pick weeks or months.' }),
    }),
    z.strictObject({ kind: z.literal('on'), date: bookingDate('Due date') }),
  ],
  { error: 'Say when the recall is due: in a number of weeks or months, or on a date.' },
);
export type RecallDue = z.output<typeof recallDueSchema>;

export const setRecallInputSchema = z
  .strictObject({
    patientId: id('Patient'),
    due: recallDueSchema,
    reason: requiredText('Reason for the recall', 200),
    /** Who the patient should see; absent means any provider. */
    providerId: id('Provider').optional(),
    /** The visit the recall was set at (checkout). */
    sourceAppointmentId: id('Appointment').optional(),
  })
  .refine((input) => input.due.kind !== 'in' || input.due.count <= recallIntervalBounds[input.due.unit], {
    error: `A recall is at most ${recallIntervalBounds.weeks} weeks or ${recallIntervalBounds.months} months away. For longer, pick a due date.`,
    path: ['due', 'count'],
  });
export type SetRecallInput = z.output<typeof setRecallInputSchema>;

/** Booked (an appointment was made), done (seen), cancelled (no longer needed), or open again. */
export const updateRecallInputSchema = z.strictObject({
  recallId: id('Recall'),
  expectedVersion: z.number().int().positive(),
  status: z.enum(recallStatuses, { error: 'Pick open, booked, done or cancelled.' }),
});

/**
 * Which open recalls to list, as of a day (today in the practice's zone when absent): 'overdue' (due
 * before that day), 'due' (due on or before it), or 'upcoming' (due on or before it plus
 * `upcomingDays`, overdue ones included).
 */
export const recallListInputSchema = z.strictObject({
  asOf: isoDate('As-of date').optional(),
  show: z.enum(['due', 'overdue', 'upcoming']).default('due'),
  upcomingDays: z
    .number({ error: 'Enter the number of days ahead.' })
    .int({ error: 'Use a whole number of days.' })
    .min(1, { error: 'Look at least 1 day ahead.' })
    .max(365, { error: 'Look at most 365 days ahead.' })
    .default(30),
  providerId: id('Provider').optional(),
});

export const recallSchema = z.object({
  id: z.number(),
  version: z.number(),
  patientId: z.number(),
  patientName: z.string(),
  patientMrn: z.string(),
  patientBirthDate: z.string(),
  phones: z.object({ mobile: z.string(), home: z.string(), work: z.string() }),
  dueDate: z.string(),
  /** Days past the due date as of the list's day; negative when the recall is still ahead. */
  daysOverdue: z.number(),
  reason: z.string(),
  providerId: z.number().nullable(),
  providerName: z.string(),
  status: z.enum(recallStatuses),
  sourceAppointmentId: z.number().nullable(),
  createdBy: z.string(),
  createdAt: z.string(),
});
export type RecallDto = z.output<typeof recallSchema>;

export const recallListSchema = z.object({
  /** The day the list was computed for, and the practice's zone it was computed in. */
  asOf: z.string(),
  timeZone: z.string(),
  recalls: z.array(recallSchema),
  /** True when more recalls matched than the list returns; narrow the filter. */
  truncated: z.boolean(),
});
export type RecallListDto = z.output<typeof recallListSchema>;
