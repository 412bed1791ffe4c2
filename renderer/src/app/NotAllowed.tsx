import { Alert, Button } from '@mantine/core';
import { goHome } from './router';

/** A page the user's role does not include (hidden in the menus; this covers a stale route after a role change). */
export function NotAllowed() {
  return (
    <Alert color="yellow" variant="light" title="Your role does not include this page">
      Ask your office manager if you need it.{' '}
      <Button variant="subtle" size="compact-sm" onClick={goHome}>
        Go to the start page
      </Button>
    </Alert>
  );
}
