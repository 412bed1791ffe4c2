import { Button, Divider, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { CenteredPanel, FormAlert } from '../../ui';
import { parkLockedSession, useSession } from './session-store';
import { useUnlock } from './useUnlock';

/**
 * Shown instead of the whole app while the session is locked. It renders nothing about patients:
 * only the practice, who is signed in, and how to get back in.
 */
export function LockScreen() {
  const session = useSession();
  const { run: unlock, pending } = useUnlock();
  const [password, setPassword] = useState('');
  const [error, setError] = useState<{ message: string; besideField: boolean } | null>(null);
  const passwordRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    passwordRef.current?.focus();
  }, []);

  if (!session) return null;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!password) {
      setError({ message: 'Enter your password to unlock.', besideField: true });
      return;
    }
    setError(null);
    const result = await unlock(password);
    if (result.ok) return;
    setPassword('');
    setError({ message: result.error.message, besideField: result.error.code === 'INVALID_CREDENTIALS' });
    passwordRef.current?.focus();
  };

  return (
    <CenteredPanel width={400}>
      <Stack gap="md">
        <Stack gap={4} align="center">
          <IconLock size={32} aria-hidden stroke={1.5} />
          <Text size="sm" c="dimmed">
            {session.practiceName}
          </Text>
          <Title order={1} size="h2">
            Locked
          </Title>
          <Text size="sm">
            Signed in as <strong>{session.user.fullName}</strong>
          </Text>
        </Stack>
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {error && !error.besideField ? <FormAlert title="Could not unlock" message={error.message} /> : null}
            <PasswordInput
              ref={passwordRef}
              label="Password"
              autoComplete="current-password"
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={error?.besideField ? error.message : undefined}
            />
            <Button type="submit" loading={pending} fullWidth>
              Unlock
            </Button>
          </Stack>
        </form>
        <Divider label="Not you?" labelPosition="center" />
        <Button variant="default" onClick={parkLockedSession}>
          Sign in as a different user
        </Button>
      </Stack>
    </CenteredPanel>
  );
}
