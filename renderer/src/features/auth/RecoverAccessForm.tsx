import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { recoverInputSchema } from '../../../../electron/contract';
import { FormAlert, placeServerError } from '../../ui';
import { newPasswordPairDefaults, newPasswordPairSchema } from './password-confirmation';
import { useRecoverAccess } from './useRecoverAccess';

const recoverFormSchema = z
  .object({ recoveryKey: recoverInputSchema.shape.recoveryKey, username: recoverInputSchema.shape.username })
  .and(newPasswordPairSchema);

const recoverFields = ['recoveryKey', 'username', 'newPassword', 'confirmPassword'] as const;

interface RecoverAccessFormProps {
  /** Back to the sign-in form, with the username whose password was just reset. */
  onDone: (username: string | null) => void;
}

/** "Forgot your password?": an office manager sets a new password with the practice recovery key. */
export function RecoverAccessForm({ onDone }: RecoverAccessFormProps) {
  const { run: recover, pending } = useRecoverAccess();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(recoverFormSchema),
    defaultValues: { recoveryKey: '', username: '', ...newPasswordPairDefaults },
  });
  const { errors } = form.formState;

  useEffect(() => {
    form.setFocus('recoveryKey');
  }, [form]);

  const submit = form.handleSubmit(async ({ recoveryKey, username, newPassword }) => {
    setFormError(null);
    const result = await recover({ recoveryKey, username, newPassword });
    if (result.ok) onDone(username);
    else setFormError(placeServerError(form.setError, result.error, recoverFields));
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Alert color="gray" variant="light" title="For office managers">
          <Text size="sm">
            Use the recovery key printed when Chartroom was set up (kept in the practice safe) to choose a new password
            for an office manager account. Other staff: ask your office manager to reset your password.
          </Text>
        </Alert>
        <FormAlert title="Could not reset the password" message={formError} />
        <TextInput
          label="Recovery key"
          description="Type the groups as printed; spaces and dashes do not matter."
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          error={errors.recoveryKey?.message}
          {...form.register('recoveryKey')}
        />
        <TextInput
          label="Office manager username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.username?.message}
          {...form.register('username')}
        />
        <PasswordInput
          label="New password"
          description="At least 8 characters. A short phrase is easiest to remember."
          autoComplete="new-password"
          error={errors.newPassword?.message}
          {...form.register('newPassword')}
        />
        <PasswordInput
          label="Type the new password again"
          autoComplete="new-password"
          error={errors.confirmPassword?.message}
          {...form.register('confirmPassword')}
        />
        <Group justify="space-between" mt="xs">
          <Button variant="subtle" onClick={() => onDone(null)}>
            Back to sign in
          </Button>
          <Button type="submit" loading={pending}>
            Set new password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
