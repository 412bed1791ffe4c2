import { useCallback } from 'react';
import { api } from '../../../platform';
import { usePendingAction, useResource } from '../../../ui';
import { useChartItemWrites } from '../items/use-chart-item-writes';

/** The open chart's medication list: current, stopped or completed, retired, and the last review. */
export const useMedicationList = (patientId: number) => useResource(() => api.medications.list({ patientId }));

/** Add, edit, stop and retire medications on the open chart, and record "reviewed today". */
export const useMedicationWrites = (patientId: number) => {
  const writes = useChartItemWrites(patientId, api.medications);
  const markReviewed = usePendingAction(useCallback(() => api.medications.markReviewed({ patientId }), [patientId]));
  return { ...writes, markReviewed };
};
