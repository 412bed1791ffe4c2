import { Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Result } from '../../../../../electron/contract';
import { FormAlert } from '../../../ui';
import { retireReasonLabel, retireReasonText } from './item-text';

interface RetireItemDialogProps {
  /** What kind of item, in words: "allergy", "problem". */
  noun: string;
  /** The item's name, for the title. */
  name: string;
  /** What retiring does to this kind of item. */
  explanation: string;
  /** The reasons to pick from; "other" asks for the reason in words. */
  reasons: readonly string[];
  pending: boolean;
  onRetire: (reason: string) => Promise<Result<unknown>>;
  onClose: () => void;
  onRetired: () => void;
}

/** Retiring keeps the item and its history; the reason is required and shown in the retired list. */
export function RetireItemDialog({
  noun,
  name,
  explanation,
  reasons,
  pending,
  onRetire,
  onClose,
  onRetired,
}: RetireItemDialogProps) {
  const [picked, setPicked] = useState<string | null>(null);
  const [typed, setTyped] = useState('');
  const [missing, setMissing] = useState<string | null>(null);
  const [serverError, setServerError] = useState<string | null>(null);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setServerError(null);
    const reason = retireReasonText(picked, typed);
    if (!reason) {
      setMissing(picked === 'other' ? `Type the reason for retiring this ${noun}.` : 'Pick a reason.');
      return;
    }
    setMissing(null);
    const result = await onRetire(reason);
    if (result.ok) onRetired();
    else setServerError(result.error.message);
  };

  return (
    <Modal opened onClose={onClose} title={`Retire ${noun}: ${name}`} centered>
      <form noValidate onSubmit={submit} aria-label={`Retire ${noun}`}>
        <Stack gap="sm">
          <Text size="sm">{explanation}</Text>
          <FormAlert title="Not retired" message={serverError} />
          <Radio.Group
            label="Reason"
            required
            value={picked ?? ''}
            onChange={(value) => {
              setPicked(value);
              setMissing(null);
            }}
            error={picked === 'other' ? null : missing}
          >
            <Stack gap={6} mt={6}>
              {reasons.map((reason, index) => (
                <Radio
                  key={reason}
                  value={reason}
                  label={retireReasonLabel(reason)}
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
              Retire {noun}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
