import { useCallback, useEffect, useState } from 'react';
import type { ApiError, HistoryEntry } from '../../../../../electron/contract';
import { api } from '../../../platform';

export type HistoryLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | { status: 'ready'; entries: HistoryEntry[] };

/** Every saved version of the patient's demographics, newest first, whatever order the server sends. */
export const usePatientHistory = (patientId: number) => {
  const [load, setLoad] = useState<HistoryLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger.
  useEffect(() => {
    let superseded = false;
    void api.patients.history({ patientId }).then((result) => {
      if (superseded) return;
      setLoad(
        result.ok
          ? { status: 'ready', entries: [...result.value].sort((a, b) => b.version - a.version) }
          : { status: 'failed', error: result.error },
      );
    });
    return () => {
      superseded = true;
    };
  }, [patientId, attempt]);

  const reload = useCallback(() => setAttempt((count) => count + 1), []);
  return { load, reload };
};
