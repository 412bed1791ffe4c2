import { useDebouncedValue } from '@mantine/hooks';
import { useEffect, useState } from 'react';
import type { PatientSummary } from '../../../../electron/contract';
import { api } from '../../platform';

/** Patients matching a name, MRN or date of birth, searched after a short pause in typing (each search is audited). */
export function usePatientLookup(query: string) {
  const [debounced] = useDebouncedValue(query.trim(), 300);
  const [results, setResults] = useState<PatientSummary[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);

  useEffect(() => {
    if (debounced.length < 2) {
      setResults([]);
      setError(null);
      return;
    }
    let active = true;
    setSearching(true);
    void api.patients.search({ query: debounced, limit: 10 }).then((result) => {
      if (!active) return;
      setSearching(false);
      if (result.ok) {
        setResults(result.value.results);
        setError(null);
      } else {
        setResults([]);
        setError(result.error.message);
      }
    });
    return () => {
      active = false;
    };
  }, [debounced]);

  return { results, error, searching };
}
