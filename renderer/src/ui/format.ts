const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const dateOnly = new Intl.DateTimeFormat(undefined, { dateStyle: 'long' });

/**
 * A stored timestamp, e.g. "22 Nov 2026, 14:05": on this computer's clock, or on the practice's when
 * its time zone is given ('' = this computer's), whatever zone the workstation is set to.
 */
export const formatDateTime = (iso: string, timeZone = ''): string => {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return (
    timeZone ? new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone }) : dateTime
  ).format(date);
};

export const formatLongDate = (date: Date): string => dateOnly.format(date);

/**
 * A calendar date ("2026-11-23": a day in the practice's zone, no time) in the user's locale, e.g.
 * "23 Nov 2026". Formatted at noon UTC so no workstation's clock zone can shift it to the day before.
 */
export const formatCalendarDate = (
  date: string,
  options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' },
): string => new Intl.DateTimeFormat(undefined, { ...options, timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
