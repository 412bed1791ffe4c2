import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { AppointmentDto } from '../../../../../electron/contract';
import { FormAlert } from '../../../ui';
import { useCancelAppointment } from '../hooks/use-appointment-changes';
import { formatLongDay } from '../model/calendar-dates';
import { type ChangeScope, SeriesScope } from './SeriesScope';

interface CancelDialogProps {
  appointment: AppointmentDto;
  onCancelled: () => void;
  onClose: () => void;
}

/** Cancelling with a reason (kept with the appointment); the slot is free again at once. */
export function CancelDialog({ appointment, onCancelled, onClose }: CancelDialogProps) {
  const [reason, setReason] = useState('');
  const [scope, setScope] = useState<ChangeScope>('this');
  const [reasonError, setReasonError] = useState<string | undefined>();
  const [error, setError] = useState<string | null>(null);
  const { cancel, pending } = useCancelAppointment();
  const submit = async () => {
    if (!reason.trim()) {
      setReasonError('Say why the appointment is cancelled, e.g. "Patient called: feeling better".');
      return;
    }
    setReasonError(undefined);
    const result = await cancel({ appointmentId: appointment.id, expectedVersion: appointment.version, reason, scope });
    if (result.ok) onCancelled();
    else if (result.error.field?.endsWith('reason')) setReasonError(result.error.message);
    else setError(result.error.message);
  };
  return (
    <Modal opened onClose={onClose} title="Cancel the appointment" centered>
      <Stack gap="sm">
        <Text size="sm">
          {appointment.patientName}, {appointment.typeName}, {formatLongDay(appointment.date)} at {appointment.start}.
        </Text>
        {appointment.seriesId !== null ? <SeriesScope value={scope} onChange={setScope} verb="cancel" /> : null}
        <Textarea
          label="Reason for cancelling"
          required
          autosize
          minRows={2}
          data-autofocus
          value={reason}
          error={reasonError}
          onChange={(event) => setReason(event.currentTarget.value)}
        />
        <FormAlert title="Not cancelled" message={error} />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={pending}>
            Keep the appointment
          </Button>
          <Button color="red.8" loading={pending} onClick={() => void submit()}>
            Cancel appointment
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
