import { Button, Group, Text, Tooltip, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconCloudCheck, IconCloudOff } from '@tabler/icons-react';
import { type BackupIndicatorValue, useBackupIndicator } from '../hooks/useBackupIndicator';

const looks: Record<
  BackupIndicatorValue['state'],
  { Icon: typeof IconCloudCheck; color: string; short: string | null }
> = {
  ok: { Icon: IconCloudCheck, color: 'green.9', short: null },
  attention: { Icon: IconAlertTriangle, color: 'orange.9', short: 'Backups need attention' },
  'not-configured': { Icon: IconCloudOff, color: 'gray.7', short: 'Backups not set up' },
};

/** The office manager is the one with the details, so their tooltip says where to find them instead. */
const managerMessages: Record<BackupIndicatorValue['state'], string> = {
  ok: 'Backups are up to date. Open the Backups page.',
  attention: 'Backups need attention. Open the Backups page for the details.',
  'not-configured': 'Backups are not set up yet. Open the Backups page to add a destination.',
};

interface BackupIndicatorProps {
  /** Ask again when this changes (the app passes the current page). */
  refreshKey: string;
  /** For the office manager: open the Backups page. Others see the state only, no details. */
  onOpen?: () => void;
}

/**
 * The quiet backup state in the top bar, for every role: an icon when all is well, a few words when
 * not, and the server's one-line message as a tooltip and for screen readers.
 */
export function BackupIndicator({ refreshKey, onOpen }: BackupIndicatorProps) {
  const indicator = useBackupIndicator(refreshKey);
  if (!indicator) return null;
  const { Icon, color, short } = looks[indicator.state];
  const message = onOpen ? managerMessages[indicator.state] : indicator.message;
  const content = (
    <Group gap={4} wrap="nowrap" c={color}>
      <Icon size={18} aria-hidden style={{ flexShrink: 0 }} />
      {short ? (
        <Text span size="xs" fw={600} c="inherit" aria-hidden visibleFrom="xl">
          {short}
        </Text>
      ) : null}
      <VisuallyHidden>{message}</VisuallyHidden>
    </Group>
  );
  return (
    <Tooltip label={message} multiline maw={280} withArrow events={{ hover: true, focus: true, touch: false }}>
      {onOpen ? (
        <Button
          variant="subtle"
          color="gray"
          size="compact-sm"
          px={6}
          onClick={onOpen}
          data-backup-indicator={indicator.state}
        >
          {content}
        </Button>
      ) : (
        <Group gap={0} px={6} data-backup-indicator={indicator.state}>
          {content}
        </Group>
      )}
    </Tooltip>
  );
}
