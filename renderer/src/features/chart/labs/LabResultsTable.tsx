import { Anchor, Table, Text } from '@mantine/core';
import type { LabObservationDto } from '../../../../../electron/contract';
import { LabFlagBadge } from './LabFlagBadge';
import { valueWithUnit } from './lab-text';

interface LabResultsTableProps {
  /** The table's accessible name: the panel and when it was collected. */
  label: string;
  observations: LabObservationDto[];
  /** Opens an analyte's trend; without it analyte names are plain text (the import preview). */
  onTrend?: (analyte: string) => void;
}

/** One panel's results: abnormal ones carry an icon and a word, and their row is emphasised. */
export function LabResultsTable({ label, observations, onTrend }: LabResultsTableProps) {
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table withTableBorder verticalSpacing={4} aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Analyte</Table.Th>
            <Table.Th>Result</Table.Th>
            <Table.Th>Flag</Table.Th>
            <Table.Th>Reference range</Table.Th>
            <Table.Th>Note</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {observations.map((row) => (
            <Table.Tr key={row.analyte} fw={row.flag ? 600 : undefined}>
              <Table.Td>
                {onTrend ? (
                  <Anchor
                    component="button"
                    type="button"
                    size="sm"
                    aria-label={`Trend of ${row.analyte}`}
                    onClick={() => onTrend(row.analyte)}
                  >
                    {row.analyte}
                  </Anchor>
                ) : (
                  row.analyte
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-line' }}>{valueWithUnit(row.value, row.unit)}</Table.Td>
              <Table.Td>
                <LabFlagBadge flag={row.flag} />
              </Table.Td>
              <Table.Td>{row.referenceRange ? valueWithUnit(row.referenceRange, row.unit) : ''}</Table.Td>
              <Table.Td>
                <Text size="xs" style={{ whiteSpace: 'pre-line' }}>
                  {row.comment}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
