import { useCallback } from 'react';
import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';
import type { ImportDecision } from '../fhir/duplicate-decisions';
import type { ImportFile } from '../import-file';

/** Starts importing a FHIR bundle with one decision per patient; answers at once with the running job. */
export const useImportFhir = () =>
  usePendingAction(
    useCallback((file: ImportFile, decisions: ImportDecision[]) => api.exchange.importFhir({ file, decisions }), []),
  );
