import { Alert, Group, Loader, Modal, Stack, Table, Text } from '@mantine/core';
import type { LabTrendDto } from '../../../../../electron/contract';
import { VitalTrend } from '../vitals/VitalTrend';
import { LabFlagBadge } from './LabFlagBadge';
import { formatCollected, valueWithUnit } from './lab-text';
import { useLabTrend } from './use-labs';

type Point = LabTrendDto['points'][number];

/**
 * The chart plots the numeric results in the most recent result's unit (a lab that changed units
 * would otherwise draw a false jump); every result, whatever its unit or form, is in the table.
 */
const plotted = (points: Point[]) => {
  const latest = points.at(-1);
  const numeric = points.filter((p) => p.numericValue !== null && p.unit === latest?.unit);
  const withRange = [...numeric].reverse().find((p) => p.referenceLow !== null && p.referenceHigh !== null);
  return {
    unit: latest?.unit ?? '',
    points: numeric.map((p) => ({ at: p.observedAt, value: p.numericValue as number })),
    normal: withRange ? { low: withRange.referenceLow as number, high: withRange.referenceHigh as number } : undefined,
    left: points.length - numeric.length,
  };
};

/** One analyte over time: a line chart with the reference range as a band, and every result as a row. */
export function AnalyteTrendModal({
  patientId,
  analyte,
  onClose,
}: {
  patientId: number;
  analyte: string;
  onClose: () => void;
}) {
  const trend = useLabTrend(patientId, analyte);
  const data = trend.data;
  const chart = data ? plotted(data.points) : null;
  return (
    <Modal opened onClose={onClose} title={`Trend: ${data?.analyte ?? analyte}`} centered size="lg">
      {trend.loading && !data && (
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm">Loading results…</Text>
        </Group>
      )}
      {trend.error && (
        <Alert color="red" variant="light" title="The trend could not be shown">
          {trend.error}
        </Alert>
      )}
      {data && chart && (
        <Stack gap="sm">
          {chart.points.length > 0 ? (
            <VitalTrend points={chart.points} normal={chart.normal} label={data.analyte} unit={chart.unit} />
          ) : (
            <Text size="sm">No numeric results to draw.</Text>
          )}
          {chart.left > 0 && (
            <Text size="xs" c="dimmed">
              {chart.left} result{chart.left === 1 ? ' is' : 's are'} not drawn (text, or another unit) and listed
              below.
            </Text>
          )}
          <Table withTableBorder verticalSpacing={4} aria-label={`${data.analyte} results`}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Collected</Table.Th>
                <Table.Th>Result</Table.Th>
                <Table.Th>Flag</Table.Th>
                <Table.Th>Reference range</Table.Th>
                <Table.Th>Panel</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...data.points].reverse().map((point) => (
                <Table.Tr key={`${point.panelId}-${point.observedAt}`}>
                  <Table.Td>{formatCollected(point.observedAt)}</Table.Td>
                  <Table.Td>{valueWithUnit(point.value, point.unit)}</Table.Td>
                  <Table.Td>
                    <LabFlagBadge flag={point.flag} />
                  </Table.Td>
                  <Table.Td>{point.referenceRange}</Table.Td>
                  <Table.Td>{point.panelName}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </Modal>
  );
}
