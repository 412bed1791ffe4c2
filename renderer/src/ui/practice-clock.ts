import { Temporal } from 'temporal-polyfill';

/**
 * The practice's wall clock: the schedule, the flow board and the day sheet all mean "today" in the
 * practice's time zone ('' = this computer's zone), whatever zone the workstation is set to.
 */
export const practiceNow = (timeZone: string): { date: string; minutes: number } => {
  const now = timeZone ? Temporal.Now.zonedDateTimeISO(timeZone) : Temporal.Now.zonedDateTimeISO();
  return { date: now.toPlainDate().toString(), minutes: now.hour * 60 + now.minute };
};

/** Today's date (YYYY-MM-DD) on the practice's clock. */
export const practiceToday = (timeZone: string): string => practiceNow(timeZone).date;
