import { Table, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import type { DisplayUnits, VitalMeasure, VitalsDto } from '../../../../../electron/contract';
import { formatDateTime } from '../../../ui';
import { ItemTable } from '../items/ItemTable';
import { VitalValue } from './VitalValue';
import { type Flag, shownUnit, shownValue } from './vitals-display';

interface VitalsTableProps {
  sets: readonly VitalsDto[];
  units: DisplayUnits;
  birthDate: string;
  /** Edit, retire and history for one set. */
  actions: (set: VitalsDto) => ReactNode;
}

const columns: { key: VitalMeasure; label: string }[] = [
  { key: 'heartRate', label: 'HR' },
  { key: 'respiratoryRate', label: 'RR' },
  { key: 'temperatureC', label: 'Temp' },
  { key: 'spo2', label: 'SpO2' },
  { key: 'heightCm', label: 'Height' },
  { key: 'weightKg', label: 'Weight' },
  { key: 'bmi', label: 'BMI' },
  { key: 'headCircumferenceCm', label: 'Head circ.' },
  { key: 'pain', label: 'Pain' },
];

/** The worse of the two blood pressure flags: high if either number is high. */
const pressureFlag = (systolic: Flag, diastolic: Flag): Flag =>
  systolic === 'high' || diastolic === 'high' ? 'high' : (systolic ?? diastolic);

/** Every set, newest first, one row each; abnormal values are bold, red, and say "High" or "Low". */
export function VitalsTable({ sets, units, birthDate, actions }: VitalsTableProps) {
  // Head circumference is a column only when some set has one (children under 3).
  const shown = columns.filter(
    (column) => column.key !== 'headCircumferenceCm' || sets.some((set) => set.headCircumferenceCm != null),
  );
  return (
    <ItemTable
      label="Vital signs, newest first"
      minWidth={1000}
      columns={[
        'Taken',
        'BP (mmHg)',
        ...shown.map((column) => `${column.label} (${shownUnit(column.key, units)})`),
        'Comment',
      ]}
    >
      {sets.map((set) => {
        const systolic = shownValue(set, 'systolic', units, birthDate);
        const diastolic = shownValue(set, 'diastolic', units, birthDate);
        return (
          <Table.Tr key={set.id}>
            <Table.Td miw={110}>
              <Text span size="sm" fw={600}>
                {formatDateTime(set.takenAt)}
              </Text>
            </Table.Td>
            <Table.Td>
              {systolic && diastolic && (
                <VitalValue
                  text={`${systolic.text}/${diastolic.text}`}
                  flag={pressureFlag(systolic.flag, diastolic.flag)}
                />
              )}
            </Table.Td>
            {shown.map((column) => {
              const value = shownValue(set, column.key, units, birthDate);
              return (
                <Table.Td key={column.key}>{value && <VitalValue text={value.text} flag={value.flag} />}</Table.Td>
              );
            })}
            <Table.Td>
              <Text span size="sm">
                {set.comment}
              </Text>
            </Table.Td>
            <Table.Td>{actions(set)}</Table.Td>
          </Table.Tr>
        );
      })}
    </ItemTable>
  );
}
