import { Alert, Checkbox, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AppointmentDto } from '../../../../electron/contract';
import { newRecallDraft, RecallFields, recallInput, recallProblem, useSetRecall } from '../recalls';
import { FlowDialog } from './FlowDialog';
import type { StepSubmit } from './step';

interface CheckOutDialogProps {
  appointment: AppointmentDto;
  providers: { value: string; label: string }[];
  onSubmit: StepSubmit;
  onClose: () => void;
}

/**
 * Checkout, with the recall set at the same desk: "see us again in 3 months for a diabetes review".
 * The visit is checked out first; if the recall is then refused, the dialog stays open to fix it alone.
 */
export function CheckOutDialog({ appointment, providers, onSubmit, onClose }: CheckOutDialogProps) {
  const setRecall = useSetRecall();
  const [withRecall, setWithRecall] = useState(false);
  const [draft, setDraft] = useState(() => newRecallDraft(appointment.providerId));
  const [checkedOut, setCheckedOut] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = async () => {
    const recall = withRecall ? recallInput(appointment.patientId, draft, appointment.id) : null;
    const problem = recall ? recallProblem(recall) : null;
    if (problem) {
      setError(problem);
      return;
    }
    setPending(true);
    setError(null);
    if (!checkedOut) {
      const refused = await onSubmit({ status: 'checked-out' });
      if (refused) {
        setPending(false);
        setError(refused);
        return;
      }
      setCheckedOut(true);
    }
    if (recall) {
      const result = await setRecall(recall);
      if (!result.ok) {
        setPending(false);
        setError(`The recall was not saved: ${result.error.message}`);
        return;
      }
    }
    setPending(false);
    onClose();
  };

  return (
    <FlowDialog
      title={`Check out ${appointment.patientName}`}
      confirmLabel={checkedOut ? 'Save the recall' : withRecall ? 'Check out and set the recall' : 'Check out'}
      pending={pending}
      error={error}
      onConfirm={() => void submit()}
      onClose={onClose}
    >
      <Stack gap="sm">
        {checkedOut ? (
          <Alert color="teal" variant="light">
            {appointment.patientName} is checked out. Fix the recall and save it, or cancel to skip it.
          </Alert>
        ) : (
          <Text size="sm">
            {appointment.start} {appointment.typeName}. Does the patient need to come back?
          </Text>
        )}
        <Checkbox
          label="Set a recall"
          checked={withRecall}
          disabled={checkedOut}
          onChange={(event) => setWithRecall(event.currentTarget.checked)}
        />
        {withRecall ? (
          <RecallFields draft={draft} onChange={setDraft} providers={providers} disabled={pending} />
        ) : null}
      </Stack>
    </FlowDialog>
  );
}
