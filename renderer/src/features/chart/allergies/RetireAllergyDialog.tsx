import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { type AllergyDto, type Result, retireReasons } from '../../../../../electron/contract';
import { FormAlert } from '../../../ui';
import { type RetireReason, retireReasonText } from './allergy-text';

interface RetireAllergyDialogProps {
  allergy: AllergyDto;
  pending: boolean;
  onRetire: (reason: string) => Promise<Result<AllergyDto>>;
  onClose: () => void;
  onRetired: () => void;
}

const reasonLabel = (reason: RetireReason): string =>
  reason === 'other' ? 'Other (type the reason)' : reason.charAt(0).toUpperCase() + reason.slice(1);

/** Retiring keeps the allergy and its history; the reason is required and shown in the retired list. */
export function RetireAllergyDialog({ allergy, pending, onRetire, onClose, onRetired }: RetireAllergyDialogProps) {
  const [picked, setPicked] = useState<RetireReason | null>(null);
  const [typed, setTyped] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const reason = retireReasonText(picked, typed);
    if (!reason) {
      setMissing(picked === 'other' ? 'Type the reason for retiring this allergy.' : 'Pick a reason.');
      return;
    }
    setMissing(null);
    const result = await onRetire(reason);
    if (result.ok) onRetired();
    else setServerError(result.error.message);
  };

  return (
    <Modal opened onClose={onClose} title={`Retire allergy: ${allergy.substance}`} centered>
      <form noValidate onSubmit={submit} aria-label="Retire allergy">
        <Stack gap="sm">
          <Text size="sm">
            The allergy leaves the active list and the banner. It stays in the retired list with its history.
          </Text>
          <FormAlert title="Not retired" message={serverError} />
          <Radio.Group
            label="Reason"
            required
            value={picked ?? ''}
            onChange={(value) => {
              setPicked(value as RetireReason);
              setMissing(null);
            }}
            error={picked === 'other' ? null : missing}
          >
            <Stack gap={6} mt={6}>
              {retireReasons.map((reason, index) => (
                <Radio
                  key={reason}
                  value={reason}
                  label={reasonLabel(reason)}
                  data-autofocus={index === 0 || undefined}
                />
              ))}
            </Stack>
          </Radio.Group>
          {picked === 'other' && (
            <Textarea
              label="Reason in your words"
              required
              autosize
              minRows={2}
              maxLength={300}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              error={missing}
            />
          )}
          <Group justify="flex-end" gap="xs">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={pending}>
              Retire allergy
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
