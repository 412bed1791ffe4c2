import { useEffect, useState } from 'react';

/** The current time, renewed every minute so "3 hours ago" stays true on a page left open. No server calls. */
export function useNow(everyMs = 60_000): Date {
  const [now, setNow] = useState(() => new Date());
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), everyMs);
    return () => clearInterval(timer);
  }, [everyMs]);
  return now;
}
