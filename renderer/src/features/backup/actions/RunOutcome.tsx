import { Alert, List, Stack, Text } from '@mantine/core';
import type { BackupRunDto } from '../../../../../electron/contract';
import {
  copyStatusText,
  formatBytes,
  formatDuration,
  runOutcomeSummary,
  runStatusText,
  splitPath,
  toneColor,
} from '../backup-format';
import { StatusMark } from '../status/StatusMark';

const runTitles: Record<BackupRunDto['status'], string> = {
  succeeded: 'Backup made and verified',
  partial: 'The backup did not reach every destination',
  failed: 'The backup failed',
  running: 'The backup is still running',
};

/** What "Back up now" did: the run's status and, per destination, the verified file or the reason it failed. */
export function RunOutcome({ run, onClose }: { run: BackupRunDto; onClose: () => void }) {
  const status = runStatusText[run.status];
  return (
    <Alert
      color={toneColor[status.tone]}
      variant="light"
      withCloseButton
      closeButtonLabel="Dismiss the backup result"
      onClose={onClose}
      title={runTitles[run.status]}
    >
      <Stack gap="xs">
        <Text size="sm">
          {runOutcomeSummary(run)}
          {run.sizeBytes > 0 ? ` Size ${formatBytes(run.sizeBytes)}, took ${formatDuration(run.durationMs)}.` : ''}
        </Text>
        {run.copies.length > 0 ? (
          <List size="sm" spacing={6} listStyleType="none" withPadding={false}>
            {run.copies.map((copy) => {
              const copyStatus = copyStatusText[copy.status];
              return (
                <List.Item key={copy.id}>
                  <Stack gap={0}>
                    <StatusMark
                      tone={copyStatus.tone}
                      label={`${copy.destinationLabel || 'Destination'}: ${copyStatus.label}`}
                    />
                    {copy.status === 'verified' ? (
                      <Text size="xs" ff="monospace" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                        {splitPath(copy.path).name} in {splitPath(copy.path).folder}
                      </Text>
                    ) : null}
                    {copy.error ? <Text size="sm">{copy.error}</Text> : null}
                  </Stack>
                </List.Item>
              );
            })}
          </List>
        ) : null}
        {run.error && run.copies.every((copy) => !copy.error) ? <Text size="sm">{run.error}</Text> : null}
      </Stack>
    </Alert>
  );
}
