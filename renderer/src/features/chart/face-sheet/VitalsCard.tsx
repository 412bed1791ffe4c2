import { Group, Stack, Table, Text } from '@mantine/core';
import { IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import {
  abnormalFlag,
  ageInYears,
  bmi,
  type DisplayUnits,
  type FaceSheetDto,
  formatVital,
  inDisplayUnits,
  normalRangeFor,
  type VitalMeasure,
  vitalDefinitions,
} from '../../../../../electron/contract';
import { formatDateTime } from '../../../ui';
import { useDisplayUnits } from '../vitals/use-vitals';
import { VitalTrend } from '../vitals/VitalTrend';
import { FaceSheetCard } from './FaceSheetCard';

type VitalSet = FaceSheetDto['vitals'][number];
const shown: VitalMeasure[] = ['systolic', 'diastolic', 'heartRate', 'temperatureC', 'spo2', 'weightKg', 'bmi', 'pain'];

const storedValue = (set: VitalSet, key: VitalMeasure): number | null =>
  key === 'bmi' ? bmi(set.values.heightCm, set.values.weightKg) : set.values[key];

/** The latest vital signs, each with its flag in words and a small trend of the sets before it. */
export function VitalsCard({
  vitals,
  birthDate,
  onOpen,
}: {
  vitals: FaceSheetDto['vitals'];
  birthDate: string;
  onOpen: () => void;
}) {
  const units = useDisplayUnits();
  const latest = vitals[0];
  return (
    <FaceSheetCard title="Latest vitals" onOpen={onOpen}>
      {!latest ? (
        <Text size="sm" c="dimmed">
          No vitals recorded.
        </Text>
      ) : (
        <Stack gap={4}>
          <Text size="xs" c="dimmed">
            Taken {formatDateTime(latest.takenAt)}
          </Text>
          <Table verticalSpacing={2} aria-label="Latest vitals">
            <Table.Tbody>
              {shown.map((key) => {
                const value = storedValue(latest, key);
                return value === null ? null : (
                  <VitalRow key={key} measure={key} value={value} vitals={vitals} units={units} birthDate={birthDate} />
                );
              })}
            </Table.Tbody>
          </Table>
        </Stack>
      )}
    </FaceSheetCard>
  );
}

function VitalRow(props: {
  measure: VitalMeasure;
  value: number;
  vitals: FaceSheetDto['vitals'];
  units: DisplayUnits;
  birthDate: string;
}) {
  const { measure, value, vitals, units } = props;
  const age = ageInYears(props.birthDate);
  const flag = abnormalFlag(measure, value, age);
  const definition = vitalDefinitions[measure];
  const normal = normalRangeFor(measure, age);
  const display = (stored: number) => inDisplayUnits(measure, stored, units).value;
  const points = vitals.flatMap((set) => {
    const stored = storedValue(set, measure);
    return stored === null ? [] : [{ at: set.takenAt, value: display(stored) }];
  });
  return (
    <Table.Tr>
      <Table.Td>
        <Text size="sm">{definition.label}</Text>
      </Table.Td>
      <Table.Td>
        <Group gap={4} wrap="nowrap">
          <Text size="sm" fw={flag ? 700 : 400}>
            {formatVital(measure, value, units)}
          </Text>
          {flag && (
            <Text span size="xs" fw={700} c="red.8">
              {flag === 'high' ? <IconArrowUp size={12} aria-hidden /> : <IconArrowDown size={12} aria-hidden />}
              {flag === 'high' ? 'High' : 'Low'}
            </Text>
          )}
        </Group>
      </Table.Td>
      <Table.Td w={130}>
        {points.length > 1 && (
          <VitalTrend
            compact
            points={points}
            normal={normal ? { low: display(normal.low), high: display(normal.high) } : undefined}
            label={definition.label}
            unit={inDisplayUnits(measure, value, units).unit}
          />
        )}
      </Table.Td>
    </Table.Tr>
  );
}
