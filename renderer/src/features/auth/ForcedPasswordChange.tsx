import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { CenteredPanel } from '../../ui';
import { ChangePasswordForm } from './ChangePasswordForm';
import { useSession } from './session-store';

/**
 * After a first sign-in or a password reset, the temporary password must be replaced before anything
 * else opens: nobody but the user should know the password they chart under.
 */
export function ForcedPasswordChange({ onSignOut }: { onSignOut: () => void }) {
  const session = useSession();
  return (
    <CenteredPanel width={480}>
      <Stack gap="md">
        <Stack gap={2}>
          <Text size="sm" c="dimmed">
            {session?.practiceName}
          </Text>
          <Title order={1} size="h2">
            Choose your own password
          </Title>
        </Stack>
        <Alert color="blue" variant="light">
          {session?.user.fullName}, your password was set by an office manager. Replace it with one only you know before
          you continue.
        </Alert>
        <ChangePasswordForm />
        <Button variant="subtle" onClick={onSignOut}>
          Sign out instead
        </Button>
      </Stack>
    </CenteredPanel>
  );
}
