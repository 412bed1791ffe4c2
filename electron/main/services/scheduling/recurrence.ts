import type { RecurrenceInput } from '../../../contract/appointments';
import { ChartroomError } from '../../../contract/errors';
import { addDays, isoWeekday } from './zoned-time';

/** The most occurrences one series may hold, however it ends (the contract's count limit). */
export const maxOccurrences = 200;

/**
 * The local dates of a series starting on `firstDate`: every `intervalWeeks` weeks (counted from the
 * week of `firstDate`, Monday first) on the chosen weekdays, never before `firstDate`, until the last
 * date or the count. Dates only: each occurrence's instant is computed from its own date, so the
 * wall-clock time holds across a daylight-saving change.
 */
export const occurrenceDates = (firstDate: string, rule: RecurrenceInput): string[] => {
  if (rule.until !== undefined && rule.until < firstDate) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `The last date (${rule.until}) is before the first appointment (${firstDate}). Pick a later last date.`,
      'recurrence.until',
    );
  }
  const weekdays = [...new Set(rule.weekdays)].sort((a, b) => a - b);
  const monday = addDays(firstDate, 1 - isoWeekday(firstDate));
  const limit = rule.count ?? maxOccurrences + 1;
  const dates: string[] = [];
  for (let week = 0; dates.length < limit; week += rule.intervalWeeks) {
    const weekStart = addDays(monday, week * 7);
    if (rule.until !== undefined && weekStart > rule.until) break;
    for (const weekday of weekdays) {
      const date = addDays(weekStart, weekday - 1);
      if (date < firstDate) continue;
      if (rule.until !== undefined && date > rule.until) break;
      if (dates.length < limit) dates.push(date);
    }
  }
  if (dates.length > maxOccurrences) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `That series would have more than ${maxOccurrences} appointments. Pick an earlier last date, then book a new series after it.`,
      'recurrence.until',
    );
  }
  if (dates.length < 2) {
    throw new ChartroomError(
      'BAD_REQUEST',
      'That series would hold only one appointment. Pick a later last date or more weekdays, or book a single appointment.',
      'recurrence.until',
    );
  }
  return dates;
};
