import { Button, Group } from '@mantine/core';
import type { ReactNode } from 'react';

interface ItemActionsProps {
  /** The item as a screen reader should hear it in each button: "Edit Lisinopril 10 mg". */
  name: string;
  canWrite: boolean;
  retired: boolean;
  onEdit?: () => void;
  onRetire?: () => void;
  onHistory: () => void;
  /** Kind-specific actions (Resolve, Stop), placed between Edit and Retire. */
  children?: ReactNode;
}

/** Edit, retire and history for one chart item row: the same buttons, words and order in every panel. */
export function ItemActions({ name, canWrite, retired, onEdit, onRetire, onHistory, children }: ItemActionsProps) {
  const writable = canWrite && !retired;
  return (
    <Group gap={4} justify="flex-end" wrap="nowrap">
      {writable && onEdit && (
        <Button size="compact-xs" variant="subtle" aria-label={`Edit ${name}`} onClick={onEdit}>
          Edit
        </Button>
      )}
      {writable && children}
      {writable && onRetire && (
        <Button size="compact-xs" variant="subtle" color="red" aria-label={`Retire ${name}`} onClick={onRetire}>
          Retire
        </Button>
      )}
      <Button size="compact-xs" variant="subtle" color="gray" aria-label={`History of ${name}`} onClick={onHistory}>
        History
      </Button>
    </Group>
  );
}
