import { useEffect } from 'react';
import { markSessionLocked } from '../features/auth';
import { onChartroomEvent } from '../platform';

/** The main process locks the session itself on idle, OS lock or sleep; the screen follows at once. */
export function useServerLockEvents(): void {
  useEffect(
    () =>
      onChartroomEvent((event) => {
        if (event.type === 'session.locked') markSessionLocked();
      }),
    [],
  );
}
