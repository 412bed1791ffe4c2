import { useCallback } from 'react';
import type { SocialHistoryFields } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { usePendingAction, useResource } from '../../../ui';
import { useChartItemWrites } from '../items/use-chart-item-writes';

/** The open chart's family history: current entries and retired ones. */
export const useFamilyHistoryList = (patientId: number) => useResource(() => api.familyHistory.list({ patientId }));

export const useFamilyHistoryWrites = (patientId: number) => useChartItemWrites(patientId, api.familyHistory);

/** The open chart's social history record, null until someone records it. */
export const useSocialHistory = (patientId: number) => useResource(() => api.socialHistory.get({ patientId }));

/** Saves the social history as the user edited it: null when there was none yet (the first save creates it). */
export const useSaveSocialHistory = (patientId: number) =>
  usePendingAction(
    useCallback(
      (expectedVersion: number | null, item: SocialHistoryFields) =>
        api.socialHistory.save({ patientId, expectedVersion, item }),
      [patientId],
    ),
  );
