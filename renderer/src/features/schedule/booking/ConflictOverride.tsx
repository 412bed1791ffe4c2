import { Alert, Textarea } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';

interface ConflictOverrideProps {
  /** The server's warning, e.g. "Dr Ruiz already has Jane Doe at 09:00; this is during Lunch." */
  warning: string;
  reason: string;
  onReason: (reason: string) => void;
  error?: string | undefined;
}

/**
 * A booking or move over a warning (an overlap, outside hours, a break, a day off): the warning in
 * the server's words and the reason the user must give to go ahead, which the appointment keeps.
 */
export function ConflictOverride({ warning, reason, onReason, error }: ConflictOverrideProps) {
  return (
    <Alert color="orange" variant="light" title="Check this first" icon={<IconAlertTriangle size={18} aria-hidden />}>
      {warning}
      <Textarea
        mt="xs"
        label="Reason to book anyway"
        description="Kept with the appointment and shown as an override."
        required
        autosize
        minRows={2}
        value={reason}
        error={error}
        onChange={(event) => onReason(event.currentTarget.value)}
      />
    </Alert>
  );
}
