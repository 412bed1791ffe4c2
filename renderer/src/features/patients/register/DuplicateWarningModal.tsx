import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { type PatientSummary, registerInputSchema } from '../../../../../electron/contract';
import { DuplicateCandidates } from './DuplicateCandidates';

// The contract's own rule for the reason, so the message here is the server's.
const overrideSchema = registerInputSchema.shape.duplicateOverride.unwrap();

interface DuplicateWarningModalProps {
  candidates: PatientSummary[] | null;
  submitting: boolean;
  /** A message from the server about the override itself, shown under the reason. */
  serverError: string | null;
  onOpenExisting: (patientId: number) => void;
  onRegisterAnyway: (reason: string) => void;
  onBack: () => void;
}

/**
 * The server found likely duplicates when registering. The user either opens an existing chart or
 * registers anyway with a reason the record keeps (e.g. "twins", "different person, same name and DOB").
 */
export function DuplicateWarningModal(props: DuplicateWarningModalProps) {
  const { candidates, submitting, serverError, onOpenExisting, onRegisterAnyway, onBack } = props;
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const confirm = () => {
    const parsed = overrideSchema.safeParse({ reason });
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'Enter the reason.');
      return;
    }
    setError(null);
    onRegisterAnyway(parsed.data.reason);
  };

  return (
    <Modal opened={candidates !== null} onClose={onBack} title="This patient may already be registered" size="xl">
      <Stack gap="sm">
        <Text size="sm">
          Chartroom found patients with the same name and date of birth. Open the existing chart if it is the same
          person. Register a new patient only if you are sure it is someone else.
        </Text>
        <DuplicateCandidates candidates={candidates ?? []} onOpenExisting={onOpenExisting} focusFirst />
        <Textarea
          label="Reason for registering anyway"
          description="Kept with the new record, e.g. twins, or a different person with the same name and date of birth."
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={error ?? serverError}
          withAsterisk
          autosize
          minRows={2}
          maxRows={5}
        />
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            Back to the form
          </Button>
          <Button color="orange" onClick={confirm} loading={submitting}>
            Register anyway
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
