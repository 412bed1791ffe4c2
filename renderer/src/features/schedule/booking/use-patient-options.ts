import { useEffect, useState } from 'react';
import type { PatientSummary } from '../../../../../electron/contract';
import { api } from '../../../platform';

const debounceMs = 120;
const limit = 8;

/**
 * Patients matching what is typed in the booking dialog, through the finder's own search (names in
 * any order, a date of birth, an MRN or a phone). Answers to older text are dropped.
 */
export const usePatientOptions = (query: string): { patients: PatientSummary[]; error: string | null } => {
  const [answer, setAnswer] = useState<{ query: string; patients: PatientSummary[]; error: string | null }>({
    query: '',
    patients: [],
    error: null,
  });
  const trimmed = query.trim();
  useEffect(() => {
    if (!trimmed) return;
    let superseded = false;
    const timer = setTimeout(async () => {
      const result = await api.patients.search({ query: trimmed, limit });
      if (superseded) return;
      setAnswer(
        result.ok
          ? { query: trimmed, patients: result.value.results, error: null }
          : { query: trimmed, patients: [], error: result.error.message },
      );
    }, debounceMs);
    return () => {
      superseded = true;
      clearTimeout(timer);
    };
  }, [trimmed]);
  return trimmed ? { patients: answer.patients, error: answer.error } : { patients: [], error: null };
};
