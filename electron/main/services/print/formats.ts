import { Temporal } from 'temporal-polyfill';

/**
 * How printed documents write dates and times: US forms' MM/DD/YYYY and 12-hour clock, instants in
 * the practice's zone. Shared by the day sheet and the chart documents so they never disagree.
 */

/** "03/09/1961": dates as US forms print them. */
export const usDate = (isoDate: string): string => {
  const [year, month, day] = isoDate.split('-');
  return `${month}/${day}/${year}`;
};

/** "March 9, 2026": the date line of a letter or a fax cover sheet, for a YYYY-MM-DD calendar date. */
export const letterDate = (isoDate: string): string =>
  Temporal.PlainDate.from(isoDate).toLocaleString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });

/** "Monday, March 9, 2026" for a YYYY-MM-DD calendar date (a practice-zone day, so no zone applies). */
export const longDate = (isoDate: string): string =>
  Temporal.PlainDate.from(isoDate).toLocaleString('en-US', {
    weekday: 'long',
    year: 'numeric',
    month: 'long',
    day: 'numeric',
  });

/** "9:05 AM" in the practice's zone. */
export const clockTime = (instant: string, zone: string): string =>
  Temporal.Instant.from(instant)
    .toZonedDateTimeISO(zone)
    .toLocaleString('en-US', { hour: 'numeric', minute: '2-digit' });

/** "03/09/2026" for an instant, on the practice's calendar. */
export const usDateInZone = (instant: string, zone: string): string =>
  usDate(Temporal.Instant.from(instant).toZonedDateTimeISO(zone).toPlainDate().toString());

/** "03/09/2026 9:05 AM" for an instant, in the practice's zone. */
export const usDateTimeInZone = (instant: string, zone: string): string =>
  `${usDateInZone(instant, zone)} ${clockTime(instant, zone)}`;

/**
 * "02/01/2026 8:00 AM" or "02/01/2026" for a wall-clock value as typed ("YYYY-MM-DD" with an optional
 * "THH:MM"), e.g. a lab's collection time, which is already the practice's local time.
 */
export const usWallClock = (value: string): string => {
  const date = usDate(value.slice(0, 10));
  const time = value.slice(11, 16);
  if (!/^\d{2}:\d{2}$/.test(time)) return date;
  return `${date} ${wallClockTime(time)}`;
};

/** "9:05 AM" for a wall-clock "HH:MM", already in the practice's local time. */
export const wallClockTime = (time: string): string =>
  Temporal.PlainTime.from(time).toLocaleString('en-US', { hour: 'numeric', minute: '2-digit' });

/** "1 appointment", "3 appointments". */
export const plural = (count: number, one: string, many = `${one}s`): string => `${count} ${count === 1 ? one : many}`;
