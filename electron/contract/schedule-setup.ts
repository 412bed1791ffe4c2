import { z } from 'zod';
import { id } from './fields';

/**
 * Schedule setup (issue 5), kept by the office manager: who can be booked and when, the rooms, and
 * the appointment types. Times of day are "HH:MM" wall-clock in the practice's time zone; weekdays
 * are ISO (1 = Monday … 7 = Sunday).
 */
export const calendarColours = [
  'blue',
  'teal',
  'green',
  'lime',
  'yellow',
  'orange',
  'red',
  'pink',
  'grape',
  'violet',
  'indigo',
  'cyan',
  'gray',
] as const;
export type CalendarColour = (typeof calendarColours)[number];

export const timeOfDay = (label: string) =>
  z
    .string({ error: `${label} must be a time.` })
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: `${label} must be a time written as HH:MM (24-hour), e.g. 08:30.` });

export const weekdaySchema = z.number().int().min(1, { error: 'Pick a weekday.' }).max(7, { error: 'Pick a weekday.' });

export const hoursBlockSchema = z
  .strictObject({
    weekday: weekdaySchema,
    kind: z.enum(['work', 'break'], { error: 'Pick working hours or a break.' }),
    start: timeOfDay('Start'),
    end: timeOfDay('End'),
    label: z.string().trim().max(60, { error: 'Keep the label under 60 characters.' }).default(''),
  })
  .refine((block) => block.end > block.start, {
    error: 'The end is before the start. Check both times.',
    path: ['end'],
  });
export type HoursBlock = z.output<typeof hoursBlockSchema>;

export const providerScheduleSchema = z.object({
  providerId: z.number(),
  name: z.string(),
  role: z.string(),
  active: z.boolean(),
  colour: z.enum(calendarColours),
  version: z.number(),
  hours: z.array(
    z.object({
      weekday: z.number(),
      kind: z.enum(['work', 'break']),
      start: z.string(),
      end: z.string(),
      label: z.string(),
    }),
  ),
  daysOff: z.array(z.object({ id: z.number(), firstDay: z.string(), lastDay: z.string(), reason: z.string() })),
});
export type ProviderScheduleDto = z.output<typeof providerScheduleSchema>;

export const roomSchema = z.object({ id: z.number(), name: z.string(), active: z.boolean(), version: z.number() });
export type RoomDto = z.output<typeof roomSchema>;

export const appointmentTypeSchema = z.object({
  id: z.number(),
  name: z.string(),
  durationMinutes: z.number(),
  colour: z.enum(calendarColours),
  active: z.boolean(),
  version: z.number(),
  providerIds: z.array(z.number()),
});
export type AppointmentTypeDto = z.output<typeof appointmentTypeSchema>;

/** Everything the calendar needs to draw and to book, in one read. */
export const scheduleSetupSchema = z.object({
  timeZone: z.string(),
  providers: z.array(providerScheduleSchema),
  rooms: z.array(roomSchema),
  types: z.array(appointmentTypeSchema),
});
export type ScheduleSetupDto = z.output<typeof scheduleSetupSchema>;

export const providerRefSchema = z.strictObject({ providerId: id('Provider') });
