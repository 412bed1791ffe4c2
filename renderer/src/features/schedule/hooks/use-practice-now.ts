import { useEffect, useState } from 'react';
import { nowIn } from '../model/calendar-dates';

/** Today and the minute now on the practice's clock, refreshed every half minute for the "now" line. */
export const usePracticeNow = (timeZone: string): { date: string; minutes: number } => {
  const [now, setNow] = useState(() => nowIn(timeZone));
  useEffect(() => {
    setNow(nowIn(timeZone));
    const timer = setInterval(() => setNow(nowIn(timeZone)), 30_000);
    return () => clearInterval(timer);
  }, [timeZone]);
  return now;
};
