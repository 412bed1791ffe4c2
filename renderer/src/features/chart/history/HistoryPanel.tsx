import { Alert, Button, Divider, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import type { HistoryLoad } from '../hooks/use-patient-history';
import { HistoryEntryItem } from './HistoryEntryItem';

/** Who changed the patient's demographics, when, and what changed; newest first. */
export function HistoryPanel({ load, onRetry }: { load: HistoryLoad; onRetry: () => void }) {
  return (
    <Paper component="section" aria-labelledby="history-title" withBorder p="sm" radius="sm">
      <Title order={2} size="h4" id="history-title" mb="sm">
        Change history
      </Title>
      {load.status === 'loading' && (
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            Loading the history…
          </Text>
        </Group>
      )}
      {load.status === 'failed' && (
        <Alert color="red" variant="light" title="The history could not be shown">
          <Group justify="space-between" gap="xs">
            <span>{load.error.message}</span>
            <Button size="compact-sm" variant="default" onClick={onRetry}>
              Try again
            </Button>
          </Group>
        </Alert>
      )}
      {load.status === 'ready' && load.entries.length === 0 && (
        <Text size="sm" c="dimmed">
          No saved versions yet.
        </Text>
      )}
      {load.status === 'ready' && load.entries.length > 0 && (
        <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }}>
          {load.entries.map((entry, index) => (
            <Fragment key={entry.version}>
              {index > 0 && <Divider component="li" aria-hidden />}
              <HistoryEntryItem entry={entry} />
            </Fragment>
          ))}
        </Stack>
      )}
    </Paper>
  );
}
