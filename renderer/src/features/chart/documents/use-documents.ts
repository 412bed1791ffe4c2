import { useCallback } from 'react';
import type { DocumentFields } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { readAsBase64, usePendingAction, useResource } from '../../../ui';

/** The open chart's documents, newest document date first, and the retired ones. */
export const useDocumentList = (patientId: number) => useResource(() => api.documents.list({ patientId }));

/**
 * Import, edit and retire documents on the open chart. The patient id is fixed when the chart opens
 * and sent with each call, so the server refuses a change to a document on another chart.
 */
export const useDocumentWrites = (patientId: number) => {
  const importFile = usePendingAction(
    useCallback(
      async (file: File, item: DocumentFields) =>
        api.documents.import({ patientId, item, file: { name: file.name, contentBase64: await readAsBase64(file) } }),
      [patientId],
    ),
  );
  const update = usePendingAction(
    useCallback(
      (itemId: number, expectedVersion: number, item: DocumentFields) =>
        api.documents.update({ patientId, itemId, expectedVersion, item }),
      [patientId],
    ),
  );
  const retire = usePendingAction(
    useCallback((itemId: number, reason: string) => api.documents.retire({ patientId, itemId, reason }), [patientId]),
  );
  return { importFile, update, retire };
};
