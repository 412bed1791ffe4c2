import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { BackupStatusDto } from '../../../../../electron/contract';
import { formatDateTime } from '../../../ui';
import { describeAge, hoursSince } from '../backup-format';
import { StatusMark } from './StatusMark';

type DestinationStatus = BackupStatusDto['destinations'][number];

/** The age of the last verified copy at one destination; red, with an icon and "Overdue", past 26 hours or when there is none. */
export function DestinationStatusCard({ entry, now }: { entry: DestinationStatus; now: Date }) {
  const { destination, lastVerifiedAt, ageHours, overdue, lastError } = entry;
  const hours = lastVerifiedAt ? (hoursSince(lastVerifiedAt, now) ?? ageHours) : null;
  return (
    <Paper
      withBorder
      p="sm"
      radius="md"
      style={overdue ? { borderColor: 'var(--mantine-color-red-7)', borderLeftWidth: 4 } : undefined}
    >
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" wrap="nowrap" gap="xs">
          <Stack gap={2} miw={0}>
            <Title order={3} size="h5">
              {destination.label}
            </Title>
            <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {destination.path}
            </Text>
          </Stack>
          <StatusMark tone={overdue ? 'problem' : 'ok'} label={overdue ? 'Overdue' : 'Up to date'} />
        </Group>
        {destination.offsite ? (
          <Badge variant="light" color="gray" w="fit-content">
            Removable or off-site
          </Badge>
        ) : null}
        <Text size="sm" fw={overdue ? 600 : undefined} c={overdue ? 'red.9' : undefined}>
          {hours !== null
            ? `Last verified backup ${describeAge(hours)}`
            : lastError
              ? 'No good backup here.'
              : 'No verified backup here yet.'}
        </Text>
        {lastVerifiedAt ? (
          <Text size="xs" c="dimmed">
            {formatDateTime(lastVerifiedAt)}
          </Text>
        ) : null}
        {lastError ? (
          <Text size="sm" c="red.9">
            Problem with the latest copy: {lastError}
          </Text>
        ) : null}
      </Stack>
    </Paper>
  );
}
