import { useEffect, useState } from 'react';
import { practiceNow } from '../../../ui';

/** Today and the minute now on the practice's clock, refreshed every half minute for the "now" line. */
export const usePracticeNow = (timeZone: string): { date: string; minutes: number } => {
  const [now, setNow] = useState(() => practiceNow(timeZone));
  useEffect(() => {
    setNow(practiceNow(timeZone));
    const timer = setInterval(() => setNow(practiceNow(timeZone)), 30_000);
    return () => clearInterval(timer);
  }, [timeZone]);
  return now;
};
