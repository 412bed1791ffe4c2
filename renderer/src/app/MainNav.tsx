import { Group, Menu } from '@mantine/core';
import { IconCalendar, IconHome, IconPhoneCall, IconSettings, IconUserPlus, IconUsersGroup } from '@tabler/icons-react';
import type { Permission } from '../../../electron/contract';
import { NavButton } from './NavButton';
import { navigate, type Route } from './router';
import { mayOpen, routeInfo } from './routes';

type AdminRoute = Extract<
  Route['name'],
  'users' | 'audit' | 'backups' | 'exchange' | 'practice' | 'schedule-setup' | 'note-templates'
>;
const adminRoutes: readonly AdminRoute[] = [
  'users',
  'audit',
  'backups',
  'exchange',
  'practice',
  'schedule-setup',
  'note-templates',
];

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
      <NavButton
        label="Home"
        icon={IconHome}
        current={route.name === 'home'}
        onClick={() => navigate({ name: 'home' })}
      />
      {may('schedule') ? (
        <NavButton
          label="Schedule"
          icon={IconCalendar}
          current={route.name === 'schedule'}
          onClick={() => navigate({ name: 'schedule' })}
        />
      ) : null}
      {may('patient-flow') ? (
        <NavButton
          label="Patient flow"
          icon={IconUsersGroup}
          current={route.name === 'patient-flow'}
          onClick={() => navigate({ name: 'patient-flow' })}
        />
      ) : null}
      {may('recalls') ? (
        <NavButton
          label="Recalls"
          icon={IconPhoneCall}
          current={route.name === 'recalls'}
          onClick={() => navigate({ name: 'recalls' })}
        />
      ) : null}
      {may('register-patient') ? (
        <NavButton
          label="Register patient"
          icon={IconUserPlus}
          current={route.name === 'register-patient'}
          onClick={() => navigate({ name: 'register-patient' })}
        />
      ) : null}
      {visibleAdmin.length > 0 ? (
        <Menu position="bottom-start" width={220}>
          <Menu.Target>
            <NavButton label="Administration" icon={IconSettings} current={inAdmin} menu />
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
