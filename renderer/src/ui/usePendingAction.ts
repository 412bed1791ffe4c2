import { useCallback, useState } from 'react';

/** Wraps an async action with a `pending` flag for buttons that show progress and refuse double submits. */
export function usePendingAction<A extends unknown[], R>(
  action: (...args: A) => Promise<R>,
): { run: (...args: A) => Promise<R>; pending: boolean } {
  const [pending, setPending] = useState(false);
  const run = useCallback(
    async (...args: A) => {
      setPending(true);
      try {
        return await action(...args);
      } finally {
        setPending(false);
      }
    },
    [action],
  );
  return { run, pending };
}
