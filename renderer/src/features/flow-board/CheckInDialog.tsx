import { Checkbox, Group, Loader, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { AppointmentDto } from '../../../../electron/contract';
import { api } from '../../platform';
import { useResource } from '../../ui';
import { FlowDialog } from './FlowDialog';
import type { StepSubmit } from './step';

/** Check-in: the front desk reads the insurance on file back to the patient and ticks it confirmed. */
export function CheckInDialog({
  appointment,
  onSubmit,
  onClose,
}: {
  appointment: AppointmentDto;
  onSubmit: StepSubmit;
  onClose: () => void;
}) {
  const patient = useResource(() => api.patients.get({ patientId: appointment.patientId }));
  const [confirmed, setConfirmed] = useState(false);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const insurance = patient.data?.insurance ?? null;

  const submit = async () => {
    setPending(true);
    const problem = await onSubmit({ status: 'arrived', insuranceConfirmed: insurance !== null && confirmed });
    setPending(false);
    if (problem) setError(problem);
    else onClose();
  };

  return (
    <FlowDialog
      title={`Check in ${appointment.patientName}`}
      confirmLabel="Check in"
      pending={pending}
      error={error ?? patient.error}
      onConfirm={() => void submit()}
      onClose={onClose}
    >
      <Stack gap="xs">
        <Text size="sm">
          {appointment.start} {appointment.typeName}. Born {appointment.patientBirthDate}, MRN {appointment.patientMrn}.
        </Text>
        <Text size="sm" fw={600}>
          Insurance on file
        </Text>
        {patient.loading && !patient.data ? (
          <Group gap="xs">
            <Loader size="xs" aria-hidden />
            <Text size="sm" c="dimmed">
              Reading the insurance on file…
            </Text>
          </Group>
        ) : insurance ? (
          <>
            <Text size="sm" data-testid="insurance-on-file">
              {insurance.payerName}
              {insurance.planName ? `, ${insurance.planName}` : ''} · Member ID {insurance.memberId}
              {insurance.groupNumber ? ` · Group ${insurance.groupNumber}` : ''}
            </Text>
            <Checkbox
              label="Insurance confirmed with the patient"
              checked={confirmed}
              onChange={(event) => setConfirmed(event.currentTarget.checked)}
            />
          </>
        ) : patient.data ? (
          <Text size="sm" c="dimmed">
            No insurance on file (self-pay). Add it in the patient's demographics if they have a card.
          </Text>
        ) : null}
      </Stack>
    </FlowDialog>
  );
}
