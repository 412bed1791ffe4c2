import { Alert, List, ScrollArea, Stack, Table, Text, Title } from '@mantine/core';
import type { CsvDryRunDto } from '../../../../../electron/contract';
import { csvFieldLabel } from './csv-mapping';
import { rowErrorText, sampleColumns } from './csv-report';

const count = (n: number, one: string, many: string): string => `${n.toLocaleString('en-US')} ${n === 1 ? one : many}`;

/** What the dry run found: the file's problems, each row's errors, likely duplicates, and the first rows as they will be saved. */
export function CsvDryRunReport({ report }: { report: CsvDryRunDto }) {
  const columns = sampleColumns(report.sample);
  return (
    <Stack gap="md">
      <Text size="sm">
        {count(report.rowCount, 'patient row', 'patient rows')} in <strong>{report.fileName}</strong>.
        {report.fileErrors.length === 0 && report.rowErrors.length === 0 ? ' No errors found.' : ''}
      </Text>

      {report.fileErrors.length > 0 ? (
        <Alert color="red" variant="light" title="Problems with the file">
          <List size="sm" spacing={2}>
            {report.fileErrors.map((error) => (
              <List.Item key={error}>{error}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}

      {report.rowErrors.length > 0 ? (
        <Stack gap="xs" component="section" aria-labelledby="csv-row-errors-heading">
          <Title order={3} size="h5" id="csv-row-errors-heading">
            Errors by row ({count(report.rowErrors.length, 'error', 'errors')})
          </Title>
          <Text size="sm" c="dimmed">
            Row numbers are as a spreadsheet shows them: the header is row 1.
          </Text>
          <ScrollArea.Autosize mah={360}>
            <Table striped withTableBorder aria-labelledby="csv-row-errors-heading">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Row</Table.Th>
                  <Table.Th scope="col">Field</Table.Th>
                  <Table.Th scope="col">Problem</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.rowErrors.map((error) => (
                  <Table.Tr key={`${error.row}-${error.field}-${error.message}`}>
                    <Table.Td>{error.row}</Table.Td>
                    <Table.Td>{csvFieldLabel(error.field)}</Table.Td>
                    <Table.Td>{rowErrorText(error)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea.Autosize>
        </Stack>
      ) : null}

      {report.possibleDuplicates.length > 0 ? (
        <Stack gap="xs" component="section" aria-labelledby="csv-duplicates-heading">
          <Title order={3} size="h5" id="csv-duplicates-heading">
            Possible duplicates ({report.possibleDuplicates.length.toLocaleString('en-US')})
          </Title>
          <Text size="sm" c="dimmed">
            These rows have the name and date of birth of a patient already here. They would be added as new charts;
            take the rows out of the file if they are the same people.
          </Text>
          <Table withTableBorder aria-labelledby="csv-duplicates-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Row</Table.Th>
                <Table.Th scope="col">Patient already here</Table.Th>
                <Table.Th scope="col">MRN</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.possibleDuplicates.map((duplicate) => (
                <Table.Tr key={`${duplicate.row}-${duplicate.patientId}`}>
                  <Table.Td>{duplicate.row}</Table.Td>
                  <Table.Td>{duplicate.name}</Table.Td>
                  <Table.Td>{duplicate.mrn}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      ) : null}

      {report.sample.length > 0 ? (
        <Stack gap="xs" component="section" aria-labelledby="csv-sample-heading">
          <Title order={3} size="h5" id="csv-sample-heading">
            {report.sample.length === 1
              ? 'The first row as it will be saved'
              : `The first ${report.sample.length} rows as they will be saved`}
          </Title>
          <ScrollArea>
            <Table withTableBorder fz="sm" aria-labelledby="csv-sample-heading">
              <Table.Thead>
                <Table.Tr>
                  {columns.map((column) => (
                    <Table.Th key={column} scope="col" style={{ whiteSpace: 'nowrap' }}>
                      {csvFieldLabel(column)}
                    </Table.Th>
                  ))}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {report.sample.map((row, index) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the sample's rows are the file's first rows, fixed for one report and never reordered.
                  <Table.Tr key={index}>
                    {columns.map((column) => (
                      <Table.Td key={column}>{row[column] ?? ''}</Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollArea>
        </Stack>
      ) : null}
    </Stack>
  );
}
