import { NativeSelect, SimpleGrid } from '@mantine/core';
import {
  type CsvField,
  type CsvMapping,
  csvFieldLabels,
  csvFields,
  requiredCsvFields,
} from '../../../../../electron/contract';

interface ColumnMappingProps {
  columns: readonly string[];
  mapping: CsvMapping;
  disabled: boolean;
  onChange: (mapping: CsvMapping) => void;
}

/** For each field Chartroom keeps, the file's column that fills it; the required four are marked. */
export function ColumnMapping({ columns, mapping, disabled, onChange }: ColumnMappingProps) {
  const choose = (field: CsvField, column: string) => onChange({ ...mapping, [field]: column || undefined });
  return (
    <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm" verticalSpacing="xs">
      {csvFields.map((field) => {
        const required = requiredCsvFields.includes(field);
        const value = mapping[field] ?? '';
        return (
          <NativeSelect
            key={field}
            label={csvFieldLabels[field]}
            withAsterisk={required}
            disabled={disabled}
            value={value}
            onChange={(event) => choose(field, event.currentTarget.value)}
            error={required && !value ? 'Choose the column that holds it.' : undefined}
            data={[
              { value: '', label: required ? 'Choose a column…' : '(not in this file)' },
              ...columns.map((column) => ({ value: column, label: column })),
            ]}
          />
        );
      })}
    </SimpleGrid>
  );
}
