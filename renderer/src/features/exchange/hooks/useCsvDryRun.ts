import { useCallback } from 'react';
import type { CsvMapping } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';
import { cleanMapping } from '../csv/csv-mapping';
import type { ImportFile } from '../import-file';

/**
 * Checks a CSV without writing anything: how it was read, its columns, and every row's problems.
 * Without a mapping the server proposes one from the headers.
 */
export const useCsvDryRun = () =>
  usePendingAction(
    useCallback(
      (file: ImportFile, mapping?: CsvMapping) =>
        api.exchange.csvDryRun(mapping ? { file, mapping: cleanMapping(mapping) } : { file }),
      [],
    ),
  );
