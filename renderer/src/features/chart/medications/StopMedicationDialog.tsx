import { Button, Group, Modal, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { type MedicationDto, type MedicationFields, type Result, today } from '../../../../../electron/contract';
import { FormAlert } from '../../../ui';
import { drugLabel } from './medication-text';

interface StopMedicationDialogProps {
  medication: MedicationDto;
  pending: boolean;
  /** Saves the medication with its new status and stop date, every other field as it was. */
  onStop: (change: Pick<MedicationFields, 'status' | 'stopDate'>) => Promise<Result<unknown>>;
  onClose: () => void;
  onStopped: () => void;
}

/**
 * The quick "Stop": the medication leaves the current list with a stop date (today unless changed)
 * and stays on the chart as stopped, or completed when a course was finished.
 */
export function StopMedicationDialog({ medication, pending, onStop, onClose, onStopped }: StopMedicationDialogProps) {
  const [stopDate, setStopDate] = useState(today());
  const [status, setStatus] = useState<'stopped' | 'completed'>('stopped');
  const [error, setError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setError(null);
    const result = await onStop({ status, stopDate: stopDate.trim() });
    if (result.ok) onStopped();
    else setError(result.error.message);
  };

  return (
    <Modal opened onClose={onClose} title={`Stop medication: ${drugLabel(medication)}`} centered>
      <form noValidate onSubmit={submit} aria-label="Stop medication">
        <Stack gap="sm">
          <Text size="sm">
            The medication leaves the current list and stays on the chart with its stop date. Use Edit to change
            anything else.
          </Text>
          <FormAlert title="Not stopped" message={error} />
          <TextInput
            label="Stop date"
            description="YYYY-MM-DD; today or earlier."
            required
            data-autofocus
            maxLength={10}
            value={stopDate}
            onChange={(event) => setStopDate(event.currentTarget.value)}
          />
          <Radio.Group
            label="Why it ended"
            value={status}
            onChange={(value) => setStatus(value === 'completed' ? 'completed' : 'stopped')}
          >
            <Group gap="md" mt={4}>
              <Radio value="stopped" label="Stopped" />
              <Radio value="completed" label="Course completed" />
            </Group>
          </Radio.Group>
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" color="orange" loading={pending}>
              Stop medication
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
