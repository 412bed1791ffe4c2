import { z } from 'zod';
import { id, isoDate, optionalText, requiredText } from './fields';

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

/** The end of a block may be midnight at the end of the day: a night shift ends "24:00", not "00:00". */
export const endOfBlock = (label: string) =>
  z.string({ error: `${label} must be a time.` }).regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, {
    error: `${label} must be a time written as HH:MM (24-hour, up to 24:00), e.g. 17:00.`,
  });

export const weekdaySchema = z.number().int().min(1, { error: 'Pick a weekday.' }).max(7, { error: 'Pick a weekday.' });

export const hoursBlockSchema = z
  .strictObject({
    weekday: weekdaySchema,
    kind: z.enum(['work', 'break'], { error: 'Pick working hours or a break.' }),
    start: timeOfDay('Start'),
    end: endOfBlock('End'),
    label: optionalText('Label', 60),
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

/** One problem with a provider's week, placed on the block and field it is about. */
export interface WeekHoursProblem {
  index: number;
  field: 'start' | 'end';
  message: string;
}

const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
export const weekdayName = (weekday: number): string => weekdayNames[weekday - 1] ?? `Weekday ${weekday}`;

/**
 * The rules a week of hours keeps, shared by the form and the main process: working blocks on one
 * day do not overlap (a split day is two blocks with a gap), breaks do not overlap each other, and a
 * break lies inside working hours (a break outside them would mean nothing to the calendar).
 * Blocks whose own times are wrong (end before start) are left to the block schema.
 */
export const weekHoursProblems = (hours: readonly HoursBlockInput[]): WeekHoursProblem[] => {
  const problems: WeekHoursProblem[] = [];
  const wellFormed = hours.map((block, index) => ({ ...block, index })).filter((block) => block.end > block.start);
  for (const kind of ['work', 'break'] as const) {
    for (let weekday = 1; weekday <= 7; weekday += 1) {
      const sameDay = wellFormed
        .filter((block) => block.kind === kind && block.weekday === weekday)
        .sort((a, b) => a.start.localeCompare(b.start));
      for (let i = 1; i < sameDay.length; i += 1) {
        const earlier = sameDay[i - 1];
        const later = sameDay[i];
        if (earlier && later && later.start < earlier.end)
          problems.push({
            index: later.index,
            field: 'start',
            message: `On ${weekdayName(weekday)} this ${kind === 'work' ? 'block' : 'break'} starts at ${later.start}, before the one from ${earlier.start} ends at ${earlier.end}. Make them not overlap, or join them into one.`,
          });
      }
    }
  }
  for (const pause of wellFormed.filter((block) => block.kind === 'break')) {
    const inside = wellFormed.some(
      (work) =>
        work.kind === 'work' && work.weekday === pause.weekday && work.start <= pause.start && pause.end <= work.end,
    );
    if (!inside)
      problems.push({
        index: pause.index,
        field: 'start',
        message: `The break ${pause.start}–${pause.end} on ${weekdayName(pause.weekday)} is not inside that day's working hours. Put it within one working block.`,
      });
  }
  return problems;
};
type HoursBlockInput = Pick<HoursBlock, 'weekday' | 'kind' | 'start' | 'end'>;

/** Days off and holidays: real dates in the years anything can be booked for (1900 is a typo). */
const scheduleDate = (label: string) =>
  isoDate(label).refine((value) => Number(value.slice(0, 4)) >= 2000 && Number(value.slice(0, 4)) <= 2100, {
    error: `${label} must be between 2000 and 2100. Check the year.`,
  });

const expectedVersion = z
  .number({ error: 'The version must be a number.' })
  .int({ error: 'The version must be a whole number.' });

/**
 * A provider's whole schedule in one save: bookable or not, colour, and every block of the week
 * (what is not sent is removed). expectedVersion is the version read with schedule.setup; 0 for a
 * provider never set up before.
 */
export const saveProviderInputSchema = z
  .strictObject({
    providerId: id('Provider'),
    expectedVersion: expectedVersion.min(0),
    active: z.boolean({ error: 'Say whether the provider can be booked.' }),
    colour: z.enum(calendarColours, { error: 'Pick a calendar colour from the list.' }),
    hours: z.array(hoursBlockSchema).max(70, { error: 'A week has at most 70 blocks (10 a day).' }),
  })
  .superRefine((input, ctx) => {
    for (const problem of weekHoursProblems(input.hours))
      ctx.addIssue({ code: 'custom', message: problem.message, path: ['hours', problem.index, problem.field] });
  });
export type SaveProviderInput = z.input<typeof saveProviderInputSchema>;

export const addDayOffInputSchema = z
  .strictObject({
    providerId: id('Provider'),
    firstDay: scheduleDate('First day'),
    lastDay: scheduleDate('Last day'),
    reason: optionalText('Reason', 120),
  })
  .refine((input) => input.lastDay >= input.firstDay, {
    error: 'The last day is before the first day. Check both dates.',
    path: ['lastDay'],
  })
  .refine((input) => Date.parse(input.lastDay) - Date.parse(input.firstDay) <= 366 * 86_400_000, {
    error:
      'A time off lasts at most a year. Enter longer absences as separate entries, or make the provider not bookable.',
    path: ['lastDay'],
  });
export type AddDayOffInput = z.input<typeof addDayOffInputSchema>;

/** Removing a day off marks it removed (kept for the record); the provider's calendar frees up. */
export const removeDayOffInputSchema = z.strictObject({ providerId: id('Provider'), dayOffId: id('Day off') });

/** Creates a room (roomId and expectedVersion null) or renames / deactivates one. */
export const saveRoomInputSchema = z
  .strictObject({
    roomId: id('Room').nullable(),
    expectedVersion: expectedVersion.min(1).nullable(),
    name: requiredText('Room name', 60),
    active: z.boolean({ error: 'Say whether the room is in use.' }),
  })
  .refine((input) => (input.roomId === null) === (input.expectedVersion === null), {
    error: 'Send the version read with the room when changing it, and none when adding one.',
    path: ['expectedVersion'],
  });
export type SaveRoomInput = z.input<typeof saveRoomInputSchema>;

export const typeDurationBounds = { min: 5, max: 12 * 60 } as const;

/** Creates an appointment type (typeId and expectedVersion null) or changes one. */
export const saveTypeInputSchema = z
  .strictObject({
    typeId: id('Appointment type').nullable(),
    expectedVersion: expectedVersion.min(1).nullable(),
    name: requiredText('Type name', 80),
    durationMinutes: z
      .number({ error: 'The default length must be a number of minutes.' })
      .int({ error: 'Use whole minutes for the default length.' })
      .min(typeDurationBounds.min, { error: `The default length is at least ${typeDurationBounds.min} minutes.` })
      .max(typeDurationBounds.max, { error: `The default length is at most ${typeDurationBounds.max / 60} hours.` }),
    colour: z.enum(calendarColours, { error: 'Pick a colour from the list.' }),
    providerIds: z
      .array(id('Provider'))
      .max(200)
      .refine((ids) => new Set(ids).size === ids.length, { error: 'A provider is listed twice.' }),
    active: z.boolean({ error: 'Say whether the type can be booked.' }),
  })
  .refine((input) => (input.typeId === null) === (input.expectedVersion === null), {
    error: 'Send the version read with the type when changing it, and none when adding one.',
    path: ['expectedVersion'],
  });
export type SaveTypeInput = z.input<typeof saveTypeInputSchema>;
