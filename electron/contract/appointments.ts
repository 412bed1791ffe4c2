import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './fields';
import { timeOfDay, weekdaySchema } from './schedule-setup';

/**
 * Appointments (issue 5). The renderer sends and receives wall-clock times in the practice's time
 * zone (a date and "HH:MM"); the main process converts them to UTC instants with the zone's rules
 * (temporal-polyfill), so a booking means the same moment on every workstation and a weekly series
 * keeps 09:00 across a daylight-saving change.
 */
export const appointmentStatuses = [
  'scheduled',
  'arrived',
  'roomed',
  'with-provider',
  'checked-out',
  'cancelled',
  'no-show',
] as const;
export type AppointmentStatus = (typeof appointmentStatuses)[number];

/** The earliest and latest dates anything can be booked for; 1900 is a typo, not a booking. */
export const bookableYears = { first: 2000, last: 2100 } as const;

export const bookingDate = (label: string) =>
  isoDate(label).refine(
    (value) => Number(value.slice(0, 4)) >= bookableYears.first && Number(value.slice(0, 4)) <= bookableYears.last,
    { error: `${label} must be between ${bookableYears.first} and ${bookableYears.last}. Check the year.` },
  );

/** Shortest and longest appointment: a 0-minute or 24-hour booking is a mistake. */
export const durationBounds = { min: 5, max: 12 * 60 } as const;
export const durationMinutes = z
  .number({ error: 'The length must be a number of minutes.' })
  .int({ error: 'Use whole minutes for the length.' })
  .min(durationBounds.min, { error: `An appointment is at least ${durationBounds.min} minutes.` })
  .max(durationBounds.max, {
    error: `An appointment is at most ${durationBounds.max / 60} hours. Check the end time.`,
  });

/** Where and when: a wall-clock slot on one provider's calendar. */
export const slotSchema = z.strictObject({
  providerId: id('Provider'),
  date: bookingDate('Date'),
  start: timeOfDay('Start'),
  durationMinutes,
});
export type SlotInput = z.output<typeof slotSchema>;

/**
 * The warnings a booking or a move can raise. The first attempt is refused with them (error code
 * SCHEDULE_CONFLICT, the list in the message); the user may repeat it with `override.reason`, and the
 * appointment keeps that reason and is marked when it overlaps another (double-booked).
 */
export const conflictKinds = ['overlap', 'outside-hours', 'during-break', 'day-off'] as const;
export type ConflictKind = (typeof conflictKinds)[number];
export const overrideSchema = z.strictObject({
  reason: requiredText('Reason for overriding', 300, { multiline: true }),
});

export const recurrenceSchema = z
  .strictObject({
    intervalWeeks: z
      .number()
      .int()
      .min(1, { error: 'Repeat at least every week.' })
      .max(52, { error: 'Repeat at most every 52 weeks.' }),
    weekdays: z.array(weekdaySchema).min(1, { error: 'Pick at least one weekday.' }).max(7),
    /** A series always ends: on a date, or after a number of occurrences. */
    until: bookingDate('Last date').optional(),
    count: z
      .number()
      .int()
      .min(2, { error: 'A series has at least 2 occurrences.' })
      .max(200, { error: 'A series has at most 200 occurrences; book a new one after.' })
      .optional(),
  })
  .refine((r) => (r.until === undefined) !== (r.count === undefined), {
    error:
      'Say when the series ends: a last date, or a number of occurrences. A series that never ends cannot be booked.',
    path: ['until'],
  });
export type RecurrenceInput = z.output<typeof recurrenceSchema>;

export const bookInputSchema = z.strictObject({
  patientId: id('Patient'),
  typeId: id('Appointment type'),
  slot: slotSchema,
  roomId: id('Room').optional(),
  reason: optionalText('Reason for the visit', 300),
  recurrence: recurrenceSchema.optional(),
  override: overrideSchema.optional(),
});

/** Move or resize (drag): a new slot for one appointment, or for it and the rest of its series. */
export const moveInputSchema = z.strictObject({
  appointmentId: id('Appointment'),
  expectedVersion: z.number().int().positive(),
  slot: slotSchema,
  /** For an appointment in a series: this one only, or this and the following ones. */
  scope: z.enum(['this', 'following']).default('this'),
  override: overrideSchema.optional(),
});

