import { Button, Group, Menu } from '@mantine/core';
import { IconChevronDown, IconHome, IconUserPlus } from '@tabler/icons-react';
import type { Permission } from '../../../electron/contract';
import { navigate, type Route } from './router';
import { mayOpen, routeInfo } from './routes';

type AdminRoute = Extract<Route['name'], 'users' | 'audit' | 'backups' | 'practice' | 'note-templates'>;
const adminRoutes: readonly AdminRoute[] = ['users', 'audit', 'backups', 'practice', 'note-templates'];

interface MainNavProps {
  route: Route;
  permissions: readonly Permission[];
}

/** Only what the role may use is shown (a convenience: the server refuses the rest anyway). */
export function MainNav({ route, permissions }: MainNavProps) {
  const may = (name: Route['name']) => mayOpen(name, permissions);
  const current = (name: Route['name']) => (route.name === name ? 'page' : undefined);
  const visibleAdmin = adminRoutes.filter(may);
  const inAdmin = visibleAdmin.some((name) => name === route.name);

  return (
    <Group component="nav" aria-label="Main" gap={4} wrap="nowrap">
      <Button
        size="compact-sm"
        variant={route.name === 'home' ? 'light' : 'subtle'}
        leftSection={<IconHome size={16} aria-hidden />}
        aria-current={current('home')}
        onClick={() => navigate({ name: 'home' })}
      >
        Home
      </Button>
      {may('register-patient') ? (
        <Button
          size="compact-sm"
          variant={route.name === 'register-patient' ? 'light' : 'subtle'}
          leftSection={<IconUserPlus size={16} aria-hidden />}
          aria-current={current('register-patient')}
          onClick={() => navigate({ name: 'register-patient' })}
        >
          Register patient
        </Button>
      ) : null}
      {visibleAdmin.length > 0 ? (
        <Menu position="bottom-start" width={220}>
          <Menu.Target>
            <Button
              size="compact-sm"
              variant={inAdmin ? 'light' : 'subtle'}
              rightSection={<IconChevronDown size={14} aria-hidden />}
            >
              Administration
            </Button>
          </Menu.Target>
          <Menu.Dropdown>
            {visibleAdmin.map((name) => (
              <Menu.Item key={name} aria-current={current(name)} onClick={() => navigate({ name } as Route)}>
                {routeInfo[name].title}
              </Menu.Item>
            ))}
          </Menu.Dropdown>
        </Menu>
      ) : null}
    </Group>
  );
}
