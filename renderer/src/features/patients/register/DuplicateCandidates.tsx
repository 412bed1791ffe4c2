import { Button, Table, VisuallyHidden } from '@mantine/core';
import type { PatientSummary } from '../../../../../electron/contract';
import { formatDate } from '../model/dates';
import { patientListName } from '../model/names';

interface DuplicateCandidatesProps {
  candidates: PatientSummary[];
  onOpenExisting: (patientId: number) => void;
  /** Puts focus on the first "Open existing" button, the safest answer to a duplicate warning. */
  focusFirst?: boolean;
}

/** Patients who may be the one being registered, each with a way to open their chart instead. */
export function DuplicateCandidates({ candidates, onOpenExisting, focusFirst = false }: DuplicateCandidatesProps) {
  return (
    <Table striped withTableBorder verticalSpacing={4} fz="sm">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>Name</Table.Th>
          <Table.Th>Date of birth</Table.Th>
          <Table.Th>MRN</Table.Th>
          <Table.Th>Phone</Table.Th>
          <Table.Th>
            <VisuallyHidden>Action</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {candidates.map((candidate, index) => (
          <Table.Tr key={candidate.id}>
            <Table.Td fw={600}>{patientListName(candidate)}</Table.Td>
            <Table.Td>{formatDate(candidate.birthDate)}</Table.Td>
            <Table.Td ff="monospace">{candidate.mrn}</Table.Td>
            <Table.Td>{candidate.phone}</Table.Td>
            <Table.Td ta="right">
              <Button
                size="compact-sm"
                variant="light"
                onClick={() => onOpenExisting(candidate.id)}
                aria-label={`Open existing chart: ${patientListName(candidate)}, MRN ${candidate.mrn}`}
                data-autofocus={focusFirst && index === 0 ? true : undefined}
              >
                Open existing
              </Button>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
