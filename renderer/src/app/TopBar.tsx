import { ActionIcon, Button, Group, Text, Tooltip } from '@mantine/core';
import { IconLock, IconLogout } from '@tabler/icons-react';
import type { SessionDto } from '../../../electron/contract';
import { BackupIndicator } from '../features/backup';
import { PatientSearchButton } from '../features/patients';
import { MainNav } from './MainNav';
import { navigate, type Route } from './router';
import { lockNow, signOut } from './session-actions';
import { UserMenu } from './UserMenu';

const tooltipEvents = { hover: true, focus: true, touch: false };

export function TopBar({ session, route }: { session: SessionDto; route: Route }) {
  return (
    <Group h="100%" px="md" justify="space-between" wrap="nowrap" gap="md">
      <Group gap="md" wrap="nowrap" miw={0}>
        {/* Below 1200 px the bar has no room for the name (it is on the Home page); the navigation comes first. */}
        <Text fw={700} truncate miw={0} maw={280} title={session.practiceName} visibleFrom="lg">
          {session.practiceName}
        </Text>
        <MainNav route={route} permissions={session.permissions} />
      </Group>
      {/* In a window under 1200 px, Lock and Sign out are icons (named, with tooltips) so everything fits at 1024 px. */}
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
          visibleFrom="lg"
          leftSection={<IconLock size={16} aria-hidden />}
          onClick={() => void lockNow('user')}
        >
          Lock
        </Button>
        <Tooltip label="Lock" events={tooltipEvents}>
          <ActionIcon
            variant="default"
            size={36}
            hiddenFrom="lg"
            aria-label="Lock"
            onClick={() => void lockNow('user')}
          >
            <IconLock size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
        <Button
          variant="subtle"
          size="sm"
          visibleFrom="lg"
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => void signOut()}
        >
          Sign out
        </Button>
        <Tooltip label="Sign out" events={tooltipEvents}>
          <ActionIcon variant="subtle" size={36} hiddenFrom="lg" aria-label="Sign out" onClick={() => void signOut()}>
            <IconLogout size={18} aria-hidden />
          </ActionIcon>
        </Tooltip>
      </Group>
    </Group>
  );
}
