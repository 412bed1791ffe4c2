import { useEffect, useState } from 'react';
import type { PatientDto } from '../../../../../electron/contract';
import { api } from '../../../platform';

type State = { kind: 'loading' } | { kind: 'loaded'; patient: PatientDto } | { kind: 'failed'; message: string };

/** One patient's demographics as they were in the backup (each look is audited in the live store). */
export function useLookupPatient(lookupId: string, patientId: number): State {
  const [state, setState] = useState<State>({ kind: 'loading' });
  useEffect(() => {
    let current = true;
    setState({ kind: 'loading' });
    void api.restore.lookupPatient({ lookupId, patientId }).then((result) => {
      if (!current) return;
      setState(
        result.ok ? { kind: 'loaded', patient: result.value } : { kind: 'failed', message: result.error.message },
      );
    });
    return () => {
      current = false;
    };
  }, [lookupId, patientId]);
  return state;
}
