import {
  type CsvDryRunDto,
  type CsvField,
  type CsvMapping,
  csvFieldLabels,
  csvFields,
} from '../../../../../electron/contract';

/** A mapping without its unmapped fields: what the server receives, and what two mappings are compared by. */
export const cleanMapping = (mapping: CsvMapping): CsvMapping =>
  Object.fromEntries(csvFields.flatMap((field) => (mapping[field] ? [[field, mapping[field]]] : [])));

export const sameMapping = (a: CsvMapping, b: CsvMapping): boolean => {
  const left = cleanMapping(a);
  const right = cleanMapping(b);
  return csvFields.every((field) => left[field] === right[field]);
};

/** A row error's field as staff know it: the field's label when the server names a field, else its words. */
export const csvFieldLabel = (field: string): string =>
  (csvFields as readonly string[]).includes(field) ? csvFieldLabels[field as CsvField] : field;

export type CsvImportReadiness = { ready: true; patients: number } | { ready: false; reason: string };

/**
 * Whether the checked file may be imported with the mapping on screen: no error in the file or any
 * row, at least one row, and the mapping exactly the one the dry run checked.
 */
export const csvImportReadiness = (report: CsvDryRunDto, mappingOnScreen: CsvMapping): CsvImportReadiness => {
  if (!sameMapping(report.mapping, mappingOnScreen))
    return { ready: false, reason: 'The mapping changed: press "Check again" to check the file with it first.' };
  if (report.fileErrors.length > 0)
    return { ready: false, reason: 'Fix the problems with the file above, then check again.' };
  if (report.rowErrors.length > 0) {
    const rows = new Set(report.rowErrors.map((error) => error.row)).size;
    return {
      ready: false,
      reason: `${rows.toLocaleString('en-US')} ${rows === 1 ? 'row has' : 'rows have'} errors. Correct the file (or the mapping) and check again; nothing is imported until every row is right.`,
    };
  }
  if (report.rowCount === 0) return { ready: false, reason: 'The file has no patient rows under its header.' };
  return { ready: true, patients: report.rowCount };
};
