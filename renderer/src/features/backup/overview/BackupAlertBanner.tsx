import { Alert, Button, List, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { dismissLoginAlert, useBackupStatus, useLoginAlertDismissed } from '../backup-store';

/**
 * The alert the office manager sees on Home after signing in when a backup failed, is overdue or a
 * copy is damaged. Closing it hides these problems until they change or the office manager signs out.
 */
export function BackupAlertBanner({ onOpen }: { onOpen: () => void }) {
  const { status } = useBackupStatus();
  const alerts = status?.alerts ?? [];
  const dismissed = useLoginAlertDismissed(alerts);
  if (alerts.length === 0 || dismissed) return null;
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={alerts.length === 1 ? 'Backups need attention' : `Backups need attention: ${alerts.length} problems`}
      withCloseButton
      closeButtonLabel="Hide this backup alert"
      onClose={() => dismissLoginAlert(alerts)}
      mb="md"
    >
      <Stack gap="xs" align="flex-start">
        <List size="sm" spacing={4}>
          {alerts.map((alert) => (
            <List.Item key={alert}>{alert}</List.Item>
          ))}
        </List>
        <Button size="compact-sm" color="red" onClick={onOpen}>
          Open the Backups page
        </Button>
      </Stack>
    </Alert>
  );
}
