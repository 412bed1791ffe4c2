import { useCallback } from 'react';
import type { AllergyFields } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { usePendingAction, useResource } from '../../../ui';

/** The open chart's allergy list: active, retired, and whether "no known allergies" was recorded. */
export const useAllergyList = (patientId: number) => useResource(() => api.allergies.list({ patientId }));

/**
 * Every allergy write for the patient whose chart is open. The patient id is fixed when the chart
 * opens and sent with each call, so the server refuses a change to an allergy on another chart.
 */
export const useAllergyWrites = (patientId: number) => {
  const add = usePendingAction(
    useCallback((allergy: AllergyFields) => api.allergies.add({ patientId, allergy }), [patientId]),
  );
  // The same arguments as every other chart item's update, so the shared form pieces serve allergies too.
  const update = usePendingAction(
    useCallback(
      (allergyId: number, expectedVersion: number, allergy: AllergyFields) =>
        api.allergies.update({ patientId, allergyId, expectedVersion, allergy }),
      [patientId],
    ),
  );
  const retire = usePendingAction(
    useCallback(
      (allergyId: number, reason: string) => api.allergies.retire({ patientId, allergyId, reason }),
      [patientId],
    ),
  );
  const markNoKnown = usePendingAction(useCallback(() => api.allergies.markNoKnown({ patientId }), [patientId]));
  return { add, update, retire, markNoKnown };
};
