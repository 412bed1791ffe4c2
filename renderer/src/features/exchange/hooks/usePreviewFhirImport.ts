import { useCallback } from 'react';
import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';
import type { ImportFile } from '../import-file';

/** Reads a FHIR bundle without writing anything: its patients, their entries, and who they may already be. */
export const usePreviewFhirImport = () =>
  usePendingAction(useCallback((file: ImportFile) => api.exchange.previewFhirImport({ file }), []));
