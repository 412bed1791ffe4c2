import { foldForSearch } from '../../../../db';
import { isRealDate } from '../../../contract/fields';

/**
 * Reads what the front desk typed into the patient finder: name fragments in any order, a date of
 * birth in any common form (03/04/1980, 3/4/80, 1980-03-04, 4 Mar 1980, March 4 1980), an MRN or
 * phone digits, or a mix ("smith 3/4/80"). Slash and dash dates are read month first (US practice).
 */
export interface ParsedQuery {
  nameTokens: string[];
  /**
   * A query of one letter and nothing else, read as a filing cabinet reads it: the family names with
   * that initial (nameTokens is then empty).
   */
  familyPrefix: string | null;
  digitTokens: string[];
  birthDate: string | null;
  /** A date-like fragment that is not a complete, real date yet: search waits rather than guess. */
  incompleteDate: boolean;
}

const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const monthNumber = (word: string): number | null => {
  const index = months.indexOf(word.slice(0, 3).toLowerCase());
  return index >= 0 && (word.length === 3 || `${months[index]}${word.slice(3)}`.length <= 9) ? index + 1 : null;
};

const pad = (n: number) => String(n).padStart(2, '0');

/** Two-digit years: the most recent past year with those digits (80 -> 1980, 05 -> 2005). */
const fullYear = (year: string, today: Date): number => {
  if (year.length === 4) return Number(year);
  const twoDigits = Number(year);
  const century = Math.floor(today.getFullYear() / 100) * 100;
  return century + twoDigits > today.getFullYear() ? century - 100 + twoDigits : century + twoDigits;
};

const toIso = (year: number, month: number, day: number, today: Date): string | null => {
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  if (!isRealDate(iso) || year < 1900 || iso > today.toISOString().slice(0, 10)) return null;
  return iso;
};

interface DatePattern {
  regex: RegExp;
  read: (m: RegExpMatchArray, today: Date) => string | null;
}

const datePatterns: DatePattern[] = [
  {
    regex: /\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})\b/,
    read: (m, t) => toIso(Number(m[1]), Number(m[2]), Number(m[3]), t),
  },
  {
    regex: /\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})\b/,
    read: (m, t) => toIso(fullYear(m[3]!, t), Number(m[1]), Number(m[2]), t),
  },
  {
    regex: /\b(\d{1,2})(?:st|nd|rd|th)?[\s-]+([a-z]{3,9})\.?,?[\s-]+(\d{4}|\d{2})\b/i,
    read: (m, t) => {
      const month = monthNumber(m[2]!);
      return month ? toIso(fullYear(m[3]!, t), month, Number(m[1]), t) : null;
    },
  },
  {
    regex: /\b([a-z]{3,9})\.?[\s-]+(\d{1,2})(?:st|nd|rd|th)?,?[\s-]+(\d{4})\b/i,
    read: (m, t) => {
      const month = monthNumber(m[1]!);
      return month ? toIso(Number(m[3]), month, Number(m[2]), t) : null;
    },
  },
];

/** Fragments that are on their way to being a date (3/4, 03/04/19, 1980-03): not names, not digits. */
const partialDate = /^(\d{1,4}[/.-]\d{0,2}([/.-]\d{0,4})?|\d{1,2}[/.-])$/;

export const parseSearchQuery = (query: string, today: Date = new Date()): ParsedQuery => {
  let rest = query.normalize('NFKC');
  let birthDate: string | null = null;
  for (const pattern of datePatterns) {
    const match = rest.match(pattern.regex);
    if (!match) continue;
    const iso = pattern.read(match, today);
    if (iso) {
      birthDate = iso;
      rest = rest.replace(match[0], ' ');
      break;
    }
  }
  const nameTokens: string[] = [];
  const digitTokens: string[] = [];
  let incompleteDate = false;
  for (const raw of rest.split(/\s+/).filter(Boolean)) {
    if (partialDate.test(raw)) {
      incompleteDate = true;
      continue;
    }
    const phoneDigits = raw.replace(/[()+\-.]/g, '');
    if (/^\d+$/.test(phoneDigits)) {
      digitTokens.push(phoneDigits);
      continue;
    }
    nameTokens.push(...foldForSearch(raw).split(' ').filter(Boolean));
  }
  const [onlyToken] = nameTokens;
  if (onlyToken?.length === 1 && nameTokens.length === 1 && digitTokens.length === 0 && birthDate === null) {
    return { nameTokens: [], familyPrefix: onlyToken, digitTokens, birthDate, incompleteDate };
  }
  return { nameTokens, familyPrefix: null, digitTokens, birthDate, incompleteDate };
};
