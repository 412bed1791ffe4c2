import { type CsvDryRunDto, csvFieldLabels, csvFields } from '../../../../../electron/contract';

/**
 * The sample's columns in the mapping's field order (a column may be named by the field or by its
 * label), then anything else the server sent; columns empty in every sampled row are left out.
 */
export const sampleColumns = (sample: CsvDryRunDto['sample']): string[] => {
  const filled: string[] = [];
  for (const row of sample)
    for (const [column, value] of Object.entries(row))
      if (value !== '' && !filled.includes(column)) filled.push(column);
  const ordered = csvFields.flatMap((field) =>
    [field, csvFieldLabels[field]].filter(
      (column, index, both) => filled.includes(column) && both.indexOf(column) === index,
    ),
  );
  return [...ordered, ...filled.filter((column) => !ordered.includes(column))];
};

/**
 * A row error's message without the "Row 3, Date of birth: " the server puts in front of it, which the
 * table already shows in its own columns. Messages about the row as a whole stay whole.
 */
export const rowErrorText = (error: CsvDryRunDto['rowErrors'][number]): string => {
  const prefix = `Row ${error.row}, ${error.field}: `;
  if (!error.message.startsWith(prefix)) return error.message;
  const rest = error.message.slice(prefix.length);
  return rest.charAt(0).toUpperCase() + rest.slice(1);
};
