import { useEffect, useState } from 'react';
import type { ApiError, PatientSummary, searchKinds } from '../../../../../electron/contract';
import { api } from '../../../platform';

interface Answer {
  /** The query these results answer. */
  query: string;
  /** What the server took the query for; 'empty' means nothing searchable yet (e.g. half a date). */
  kind: (typeof searchKinds)[number];
  results: PatientSummary[];
  /** How the server read the query, e.g. "born 4 March 1980". */
  interpretation: string;
  error: ApiError | null;
}

export interface PatientSearchState extends Answer {
  /** True while the shown results answer older text than what is typed now. */
  stale: boolean;
}

export const searchLimit = 20;
const debounceMs = 100;
const none: Answer = { query: '', kind: 'empty', results: [], interpretation: '', error: null };

/**
 * Finds patients as the user types. Waits for a short pause in typing, keeps the previous results on
 * screen (marked stale) until new ones arrive, and drops any answer that arrives after the query
 * changed, so a slow response can never replace results for the text the user has typed since.
 */
export const useSearchPatients = (query: string): PatientSearchState => {
  const [answer, setAnswer] = useState<Answer>(none);
  const trimmed = query.trim();

  useEffect(() => {
    if (!trimmed) return;
    let superseded = false;
    const timer = setTimeout(async () => {
      const result = await api.patients.search({ query: trimmed, limit: searchLimit });
      if (superseded) return;
      setAnswer(
        result.ok ? { query: trimmed, ...result.value, error: null } : { ...none, query: trimmed, error: result.error },
      );
    }, debounceMs);
    return () => {
      superseded = true;
      clearTimeout(timer);
    };
  }, [trimmed]);

  if (!trimmed) return { ...none, stale: false };
  return { ...answer, stale: answer.query !== trimmed };
};
