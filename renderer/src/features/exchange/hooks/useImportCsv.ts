import { useCallback } from 'react';
import type { CsvMapping } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';
import { cleanMapping } from '../csv/csv-mapping';
import type { ImportFile } from '../import-file';

/** Starts saving a checked CSV's patients, all or none, in one transaction; answers at once with the running job. */
export const useImportCsv = () =>
  usePendingAction(
    useCallback(
      (file: ImportFile, mapping: CsvMapping) => api.exchange.importCsv({ file, mapping: cleanMapping(mapping) }),
      [],
    ),
  );
