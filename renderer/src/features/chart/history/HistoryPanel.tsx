import { Divider, Paper, Stack, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import type { HistoryLoad } from '../hooks/use-patient-history';
import { LoadFailed, LoadingLine } from '../LoadStatus';
import { HistoryEntryItem } from './HistoryEntryItem';

/** Who changed the patient's demographics, when, and what changed; newest first. */
export function HistoryPanel({ load, onRetry }: { load: HistoryLoad; onRetry: () => void }) {
  return (
    <Paper component="section" aria-labelledby="history-title" withBorder p="sm" radius="sm">
      <Title order={2} size="h4" id="history-title" mb="sm">
        Change history
      </Title>
      {load.status === 'loading' && <LoadingLine>Loading the history…</LoadingLine>}
      {load.status === 'failed' && (
        <LoadFailed title="The history could not be shown" error={load.error.message} onRetry={onRetry} />
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
