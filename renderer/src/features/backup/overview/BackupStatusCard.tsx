import { Button, Card, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { IconDatabaseExport } from '@tabler/icons-react';
import { describeAge, hoursSince } from '../backup-format';
import { useBackupStatus } from '../backup-store';
import { StatusMark } from '../status/StatusMark';
import { useNow } from '../useNow';

/** The office manager's Home card: each destination's last verified backup, in one glance. */
export function BackupStatusCard({ onOpen }: { onOpen: () => void }) {
  const { status, error, loading } = useBackupStatus();
  const now = useNow();
  return (
    <Card withBorder padding="md" radius="md">
      <Stack gap="xs" h="100%" justify="space-between">
        <Stack gap={6}>
          <Title order={2} size="h4">
            Backups
          </Title>
          {error ? (
            <Text size="sm" c="red.9">
              {error}
            </Text>
          ) : null}
          {!status && loading ? <Loader size="xs" aria-label="Loading the backup status" /> : null}
          {status && status.destinations.length === 0 ? (
            <StatusMark tone="problem" label="No destination set: nothing is backed up" />
          ) : null}
          {status?.destinations.map((entry) => {
            const hours = entry.lastVerifiedAt ? hoursSince(entry.lastVerifiedAt, now) : null;
            return (
              <Group key={entry.destination.id} gap="xs" justify="space-between" wrap="nowrap" align="flex-start">
                <Stack gap={0} miw={0}>
                  <Text size="sm" fw={600} truncate>
                    {entry.destination.label}
                  </Text>
                  <Text size="xs" c={entry.overdue ? 'red.9' : 'dimmed'}>
                    {hours !== null
                      ? `Last verified ${describeAge(hours)}`
                      : entry.lastError
                        ? 'No good backup here'
                        : 'No verified backup yet'}
                  </Text>
                </Stack>
                <StatusMark
                  tone={entry.overdue ? 'problem' : 'ok'}
                  label={entry.overdue ? 'Overdue' : 'Up to date'}
                  size="xs"
                />
              </Group>
            );
          })}
          {status && status.alerts.length > 0 ? (
            <Text size="xs" c="red.9" fw={600}>
              {status.alerts.length === 1
                ? '1 problem needs attention.'
                : `${status.alerts.length} problems need attention.`}
            </Text>
          ) : null}
        </Stack>
        <div>
          <Button variant="default" leftSection={<IconDatabaseExport size={16} aria-hidden />} onClick={onOpen}>
            Open backups
          </Button>
        </div>
      </Stack>
    </Card>
  );
}
