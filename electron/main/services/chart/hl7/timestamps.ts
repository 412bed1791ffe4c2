import { isRealDate } from '../../../../contract/fields';

const pad = (n: number) => String(n).padStart(2, '0');
const dtm = /^(\d{4})(\d{2})(\d{2})(?:(\d{2})(\d{2})?(?:\d{2}(?:\.\d{1,4})?)?)?([+-]\d{4})?$/;

/**
 * An HL7 DTM (YYYYMMDD[HHMM[SS[.S]]][+ZZZZ]) as the chart writes times: YYYY-MM-DD, or
 * YYYY-MM-DDTHH:MM on the workstation's clock. A time with a UTC offset is moved to the workstation's
 * clock; one without is taken as already on it (labs send local time). Null when it is not a DTM with
 * at least a full date.
 */
export const hl7DateTime = (value: string): string | null => {
  const parts = dtm.exec(value.trim());
  if (!parts) return null;
  const [, y, m, d, hh, mm = '00', offset] = parts;
  const date = `${y}-${m}-${d}`;
  if (!isRealDate(date)) return null;
  if (hh === undefined) return date;
  if (Number(hh) > 23 || Number(mm) > 59) return null;
  if (!offset) return `${date}T${hh}:${mm}`;
  const sign = offset.startsWith('-') ? -1 : 1;
  const offsetMinutes = sign * (Number(offset.slice(1, 3)) * 60 + Number(offset.slice(3, 5)));
  const utc = Date.UTC(Number(y), Number(m) - 1, Number(d), Number(hh), Number(mm)) - offsetMinutes * 60_000;
  const local = new Date(utc);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}T${pad(local.getHours())}:${pad(local.getMinutes())}`;
};

/** The first 8 digits of a DTM as YYYY-MM-DD (a date of birth), or null. */
export const hl7Date = (value: string): string | null => {
  const parts = /^(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  if (!parts) return null;
  const date = `${parts[1]}-${parts[2]}-${parts[3]}`;
  return isRealDate(date) ? date : null;
};

/** Today on the workstation's calendar, YYYY-MM-DD. */
export const localToday = (): string => {
  const now = new Date();
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};
