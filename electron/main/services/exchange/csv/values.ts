import { isRealDate } from '../../../../contract/fields';
import type { sexes } from '../../../../contract/patients';

/**
 * Dates and sex words as legacy systems write them. A date is read only in an unambiguous form that
 * US systems write: YYYY-MM-DD, YYYYMMDD, MM/DD/YYYY, M/D/YY and DD-Mon-YYYY. Anything else is
 * refused with the form to use, never guessed at.
 */
const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * A two-digit year is a birth year: the latest year ending in those digits that is not after this one
 * ("24" in 2026 is 2024, "31" is 1931). Nobody is born in the future, and the few patients over 100
 * whose file says "25" are better caught by staff than guessed as infants.
 */
export const centuryForBirthYear = (twoDigits: number, thisYear: number): number => {
  const thisCentury = Math.floor(thisYear / 100) * 100;
  return thisCentury + twoDigits <= thisYear ? thisCentury + twoDigits : thisCentury - 100 + twoDigits;
};

const monthNames = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** [year, month, day] for one of the accepted forms, before checking it is a real date. */
const dateParts = (value: string, thisYear: number): [number, number, number] | null => {
  const isoForm = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(value) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(value);
  if (isoForm) return [Number(isoForm[1]), Number(isoForm[2]), Number(isoForm[3])];
  const usForm = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})$/.exec(value);
  if (usForm) {
    const year = usForm[3]!.length === 2 ? centuryForBirthYear(Number(usForm[3]), thisYear) : Number(usForm[3]);
    return [year, Number(usForm[1]), Number(usForm[2])];
  }
  const namedMonth = /^(\d{1,2})[-\s/]([A-Za-z]{3,9})[-\s/](\d{4})$/.exec(value);
  if (namedMonth) {
    const word = namedMonth[2]!.toLowerCase();
    // "Mar", "March" and "Sept" are months; "Marx" is not.
    const month = monthNames.findIndex((name) => name.startsWith(word)) + 1;
    if (month > 0) return [Number(namedMonth[3]), month, Number(namedMonth[1])];
  }
  return null;
};

/** The ISO date, or null when the text is not a real date in one of the accepted forms. */
export const parseLegacyDate = (raw: string, thisYear: number): string | null => {
  const parts = dateParts(raw.trim(), thisYear);
  if (!parts) return null;
  const date = iso(...parts);
  return isRealDate(date) ? date : null;
};

type Sex = (typeof sexes)[number];
const sexWords: Record<string, Sex> = {
  f: 'female',
  female: 'female',
  fem: 'female',
  woman: 'female',
  w: 'female',
  m: 'male',
  male: 'male',
  man: 'male',
  i: 'intersex',
  intersex: 'intersex',
  u: 'unknown',
  unk: 'unknown',
  unknown: 'unknown',
  un: 'unknown',
  unspecified: 'unknown',
  notspecified: 'unknown',
  undetermined: 'unknown',
};

/** The recorded sex for F/M/Female/Male/U/Unknown and the like; null for anything else. */
export const parseSexWord = (raw: string): Sex | null => sexWords[raw.toLowerCase().replace(/[^a-z]/g, '')] ?? null;
