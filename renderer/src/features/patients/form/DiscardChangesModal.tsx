import { Button, Group, Modal, Text } from '@mantine/core';

interface DiscardChangesModalProps {
  opened: boolean;
  what: string;
  onKeep: () => void;
  onDiscard: () => void;
}

/** Asks before throwing typed input away; "Keep editing" has focus, so Enter is the safe answer. */
export function DiscardChangesModal({ opened, what, onKeep, onDiscard }: DiscardChangesModalProps) {
  return (
    <Modal opened={opened} onClose={onKeep} title="Discard your changes?" size="sm" centered>
      <Text size="sm">The {what} you typed will be lost. This cannot be undone.</Text>
      <Group justify="flex-end" mt="md" gap="xs">
        <Button variant="default" onClick={onKeep} data-autofocus>
          Keep editing
        </Button>
        <Button color="red" onClick={onDiscard}>
          Discard
        </Button>
      </Group>
    </Modal>
  );
}
