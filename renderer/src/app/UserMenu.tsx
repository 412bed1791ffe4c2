import { Button, Menu, Stack, Text } from '@mantine/core';
import { IconChevronDown, IconKey } from '@tabler/icons-react';
import { roleLabels, type SessionDto } from '../../../electron/contract';
import { navigate } from './router';

/** Who is signed in (every action is recorded against them) and their own account settings. */
export function UserMenu({ session }: { session: SessionDto }) {
  return (
    <Menu position="bottom-end" width={220}>
      <Menu.Target>
        <Button
          variant="subtle"
          color="dark"
          size="compact-sm"
          h="auto"
          py={2}
          rightSection={<IconChevronDown size={14} aria-hidden />}
        >
          <Stack gap={0} align="flex-end">
            <Text size="sm" fw={600} lh={1.2}>
              {session.user.fullName}
            </Text>
            <Text size="xs" c="dimmed" lh={1.2}>
              {roleLabels[session.user.role]}
            </Text>
          </Stack>
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>Signed in as {session.user.username}</Menu.Label>
        <Menu.Item
          leftSection={<IconKey size={16} aria-hidden />}
          onClick={() => navigate({ name: 'change-password' })}
        >
          Change password
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
