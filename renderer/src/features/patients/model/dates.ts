/**
 * Dates typed by people and dates shown to people. The clinic is in the US, so a slashed date with the
 * month first (03/04/1980) means 4 March, matching how the server's search reads the same text.
 * Dates are kept as YYYY-MM-DD strings throughout: a birth date is a calendar day, not an instant,
 * so it must never pass through a time zone.
 */
import { isRealDate } from '../../../../../electron/contract';

const monthNames = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const pad = (value: number) => String(value).padStart(2, '0');

/** YYYY-MM-DD for a real date; with `real` false, also for a well-formed impossible one (1980-02-30). */
const isoOf =
  (real: boolean) =>
  (year: number, month: number, day: number): string | null => {
    const iso = `${String(year).padStart(4, '0')}-${pad(month)}-${pad(day)}`;
    if (month < 1 || month > 12 || day < 1 || day > 31) return null;
    return !real || isRealDate(iso) ? iso : null;
  };

/** A month written as a word or its first three letters ("mar", "March", "Sept"). */
const monthFromWord = (word: string): number | null => {
  const lower = word.toLowerCase().replace(/\.$/, '');
  if (lower.length < 3) return null;
  const index = monthNames.findIndex((name) => name.toLowerCase().startsWith(lower.slice(0, 3)));
  return index >= 0 && monthNames[index]!.toLowerCase().startsWith(lower) ? index + 1 : null;
};

/** Two-digit years belong to the latest century that does not put a birth date in the future. */
const fullYear = (year: string, todayIso: string): number => {
  if (year.length === 4) return Number(year);
  const thisYear = Number(todayIso.slice(0, 4));
  const candidate = Math.floor(thisYear / 100) * 100 + Number(year);
  return candidate > thisYear ? candidate - 100 : candidate;
};

/** Today's calendar date where the user is, as YYYY-MM-DD (not UTC: a clinic's "today" is local). */
const localTodayIso = (now: Date = new Date()): string =>
  `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;

/**
 * Reads a date typed in any common form and returns it as YYYY-MM-DD, or null when the text is not
 * (yet) a real date: 1980-03-04, 1980/3/4, 03/04/1980, 3-4-80, 03041980, 19800304, 4 Mar 1980,
 * March 4, 1980.
 */
export const parseDateInput = (text: string, todayIso: string = localTodayIso()): string | null =>
  readDate(text, todayIso, true);

/**
 * The date the text is shaped like, real or not: 02/30/1980 reads as 1980-02-30, so the form can
 * be told "not a real calendar date" rather than "write it as YYYY-MM-DD".
 */
export const dateShapeOf = (text: string, todayIso: string = localTodayIso()): string | null =>
  readDate(text, todayIso, false);

const readDate = (text: string, todayIso: string, real: boolean): string | null => {
  const toIso = isoOf(real);
  const value = text.trim();
  let match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(value);
  if (match) return toIso(Number(match[1]), Number(match[2]), Number(match[3]));

  match = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})$/.exec(value);
  if (match) return toIso(fullYear(match[3]!, todayIso), Number(match[1]), Number(match[2]));

  match = /^\d{8}$/.exec(value);
  if (match) {
    const yearFirst = /^(19|20)/.test(value)
      ? toIso(Number(value.slice(0, 4)), Number(value.slice(4, 6)), Number(value.slice(6, 8)))
      : null;
    return yearFirst ?? toIso(Number(value.slice(4, 8)), Number(value.slice(0, 2)), Number(value.slice(2, 4)));
  }

  match = /^(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]+\.?)[\s,-]+(\d{4})$/i.exec(value);
  if (match) {
    const month = monthFromWord(match[2]!);
    return month ? toIso(Number(match[3]), month, Number(match[1])) : null;
  }

  match = /^([a-z]+\.?)\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i.exec(value);
  if (match) {
    const month = monthFromWord(match[1]!);
    return month ? toIso(Number(match[3]), month, Number(match[2])) : null;
  }
  return null;
};

const parts = (iso: string) => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) } : null;
};

/** "04 Mar 1980": compact, and never ambiguous between US and European readers. */
export const formatDate = (iso: string): string => {
  const date = parts(iso);
  if (!date) return iso;
  return `${pad(date.day)} ${monthNames[date.month - 1]!.slice(0, 3)} ${date.year}`;
};

/** "4 March 1980": how a typed date was understood, in words. */
export const describeDate = (iso: string): string => {
  const date = parts(iso);
  if (!date) return iso;
  return `${date.day} ${monthNames[date.month - 1]} ${date.year}`;
};

const plural = (count: number, unit: string) => `${count} ${unit}${count === 1 ? '' : 's'}`;

/**
 * Age as clinicians say it: years from 2 years on, months for infants and toddlers, days for
 * newborns. Counted in whole calendar units, so a birthday tomorrow has not happened yet.
 */
export const ageText = (birthIso: string, todayIso: string = localTodayIso()): string => {
  const born = parts(birthIso);
  const today = parts(todayIso);
  if (!born || !today || birthIso > todayIso) return '';
  const beforeDayOfMonth = today.day < born.day ? 1 : 0;
  const months = (today.year - born.year) * 12 + (today.month - born.month) - beforeDayOfMonth;
  if (months >= 24) return plural(Math.floor(months / 12), 'year');
  if (months >= 1) return plural(months, 'month');
  const days = Math.round(
    (Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(born.year, born.month - 1, born.day)) / 86_400_000,
  );
  return plural(days, 'day');
};
