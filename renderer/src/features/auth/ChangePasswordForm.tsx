import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, PasswordInput, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { password } from '../../../../electron/contract';
import { FormAlert, placeServerError } from '../../ui';
import { newPasswordPairDefaults, newPasswordPairSchema } from './password-confirmation';
import { useChangePassword } from './useChangePassword';

const changePasswordFormSchema = z.object({ currentPassword: password }).and(newPasswordPairSchema);
const changePasswordFields = ['currentPassword', 'newPassword', 'confirmPassword'] as const;

interface ChangePasswordFormProps {
  /** After success; the session itself is refreshed by the form, so a forced change needs nothing here. */
  onDone?: () => void;
  onCancel?: () => void;
}

export function ChangePasswordForm({ onDone, onCancel }: ChangePasswordFormProps) {
  const { run: changePassword, pending } = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(changePasswordFormSchema),
    defaultValues: { currentPassword: '', ...newPasswordPairDefaults },
  });
  const { errors } = form.formState;

  useEffect(() => {
    form.setFocus('currentPassword');
  }, [form]);

  const submit = form.handleSubmit(async ({ currentPassword, newPassword }) => {
    setFormError(null);
    const result = await changePassword({ currentPassword, newPassword });
    if (result.ok) {
      notifications.show({ color: 'green', title: 'Password changed', message: 'Use the new password from now on.' });
      onDone?.();
      return;
    }
    setFormError(placeServerError(form.setError, result.error, changePasswordFields));
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm" maw={420}>
        <FormAlert title="The password was not changed" message={formError} />
        <PasswordInput
          label="Current password"
          autoComplete="current-password"
          error={errors.currentPassword?.message}
          {...form.register('currentPassword')}
        />
        <PasswordInput
          label="New password"
          description="At least 8 characters. A short phrase is easiest to remember; common passwords are refused."
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
        <Group justify="flex-end" gap="xs" mt="xs">
          {onCancel ? (
            <Button variant="default" onClick={onCancel}>
              Cancel
            </Button>
          ) : null}
          <Button type="submit" loading={pending}>
            Change password
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
