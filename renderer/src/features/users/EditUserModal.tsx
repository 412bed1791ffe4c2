import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { z } from 'zod';
import { type UserDto, updateUserInputSchema } from '../../../../electron/contract';
import { FormAlert, placeServerError } from '../../ui';
import { RoleSelect } from './RoleSelect';
import { useUpdateUser } from './useUpdateUser';

const editUserFormSchema = z.object({
  fullName: updateUserInputSchema.shape.fullName,
  role: updateUserInputSchema.shape.role,
});
const editUserFields = ['fullName', 'role'] as const;

interface EditUserModalProps {
  user: UserDto;
  onClose: () => void;
  onSaved: (user: UserDto) => void;
}

export function EditUserModal({ user, onClose, onSaved }: EditUserModalProps) {
  const { run: updateUser, pending } = useUpdateUser();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(editUserFormSchema),
    defaultValues: { fullName: user.fullName, role: user.role },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await updateUser({ userId: user.id, ...values });
    if (result.ok) onSaved(result.value);
    else setFormError(placeServerError(form.setError, result.error, editUserFields));
  });

  return (
    <Modal opened onClose={onClose} title={`Edit ${user.username}`} centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            A new role takes effect the next time they sign in.
          </Text>
          <FormAlert title="The changes were not saved" message={formError} />
          <TextInput
            label="Full name"
            required
            data-autofocus
            error={errors.fullName?.message}
            {...form.register('fullName')}
          />
          <Controller
            control={form.control}
            name="role"
            render={({ field, fieldState }) => (
              <RoleSelect
                value={field.value}
                onChange={field.onChange}
                onBlur={field.onBlur}
                error={fieldState.error?.message}
              />
            )}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Save changes
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
