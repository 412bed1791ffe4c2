import { useCallback } from 'react';
import type { InputOf, ProblemFields } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { usePendingAction, useResource } from '../../../ui';

/** The open chart's problem list: active, resolved and retired. */
export const useProblemList = (patientId: number) => useResource(() => api.problems.list({ patientId }));

/**
 * Every problem write for the patient whose chart is open. The patient id is fixed when the chart
 * opens and sent with each call, so the server refuses a change to a problem on another chart.
 */
export const useProblemWrites = (patientId: number) => {
  const add = usePendingAction(
    useCallback((problem: ProblemFields) => api.problems.add({ patientId, problem }), [patientId]),
  );
  const update = usePendingAction(
    useCallback(
      (input: Omit<InputOf<'problems.update'>, 'patientId'>) => api.problems.update({ ...input, patientId }),
      [patientId],
    ),
  );
  const retire = usePendingAction(
    useCallback(
      (problemId: number, reason: string) => api.problems.retire({ patientId, problemId, reason }),
      [patientId],
    ),
  );
  return { add, update, retire };
};
