import { Alert, Button, Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** A small spinner with what is being read: "Loading the history…". */
export function LoadingLine({ children }: { children: ReactNode }) {
  return (
    <Group gap="xs">
      <Loader size="xs" aria-hidden />
      <Text size="sm" c="dimmed">
        {children}
      </Text>
    </Group>
  );
}

interface LoadFailedProps {
  /** What could not be done: "The history could not be shown". */
  title: string;
  /** The server's message. */
  error: string;
  onRetry: () => void;
  /** Space below, where more of the panel follows the alert. */
  mb?: 'sm';
}

/** A failed read, the reason, and a way to try again without closing what is open. */
export function LoadFailed({ title, error, onRetry, mb }: LoadFailedProps) {
  return (
    <Alert color="red" variant="light" title={title} mb={mb}>
      <Group justify="space-between" gap="xs">
        <span>{error}</span>
        <Button size="compact-sm" variant="default" onClick={onRetry}>
          Try again
        </Button>
      </Group>
    </Alert>
  );
}
