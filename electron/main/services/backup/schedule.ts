/**
 * When the nightly backup is due. Times are local wall-clock times, so "02:00" stays 02:00 across a
 * daylight-saving change; a missed slot (machine off or asleep) is caught up at the next check.
 */
const slotOn = (day: Date, time: string): Date => {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hours, minutes, 0, 0);
};

/** The most recent scheduled time at or before `now`. */
export const latestSlot = (now: Date, time: string): Date => {
  const today = slotOn(now, time);
  if (today.getTime() <= now.getTime()) return today;
  const yesterday = new Date(now.getFullYear(), now.getMonth(), now.getDate() - 1);
  return slotOn(yesterday, time);
};

/** The next scheduled time after `now`. */
export const nextSlot = (now: Date, time: string): Date => {
  const today = slotOn(now, time);
  if (today.getTime() > now.getTime()) return today;
  const tomorrow = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1);
  return slotOn(tomorrow, time);
};

/** A scheduled run is due when no scheduled run has started since the latest slot. */
export const scheduledRunDue = (now: Date, time: string, lastScheduledStart: Date | null): boolean =>
  lastScheduledStart === null || lastScheduledStart.getTime() < latestSlot(now, time).getTime();
