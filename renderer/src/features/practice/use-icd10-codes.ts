import { useCallback } from 'react';
import { api } from '../../platform';
import { usePendingAction, useResource } from '../../ui';

/** Which ICD-10-CM codes problems are picked from: the starter set or an imported CMS file. */
export const useIcd10Source = () => useResource(() => api.codes.icd10Source({}));

/** Imports the CMS ICD-10-CM code file in place of the current codes: all of it, or nothing. */
export const useImportIcd10 = () =>
  usePendingAction(
    useCallback((fileName: string, contentBase64: string) => api.codes.importIcd10({ fileName, contentBase64 }), []),
  );
