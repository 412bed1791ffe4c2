import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, Modal, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { createUserInputSchema, type UserDto } from '../../../../electron/contract';
import { FormAlert, placeServerError } from '../../ui';
import { RoleSelect } from './RoleSelect';
import { useCreateUser } from './useCreateUser';

const createUserFields = ['fullName', 'username', 'role', 'password'] as const;

interface CreateUserModalProps {
  onClose: () => void;
  onCreated: (user: UserDto) => void;
}

export function CreateUserModal({ onClose, onCreated }: CreateUserModalProps) {
  const { run: createUser, pending } = useCreateUser();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(createUserInputSchema),
    defaultValues: { fullName: '', username: '', role: undefined, password: '' },
  });
  const { errors } = form.formState;

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await createUser(values);
    if (result.ok) onCreated(result.value);
    else setFormError(placeServerError(form.setError, result.error, createUserFields));
  });

  return (
    <Modal opened onClose={onClose} title="Add a staff member" centered>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <FormAlert title="The account was not created" message={formError} />
          <TextInput
            label="Full name"
            required
            data-autofocus
            error={errors.fullName?.message}
            {...form.register('fullName')}
          />
          <TextInput
            label="Username"
            description="What they type to sign in, e.g. jsmith."
            required
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            error={errors.username?.message}
            {...form.register('username')}
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
          <PasswordInput
            label="Temporary password"
            description="Tell it to them in person. They must choose their own when they first sign in."
            required
            autoComplete="new-password"
            error={errors.password?.message}
            {...form.register('password')}
          />
          <Group justify="flex-end" gap="xs" mt="xs">
            <Button variant="default" onClick={onClose} disabled={pending}>
              Cancel
            </Button>
            <Button type="submit" loading={pending}>
              Create account
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
