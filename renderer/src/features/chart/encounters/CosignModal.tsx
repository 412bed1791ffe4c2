import { Button, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { FormAlert } from '../../../ui';

interface CosignModalProps {
  /** Physicians who may co-sign (the signed-in user already left out). */
  physicians: readonly { id: number; fullName: string }[];
  pending: boolean;
  onSend: (cosignerId: number) => Promise<string | null>;
  onClose: () => void;
}

/** Send the note to a named physician; only they can co-sign it. */
export function CosignModal({ physicians, pending, onSend, onClose }: CosignModalProps) {
  const [picked, setPicked] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const send = async () => {
    if (!picked) {
      setError('Pick the physician who will co-sign.');
      return;
    }
    setError(await onSend(Number(picked)));
  };
  return (
    <Modal opened onClose={onClose} centered title="Send for co-signature">
      <Stack gap="sm">
        <Text size="sm">The note is saved as it is and waits for this physician, who reads it and signs it.</Text>
        <FormAlert title="Not sent" message={error} />
        <Select
          label="Co-signer"
          required
          data={physicians.map((p) => ({ value: String(p.id), label: p.fullName }))}
          value={picked}
          onChange={setPicked}
          nothingFoundMessage="No other active physician"
          data-autofocus
        />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onClose} disabled={pending}>
            Cancel
          </Button>
          <Button onClick={() => void send()} loading={pending}>
            Send for co-signature
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
