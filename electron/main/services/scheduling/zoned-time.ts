import { Temporal } from 'temporal-polyfill';

/**
 * Wall-clock time in the practice's zone ↔ UTC instants (issue 5). Staff book "09:00 on 9 March";
 * the store keeps the instant, so every workstation means the same moment, and a weekly series keeps
 * 09:00 across a daylight-saving change because each occurrence is converted from its own local date.
 * Pure: no clock, no database.
 */

/** The zone the practice's calendar runs in: the one it set, or this computer's zone. */
export const practiceZone = (configured: string): string => configured || Temporal.Now.timeZoneId();

/** How a wall-clock time was turned into an instant when the zone's rules did not allow it as typed. */
export type ZoneAdjustment =
  /** The time does not exist (spring forward): the clock skipped it, so the later valid time was used. */
  | 'skipped-forward'
  /** The time happens twice (fall back): the first of the two was used. */
  | 'first-of-two';

export interface ResolvedTime {
  /** UTC ISO instant, e.g. 2026-03-09T14:00:00.000Z. */
  instant: string;
  /** The wall-clock date and time the instant shows in the zone (differs from the input when skipped forward). */
  date: string;
  time: string;
  adjustment: ZoneAdjustment | null;
}

const isoOf = (zoned: Temporal.ZonedDateTime): string => new Date(zoned.epochMilliseconds).toISOString();

const hhmm = (value: { hour: number; minute: number }): string =>
  `${String(value.hour).padStart(2, '0')}:${String(value.minute).padStart(2, '0')}`;

/** The instant of `date` `time` ("HH:MM") in `zone`: a gap moves to the later valid time, an overlap takes the earlier. */
export const wallClockToInstant = (zone: string, date: string, time: string): ResolvedTime => {
  const local = Temporal.PlainDateTime.from(`${date}T${time}`);
  const earlier = local.toZonedDateTime(zone, { disambiguation: 'earlier' });
  const later = local.toZonedDateTime(zone, { disambiguation: 'later' });
  const exists = Temporal.PlainDateTime.compare(earlier.toPlainDateTime(), local) === 0;
  if (!exists) {
    return {
      instant: isoOf(later),
      date: later.toPlainDate().toString(),
      time: hhmm(later),
      adjustment: 'skipped-forward',
    };
  }
  const ambiguous = earlier.epochMilliseconds !== later.epochMilliseconds;
  return { instant: isoOf(earlier), date, time, adjustment: ambiguous ? 'first-of-two' : null };
};

/** The wall-clock date and "HH:MM" an instant shows in `zone`. */
export const instantToWallClock = (zone: string, instant: string): { date: string; time: string } => {
  const zoned = Temporal.Instant.from(instant).toZonedDateTimeISO(zone);
  return { date: zoned.toPlainDate().toString(), time: hhmm(zoned) };
};

/** Today's date in `zone` at `now`. */
export const dateInZone = (zone: string, now: Date): string =>
  Temporal.Instant.fromEpochMilliseconds(now.getTime()).toZonedDateTimeISO(zone).toPlainDate().toString();

/** The instant a local calendar day starts (midnight, or the first valid time when midnight is skipped). */
export const startOfDay = (zone: string, date: string): string =>
  isoOf(Temporal.PlainDate.from(date).toZonedDateTime({ timeZone: zone }));

export const addMinutes = (instant: string, minutes: number): string =>
  new Date(Date.parse(instant) + minutes * 60_000).toISOString();

export const minutesBetween = (fromInstant: string, toInstant: string): number =>
  Math.round((Date.parse(toInstant) - Date.parse(fromInstant)) / 60_000);

// Calendar dates ("2026-03-09") need no zone: plain UTC-midnight arithmetic, which runs in a fraction
// of the Temporal polyfill's time (the synthetic practice calls these millions of times).
const dayMs = 86_400_000;

/** Milliseconds of a calendar date's UTC midnight. */
export const utcMidnight = (date: string): number => Date.parse(`${date}T00:00:00Z`);

export const addDays = (date: string, days: number): string =>
  new Date(utcMidnight(date) + days * dayMs).toISOString().slice(0, 10);

export const daysBetween = (from: string, to: string): number =>
  Math.round((utcMidnight(to) - utcMidnight(from)) / dayMs);

/** ISO weekday, 1 = Monday … 7 = Sunday. */
export const isoWeekday = (date: string): number => ((new Date(utcMidnight(date)).getUTCDay() + 6) % 7) + 1;

/** "HH:MM" → minutes after midnight, and back. */
export const minutesOfDay = (time: string): number => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
export const timeOfMinutes = (minutes: number): string =>
  `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/** The dates of a month "YYYY-MM": its first day and the first day of the next. */
export const monthRange = (month: string): { first: string; next: string } => {
  const first = Temporal.PlainYearMonth.from(month).toPlainDate({ day: 1 });
  return { first: first.toString(), next: first.add({ months: 1 }).toString() };
};