export const cancelInputSchema = z.strictObject({
  appointmentId: id('Appointment'),
  expectedVersion: z.number().int().positive(),
  reason: requiredText('Reason for cancelling', 300, { multiline: true }),
  scope: z.enum(['this', 'following']).default('this'),
});

/** Patient flow (the board) and no-shows: one step at a time, in order. */
export const statusInputSchema = z.strictObject({
  appointmentId: id('Appointment'),
  expectedVersion: z.number().int().positive(),
  status: z.enum(['arrived', 'roomed', 'with-provider', 'checked-out', 'no-show', 'scheduled']),
  /** Check-in: the front desk confirmed the insurance on file. */
  insuranceConfirmed: z.boolean().optional(),
  /** Rooming: the room the patient was taken to. */
  roomId: id('Room').optional(),
});

export const dayInputSchema = z.strictObject({
  date: bookingDate('Date'),
  /** Absent: every active provider (the all-provider day view). */
  providerIds: z.array(id('Provider')).max(20).optional(),
  /** Number of days from `date` (1 for a day view, 7 for a week view). */
  days: z.number().int().min(1).max(7).default(1),
});

export const monthInputSchema = z.strictObject({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: 'Write the month as YYYY-MM.' }),
  providerIds: z.array(id('Provider')).max(20).optional(),
});
export const monthOutputSchema = z.array(z.object({ date: z.string(), providerId: z.number(), count: z.number() }));

export const findNextInputSchema = z.strictObject({
  typeId: id('Appointment type'),
  providerId: id('Provider').optional(),
  /** Search from this date (today when absent), up to 90 days ahead. */
  from: bookingDate('From').optional(),
});
export const freeSlotSchema = z.object({
  providerId: z.number(),
  date: z.string(),
  start: z.string(),
  durationMinutes: z.number(),
});

export const appointmentSchema = z.object({
  id: z.number(),
  version: z.number(),
  patientId: z.number(),
  patientName: z.string(),
  patientMrn: z.string(),
  patientBirthDate: z.string(),
  providerId: z.number(),
  typeId: z.number(),
  typeName: z.string(),
  colour: z.string(),
  roomId: z.number().nullable(),
  roomName: z.string(),
  /** UTC instants, and the same as wall-clock in the practice's zone. */
  startsAt: z.string(),
  endsAt: z.string(),
  date: z.string(),
  start: z.string(),
  end: z.string(),
  durationMinutes: z.number(),
  seriesId: z.number().nullable(),
  seriesIndex: z.number().nullable(),
  status: z.enum(appointmentStatuses),
  reason: z.string(),
  overrideReason: z.string(),
  doubleBooked: z.boolean(),
  cancelReason: z.string(),
  insuranceConfirmed: z.boolean(),
  arrivedAt: z.string().nullable(),
  roomedAt: z.string().nullable(),
  withProviderAt: z.string().nullable(),
  checkedOutAt: z.string().nullable(),
});
export type AppointmentDto = z.output<typeof appointmentSchema>;

export const dayOutputSchema = z.object({
  timeZone: z.string(),
  appointments: z.array(appointmentSchema),
});
/**
 * What a booking, move or cancellation changed (every occurrence it touched), and anything the user
 * must be told, e.g. a time the clocks skipped that was booked at the next valid time.
 */
export const bookOutputSchema = z.object({ appointments: z.array(appointmentSchema), notices: z.array(z.string()) });
/** The earliest free slot, or null when there is none within 90 days. */
export const findNextOutputSchema = freeSlotSchema.nullable();

export const patientAppointmentsSchema = z.object({
  next: appointmentSchema.nullable(),
  /** Past and future, newest first, cancelled and no-shows included. */
  history: z.array(appointmentSchema),
});
export const appointmentRefSchema = z.strictObject({ appointmentId: id('Appointment') });
export const patientAppointmentsInputSchema = z.strictObject({ patientId: id('Patient') });
