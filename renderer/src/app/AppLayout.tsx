import { AppShell } from '@mantine/core';
import { useEffect, useRef } from 'react';
import type { SessionDto } from '../../../electron/contract';
import { RouteView } from './RouteView';
import type { Route } from './router';
import { TopBar } from './TopBar';

const routeKey = (route: Route): string => {
  if (route.name === 'chart') return `chart:${route.patientId}`;
  if (route.name === 'backup-lookup') return `backup-lookup:${route.lookupId}`;
  return route.name;
};

export function AppLayout({ session, route }: { session: SessionDto; route: Route }) {
  const mainRef = useRef<HTMLElement>(null);
  const key = routeKey(route);

  // A new page starts reading at its top: move focus there so keyboard and screen-reader users are not
  // left behind, unless the page has already put focus on its first field (its effects run before this one).
  // biome-ignore lint/correctness/useExhaustiveDependencies: the page key is the trigger, not an input.
  useEffect(() => {
    const main = mainRef.current;
    if (main && !main.contains(document.activeElement)) main.focus();
  }, [key]);

  return (
    <AppShell header={{ height: 56 }} padding="md">
      <AppShell.Header>
        <TopBar session={session} route={route} />
      </AppShell.Header>
      <AppShell.Main ref={mainRef} tabIndex={-1} bg="gray.0" style={{ outline: 'none' }}>
        <RouteView route={route} session={session} />
      </AppShell.Main>
    </AppShell>
  );
}
