import { Temporal } from 'temporal-polyfill';

/**
 * Calendar dates as ISO strings ("2026-11-23") in the practice's time zone. Arithmetic goes through
 * Temporal.PlainDate, which has no time zone and no daylight-saving surprises.
 */
const plain = (date: string): Temporal.PlainDate => Temporal.PlainDate.from(date);

export const addDays = (date: string, days: number): string => plain(date).add({ days }).toString();

/** ISO weekday: 1 = Monday … 7 = Sunday, as the schedule's working hours use. */
export const weekdayOf = (date: string): number => plain(date).dayOfWeek;

/** The Monday of the date's week. */
export const weekStartOf = (date: string): string =>
  plain(date)
    .subtract({ days: plain(date).dayOfWeek - 1 })
    .toString();

export const weekDates = (date: string): string[] => {
  const monday = weekStartOf(date);
  return Array.from({ length: 7 }, (_, day) => addDays(monday, day));
};

/** "2026-11". */
export const monthOf = (date: string): string => date.slice(0, 7);

export const addMonths = (date: string, months: number): string => plain(date).add({ months }).toString();

/** The weeks (Monday first) that show a month, each a list of 7 dates, spilling into the months around it. */
export const monthWeeks = (month: string): string[][] => {
  const first = `${month}-01`;
  const last = plain(first).add({ months: 1 }).subtract({ days: 1 }).toString();
  const weeks: string[][] = [];
  for (let monday = weekStartOf(first); monday <= last; monday = addDays(monday, 7)) weeks.push(weekDates(monday));
  return weeks;
};

/** Today and the time now on the practice's wall clock ('' = this computer's zone). */
const noonUtc = (date: string): Date => new Date(`${date}T12:00:00Z`);
const formatter = (options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' });
const longDay = formatter({ weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' });
const shortDay = formatter({ weekday: 'short', day: 'numeric', month: 'short' });
const monthName = formatter({ month: 'long', year: 'numeric' });

/** "Monday, 23 November 2026" (in the user's locale). */
export const formatLongDay = (date: string): string => longDay.format(noonUtc(date));
/** "Mon, 23 Nov". */
export const formatShortDay = (date: string): string => shortDay.format(noonUtc(date));
/** "November 2026". */
export const formatMonth = (month: string): string => monthName.format(noonUtc(`${month}-01`));

export const weekdayNames = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'] as const;
