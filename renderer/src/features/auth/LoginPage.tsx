import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CenteredPanel } from '../../ui';
import { RecoverAccessForm } from './RecoverAccessForm';
import { SignInForm } from './SignInForm';
import { returnToParkedSession, useSessionStore } from './session-store';

type Mode = { kind: 'sign-in'; username: string; recovered: boolean } | { kind: 'recover' };

export function LoginPage({ practiceName }: { practiceName: string }) {
  const [mode, setMode] = useState<Mode>({ kind: 'sign-in', username: '', recovered: false });
  const notice = useSessionStore((state) => state.signInNotice);
  const parked = useSessionStore((state) => state.parkedSession);

  return (
    <CenteredPanel>
      <Stack gap="md">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {practiceName}
          </Text>
          <Title order={1} size="h2">
            {mode.kind === 'sign-in' ? 'Sign in to Chartroom' : 'Reset a password with the recovery key'}
          </Title>
        </Stack>
        {notice ? (
          <Alert color="blue" variant="light">
            {notice}
          </Alert>
        ) : null}
        {mode.kind === 'sign-in' ? (
          <>
            {mode.recovered ? (
              <Alert color="green" variant="light" title="Password changed">
                Sign in with the new password.
              </Alert>
            ) : null}
            <SignInForm key={mode.username} initialUsername={mode.username} />
            <Anchor component="button" type="button" size="sm" onClick={() => setMode({ kind: 'recover' })}>
              Forgot your password? Use the recovery key
            </Anchor>
            {parked ? (
              <Stack gap={4} align="center">
                <Text size="sm" c="dimmed">
                  {parked.user.fullName} is still signed in on the lock screen.
                </Text>
                <Button variant="default" onClick={returnToParkedSession}>
                  Back to the lock screen
                </Button>
              </Stack>
            ) : null}
          </>
        ) : (
          <RecoverAccessForm
            onDone={(username) => setMode({ kind: 'sign-in', username: username ?? '', recovered: username !== null })}
          />
        )}
      </Stack>
    </CenteredPanel>
  );
}
