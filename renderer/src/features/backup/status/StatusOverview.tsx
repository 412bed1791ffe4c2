import { Alert, Group, List, Loader, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconBulb, IconClock, IconRestore } from '@tabler/icons-react';
import type { BackupStatusDto } from '../../../../../electron/contract';
import { formatDateTime } from '../../../ui';
import { useNow } from '../useNow';
import { DestinationStatusCard } from './DestinationStatusCard';
import { StatusMark } from './StatusMark';

interface StatusOverviewProps {
  status: BackupStatusDto;
  /** A backup started from this page is running; the page shows its progress itself. */
  runningHere: boolean;
  scheduleTime: string | null;
}

/** Status at a glance: problems first, then each destination's last verified copy, the schedule and the drill. */
export function StatusOverview({ status, runningHere, scheduleTime }: StatusOverviewProps) {
  const now = useNow();
  // A run started from this page has its own progress message above; this one is for runs started elsewhere.
  const runningElsewhere = status.running && !runningHere;
  return (
    <Stack gap="sm">
      {status.alerts.length > 0 ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle aria-hidden />}
          title={status.alerts.length === 1 ? 'A backup problem needs attention' : 'Backup problems need attention'}
        >
          <List size="sm" spacing={4}>
            {status.alerts.map((alert) => (
              <List.Item key={alert}>{alert}</List.Item>
            ))}
          </List>
        </Alert>
      ) : null}
      {status.warnings.map((warning) => (
        <Alert key={warning} color="yellow" variant="light" icon={<IconBulb aria-hidden />} title="Advice">
          {warning}
        </Alert>
      ))}
      {runningElsewhere ? (
        <Alert color="blue" variant="light" icon={<Loader size={18} aria-hidden />} title="A backup is running">
          It is copied and checked at every destination. You can keep working; Chartroom stays usable while it runs.
        </Alert>
      ) : null}
      {status.destinations.length > 0 ? (
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
          {status.destinations.map((entry) => (
            <DestinationStatusCard key={entry.destination.id} entry={entry} now={now} />
          ))}
        </SimpleGrid>
      ) : null}
      <Group gap="xl" wrap="wrap" align="flex-start">
        <Stack gap={2}>
          <Title order={3} size="h6">
            Next nightly backup
          </Title>
          <Group gap={6} wrap="nowrap">
            <IconClock size={16} aria-hidden />
            <Text size="sm">
              {status.destinations.length === 0
                ? `Nightly${scheduleTime ? ` at ${scheduleTime}` : ''}, once a destination is added`
                : status.nextScheduledAt
                  ? formatDateTime(status.nextScheduledAt)
                  : 'Not scheduled'}
            </Text>
          </Group>
        </Stack>
        <Stack gap={2} maw={560}>
          <Title order={3} size="h6">
            Last restore drill
          </Title>
          {status.lastDrill ? (
            <>
              <Group gap="xs" wrap="wrap">
                <StatusMark
                  tone={status.lastDrill.ok ? 'ok' : 'problem'}
                  label={status.lastDrill.ok ? 'Passed' : 'Failed'}
                />
                <Text size="sm" c="dimmed">
                  {formatDateTime(status.lastDrill.at)}
                </Text>
              </Group>
              <Text size="sm">{status.lastDrill.detail}</Text>
            </>
          ) : (
            <Group gap={6} wrap="nowrap" align="flex-start">
              <IconRestore size={16} aria-hidden style={{ flexShrink: 0, marginTop: 2 }} />
              <Text size="sm" c="dimmed">
                None yet. Every week Chartroom restores the newest backup into a sandbox and checks it.
              </Text>
            </Group>
          )}
        </Stack>
      </Group>
    </Stack>
  );
}
