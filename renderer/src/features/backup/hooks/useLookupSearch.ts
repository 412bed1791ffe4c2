import { useEffect, useState } from 'react';
import type { ApiError, PatientSummary } from '../../../../../electron/contract';
import { api } from '../../../platform';

interface Answer {
  query: string;
  interpretation: string;
  results: PatientSummary[];
  error: ApiError | null;
}

export interface LookupSearchState extends Answer {
  /** The shown results answer older text than what is typed now. */
  stale: boolean;
}

const debounceMs = 200;
const none: Answer = { query: '', interpretation: '', results: [], error: null };

/**
 * Searches the open backup as the user types, after a short pause; an answer that arrives after the
 * text changed is dropped, so results always belong to what is in the box.
 */
export function useLookupSearch(lookupId: string, query: string): LookupSearchState {
  const [answer, setAnswer] = useState<Answer>(none);
  const trimmed = query.trim();

  useEffect(() => {
    if (!trimmed) return;
    let superseded = false;
    const timer = setTimeout(async () => {
      const result = await api.restore.lookupSearch({ lookupId, query: trimmed });
      if (superseded) return;
      setAnswer(
        result.ok ? { query: trimmed, ...result.value, error: null } : { ...none, query: trimmed, error: result.error },
      );
    }, debounceMs);
    return () => {
      superseded = true;
      clearTimeout(timer);
    };
  }, [lookupId, trimmed]);

  if (!trimmed) return { ...none, stale: false };
  return { ...answer, stale: answer.query !== trimmed };
}
