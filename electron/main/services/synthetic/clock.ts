import { daysBetween, utcMidnight, wallClockToInstant } from '../scheduling/zoned-time';

/**
 * Calendar arithmetic for the generated history, beside scheduling/zoned-time's. Dates are practice-zone calendar days
 * ("2026-03-02"); instants are UTC ISO strings, computed from the zone's offset on that day (clinic
 * hours never fall in a daylight-saving gap). Nothing here reads the computer's clock or time zone,
 * so the same seed and anchor give the same rows on any machine.
 */
export const addYears = (date: string, years: number): string => {
  const year = Number(date.slice(0, 4)) + years;
  // 29 February in a year without one becomes 28 February.
  const day = date.slice(5) === '02-29' ? '02-28' : date.slice(5);
  return `${String(year).padStart(4, '0')}-${day}`;
};

/** Whole years from a birth date to a date, as a clinic counts them. */
export const ageOn = (birthDate: string, date: string): number => {
  const age = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? age - 1 : age;
};

export const ageInYearsOn = (birthDate: string, date: string): number => daysBetween(birthDate, date) / 365.25;

/** Instants in the practice's zone, with the zone's offset looked up once per day. */
export class PracticeClock {
  readonly zone: string;
  readonly #offsets = new Map<string, number>();

  constructor(zone: string) {
    this.zone = zone;
  }

  /** The UTC instant of a wall-clock minute of a practice-zone day, as an ISO string. */
  instant(date: string, minuteOfDay: number): string {
    let offset = this.#offsets.get(date);
    if (offset === undefined) {
      const noon = wallClockToInstant(this.zone, date, '12:00').instant;
      offset = utcMidnight(date) + 12 * 3_600_000 - Date.parse(noon);
      this.#offsets.set(date, offset);
    }
    return new Date(utcMidnight(date) + minuteOfDay * 60_000 - offset).toISOString();
  }
}
