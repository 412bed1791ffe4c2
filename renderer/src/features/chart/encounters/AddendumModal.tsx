import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { useState } from 'react';
import { FormAlert } from '../../../ui';

interface AddendumModalProps {
  pending: boolean;
  /** Resolves with the server's refusal, or null once the addendum is added. */
  onAdd: (text: string) => Promise<string | null>;
  onClose: () => void;
}

/** A correction or addition to a signed note: shown under the original, which never changes. */
export function AddendumModal({ pending, onAdd, onClose }: AddendumModalProps) {
  const [text, setText] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    if (!text.trim()) {
      setError('Type the addendum.');
      return;
    }
    setError(await onAdd(text));
  };
  return (
    <Modal opened onClose={onClose} centered size="lg" title="Add an addendum">
      <Stack gap="sm">
        <Text size="sm">
          The signed note stays exactly as it was signed. The addendum appears under it with your name and the time.
        </Text>
        <FormAlert title="Not added" message={error} />
        <Textarea
          label="Addendum"
          required
          autosize
          minRows={4}
          maxLength={20_000}
          value={text}
          onChange={(event) => setText(event.currentTarget.value)}
          onKeyDown={getHotkeyHandler([['mod+Enter', () => void add()]])}
          data-autofocus
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button onClick={() => void add()} loading={pending}>
            Add addendum
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
