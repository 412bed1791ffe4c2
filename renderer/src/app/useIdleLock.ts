import { useEffect, useRef } from 'react';
import { api } from '../platform';

const activityEvents = ['keydown', 'pointerdown', 'wheel', 'touchstart'] as const;
const checkEveryMs = 1000;
/** The main process locks a session idle by its own clock; typing and scrolling make no data calls, so say so. */
const heartbeatEveryMs = 60_000;

/**
 * Calls `onIdle` once the user has not typed, clicked, scrolled or touched for `minutes` (SECURITY.md S4),
 * and while the user is active tells the main process at most once a minute, so its own idle lock
 * (which counts from the last call) does not fire on someone reading a long chart.
 * Time is read from Date.now() on a one-second interval rather than a single long timeout, so a
 * sleeping laptop locks as soon as it wakes and a test clock can fast-forward it.
 */
export function useIdleLock(minutes: number, onIdle: () => void): void {
  const onIdleRef = useRef(onIdle);
  useEffect(() => {
    onIdleRef.current = onIdle;
  });

  useEffect(() => {
    const limitMs = minutes * 60_000;
    let lastActivity = Date.now();
    let lastHeartbeat = Date.now();
    const noteActivity = () => {
      lastActivity = Date.now();
      if (lastActivity - lastHeartbeat >= heartbeatEveryMs) {
        lastHeartbeat = lastActivity;
        void api.auth.touch({});
      }
    };
    for (const type of activityEvents) window.addEventListener(type, noteActivity, { capture: true, passive: true });
    const timer = setInterval(() => {
      const now = Date.now();
      // A clock set backwards would otherwise postpone the lock indefinitely: count from now instead.
      if (now < lastActivity) lastActivity = now;
      if (now - lastActivity >= limitMs) {
        lastActivity = now;
        onIdleRef.current();
      }
    }, checkEveryMs);
    return () => {
      clearInterval(timer);
      for (const type of activityEvents) window.removeEventListener(type, noteActivity, { capture: true });
    };
  }, [minutes]);
}
