import { useCallback, useEffect, useState } from 'react';
import type { ApiError, PatientDto } from '../../../../../electron/contract';
import { api } from '../../../platform';

type PatientLoad =
  | { status: 'loading' }
  | { status: 'failed'; error: ApiError }
  | { status: 'ready'; patient: PatientDto };

const wrongPatient: ApiError = {
  code: 'INTERNAL',
  message:
    'Chartroom received a different patient than the one asked for, so nothing is shown. Close the chart and open it again.',
};

/**
 * Opens one patient's chart (the server audits this read). The chart shows only the patient it asked
 * for: an answer about anyone else is refused rather than displayed.
 */
export const usePatient = (patientId: number) => {
  const [load, setLoad] = useState<PatientLoad>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is the reload trigger.
  useEffect(() => {
    let superseded = false;
    void api.patients.get({ patientId }).then((result) => {
      if (superseded) return;
      if (!result.ok) setLoad({ status: 'failed', error: result.error });
      else if (result.value.id !== patientId) setLoad({ status: 'failed', error: wrongPatient });
      else setLoad({ status: 'ready', patient: result.value });
    });
    return () => {
      superseded = true;
    };
  }, [patientId, attempt]);

  /** Read the patient again; what is on screen stays until the fresh copy arrives. */
  const reload = useCallback(() => setAttempt((count) => count + 1), []);

  /** Show a copy the server just returned from a save. */
  const replace = useCallback(
    (patient: PatientDto) => {
      if (patient.id === patientId) setLoad({ status: 'ready', patient });
    },
    [patientId],
  );

  return { load, reload, replace };
};
