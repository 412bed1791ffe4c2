import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ApiError } from '../../../../electron/contract';

/** What the chart shows before the patient is on screen: opening, or why it could not open. */
export function ChartStatus({
  error,
  onRetry,
  onClose,
}: {
  error: ApiError | null;
  onRetry: () => void;
  onClose: () => void;
}) {
  if (!error) {
    return (
      <Group gap="xs" role="status">
        <Loader size="sm" aria-hidden />
        <Text size="sm">Opening the chart…</Text>
      </Group>
    );
  }
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={18} aria-hidden />}
      title="The chart could not be opened"
      role="alert"
    >
      <Text size="sm" mb="sm">
        {error.message}
      </Text>
      <Group gap="xs">
        {error.code !== 'NOT_FOUND' && error.code !== 'FORBIDDEN' && (
          <Button size="compact-sm" onClick={onRetry}>
            Try again
          </Button>
        )}
        <Button size="compact-sm" variant="default" onClick={onClose}>
          Close chart
        </Button>
      </Group>
    </Alert>
  );
}
