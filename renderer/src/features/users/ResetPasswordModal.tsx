import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, PasswordInput, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { resetPasswordInputSchema, type UserDto } from '../../../../electron/contract';
import { FormAlert, placeServerError } from '../../ui';
import { useResetPassword } from './useResetPassword';

const resetFormSchema = z.object({ newPassword: resetPasswordInputSchema.shape.newPassword });

interface ResetPasswordModalProps {
  user: UserDto;
  onClose: () => void;
  onDone: () => void;
}

export function ResetPasswordModal({ user, onClose, onDone }: ResetPasswordModalProps) {
  const { run: resetPassword, pending } = useResetPassword();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({ resolver: zodResolver(resetFormSchema), defaultValues: { newPassword: '' } });

  const submit = form.handleSubmit(async ({ newPassword }) => {
    setFormError(null);
    const result = await resetPassword({ userId: user.id, newPassword });
    if (result.ok) onDone();
    else setFormError(placeServerError(form.setError, result.error, ['newPassword']));
  });

  return (
    <Modal opened onClose={onClose} title={`Reset the password for ${user.fullName}`} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm">
            {user.fullName} signs in with this temporary password once and must then choose their own. Tell it to them
            in person.
          </Text>
          <FormAlert title="The password was not reset" message={formError} />
          <PasswordInput
            label="Temporary password"
            required
            data-autofocus
            autoComplete="new-password"
            error={form.formState.errors.newPassword?.message}
            {...form.register('newPassword')}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Reset password
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
