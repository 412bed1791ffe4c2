import { describe, expect, it } from 'vitest';
import type { CsvDryRunDto } from '../../../electron/contract';
import {
  cleanMapping,
  csvFieldLabel,
  csvImportReadiness,
  sameMapping,
} from '../../../renderer/src/features/exchange/csv/csv-mapping';

const mapping = { familyName: 'Last', givenName: 'First', birthDate: 'DOB', sex: 'Gender' };
const report = (fields: Partial<CsvDryRunDto> = {}): CsvDryRunDto => ({
  fileName: 'legacy.csv',
  encoding: 'UTF-8',
  columns: ['Last', 'First', 'DOB', 'Gender', 'Phone'],
  mapping,
  rowCount: 3,
  fileErrors: [],
  rowErrors: [],
  possibleDuplicates: [],
  sample: [],
  ...fields,
});

describe('mappings', () => {
  it('drops unmapped fields and compares what is left', () => {
    expect(cleanMapping({ ...mapping, phoneHome: '', email: undefined })).toEqual(mapping);
    expect(sameMapping({ ...mapping, phoneHome: '' }, mapping)).toBe(true);
    expect(sameMapping({ ...mapping, phoneHome: 'Phone' }, mapping)).toBe(false);
    expect(sameMapping({ ...mapping, sex: 'DOB' }, mapping)).toBe(false);
  });

  it("labels a field the way staff know it and passes the server's other words through", () => {
    expect(csvFieldLabel('birthDate')).toBe('Date of birth');
    expect(csvFieldLabel('mrn')).toBe('Legacy chart number');
    expect(csvFieldLabel('Row')).toBe('Row');
  });
});

describe('csvImportReadiness', () => {
  it('is ready for a clean file checked with the mapping on screen', () => {
    expect(csvImportReadiness(report(), mapping)).toEqual({ ready: true, patients: 3 });
  });

  it('is ready with possible duplicates, which are warnings, not errors', () => {
    const duplicates = [{ row: 2, patientId: 7, mrn: '100007', name: 'Muñoz, Inés' }];
    expect(csvImportReadiness(report({ possibleDuplicates: duplicates }), mapping).ready).toBe(true);
  });

  it('waits for a new check once the mapping changed', () => {
    expect(csvImportReadiness(report(), { ...mapping, phoneHome: 'Phone' })).toEqual({
      ready: false,
      reason: 'The mapping changed: press "Check again" to check the file with it first.',
    });
  });

  it('refuses while the file or any row has an error, counting rows once', () => {
    expect(csvImportReadiness(report({ fileErrors: ['No column holds Sex.'] }), mapping).ready).toBe(false);
    const rowErrors = [
      { row: 2, field: 'birthDate', message: 'Enter the date of birth as YYYY-MM-DD.' },
      { row: 2, field: 'sex', message: 'Sex is missing.' },
      { row: 4, field: 'sex', message: 'Sex is missing.' },
    ];
    expect(csvImportReadiness(report({ rowErrors }), mapping)).toEqual({
      ready: false,
      reason:
        '2 rows have errors. Correct the file (or the mapping) and check again; nothing is imported until every row is right.',
    });
  });

  it('refuses a file with a header and no rows', () => {
    expect(csvImportReadiness(report({ rowCount: 0 }), mapping).ready).toBe(false);
  });
});
