import { Button, Group, Text } from '@mantine/core';
import { IconLock, IconLogout } from '@tabler/icons-react';
import type { SessionDto } from '../../../electron/contract';
import { BackupIndicator } from '../features/backup';
import { PatientSearchButton } from '../features/patients';
import { MainNav } from './MainNav';
import { navigate, type Route } from './router';
import { lockNow, signOut } from './session-actions';
import { UserMenu } from './UserMenu';

export function TopBar({ session, route }: { session: SessionDto; route: Route }) {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="md" wrap="nowrap" miw={0}>
        <Text fw={700} truncate miw={0} maw={280} title={session.practiceName}>
          {session.practiceName}
        </Text>
        <MainNav route={route} permissions={session.permissions} />
      </Group>
      <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
        <BackupIndicator
          refreshKey={route.name}
          onOpen={session.permissions.includes('backup.manage') ? () => navigate({ name: 'backups' }) : undefined}
        />
        {session.permissions.includes('patients.read') ? <PatientSearchButton /> : null}
        <UserMenu session={session} />
        <Button
          variant="default"
          size="sm"
          leftSection={<IconLock size={16} aria-hidden />}
          onClick={() => void lockNow('user')}
        >
          Lock
        </Button>
        <Button
          variant="subtle"
          size="sm"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void signOut()}
        >
          Sign out
        </Button>
      </Group>
    </Group>
  );
}
