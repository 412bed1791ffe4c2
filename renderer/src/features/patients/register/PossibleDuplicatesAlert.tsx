import { Alert, Text } from '@mantine/core';
import { IconUsers } from '@tabler/icons-react';
import type { PatientSummary } from '../../../../../electron/contract';
import { DuplicateCandidates } from './DuplicateCandidates';

interface PossibleDuplicatesAlertProps {
  candidates: PatientSummary[];
  onOpenExisting: (patientId: number) => void;
}

/** The early warning while typing: this name and date of birth are already on file. */
export function PossibleDuplicatesAlert({ candidates, onOpenExisting }: PossibleDuplicatesAlertProps) {
  if (candidates.length === 0) return null;
  return (
    <Alert
      color="yellow"
      variant="light"
      icon={<IconUsers size={18} aria-hidden />}
      title="This patient may already be registered"
      role="status"
    >
      <Text size="sm" mb="xs">
        {candidates.length === 1 ? 'A patient' : `${candidates.length} patients`} with this name and date of birth{' '}
        {candidates.length === 1 ? 'is' : 'are'} already on file. Open the existing chart rather than registering the
        same person twice.
      </Text>
      <DuplicateCandidates candidates={candidates} onOpenExisting={onOpenExisting} />
    </Alert>
  );
}
