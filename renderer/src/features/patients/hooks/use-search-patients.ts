import { useEffect, useLayoutEffect, useState } from 'react';
import type { ApiError, PatientSummary, searchKinds } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { searchPaint } from '../../../ui';

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
const none: Answer = { query: '', kind: 'empty', results: [], interpretation: '', error: null };

/**
 * Call from the search box's input event: a keystroke that changes what is searched for starts the
 * "keystroke to results painted" timing, which `useSearchPatients` finishes when that text's answer shows.
 */
export const markSearchKeystroke = (typed: string, before: string): void => {
  const searched = typed.trim();
  if (searched && searched !== before.trim()) searchPaint.start(searched);
};

/**
 * Finds patients as the user types: every keystroke asks at once (a search is a few milliseconds of
 * database time even at 100,000 patients, and ARCHITECTURE.md section 9 gives keystroke to results
 * painted 100 ms), keeps the previous results on screen (marked stale) until new ones arrive, and drops
 * any answer that arrives after the query changed, so a slow response can never replace results for
 * the text the user has typed since.
 */
export const useSearchPatients = (query: string): PatientSearchState => {
  const [answer, setAnswer] = useState<Answer>(none);
  const trimmed = query.trim();

  useEffect(() => {
    if (!trimmed) return;
    let superseded = false;
    void api.patients.search({ query: trimmed, limit: searchLimit }).then((result) => {
      if (superseded) return;
      setAnswer(
        result.ok ? { query: trimmed, ...result.value, error: null } : { ...none, query: trimmed, error: result.error },
      );
    });
    return () => {
      superseded = true;
    };
  }, [trimmed]);

  // Layout effect: runs once this answer is in the DOM, before the paint that shows it.
  useLayoutEffect(() => {
    if (answer.query && !answer.error) searchPaint.finish(answer.query);
  }, [answer]);

  if (!trimmed) return { ...none, stale: false };
  return { ...answer, stale: answer.query !== trimmed };
};
