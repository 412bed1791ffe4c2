import { Anchor, Table, Text } from '@mantine/core';
import { type PatientSummary, sexLabels } from '../../../../../electron/contract';
import { ageText, formatDate, patientName, preferredNameOf } from '../../patients';

interface LookupResultsProps {
  results: PatientSummary[];
  stale: boolean;
  onOpen: (patient: PatientSummary) => void;
}

/** Patients found in the backup; each name opens that patient's read-only details. */
export function LookupResults({ results, stale, onOpen }: LookupResultsProps) {
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table
        striped
        highlightOnHover
        verticalSpacing={4}
        fz="sm"
        aria-label="Patients found in the backup"
        aria-busy={stale}
        style={stale ? { opacity: 0.6 } : undefined}
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Date of birth</Table.Th>
            <Table.Th scope="col">Sex</Table.Th>
            <Table.Th scope="col">MRN</Table.Th>
            <Table.Th scope="col">Phone</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {results.map((patient) => {
            const preferred = preferredNameOf(patient);
            const age = ageText(patient.birthDate);
            return (
              <Table.Tr key={patient.id}>
                <Table.Td>
                  <Anchor component="button" type="button" fw={600} onClick={() => onOpen(patient)}>
                    {patientName(patient)}
                    {preferred ? ` (${preferred})` : ''}
                  </Anchor>
                </Table.Td>
                <Table.Td>
                  {formatDate(patient.birthDate)}
                  {age ? (
                    <Text span size="xs" c="dimmed">
                      {' '}
                      ({age})
                    </Text>
                  ) : null}
                </Table.Td>
                <Table.Td>{sexLabels[patient.sex]}</Table.Td>
                <Table.Td ff="monospace">{patient.mrn}</Table.Td>
                <Table.Td>{patient.phone}</Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
