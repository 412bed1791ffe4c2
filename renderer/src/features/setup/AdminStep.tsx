import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { type ApiError, newPassword, requiredText, username } from '../../../../electron/contract';
import { FormAlert, placeServerError } from '../../ui';

const adminFormSchema = z
  .object({ username, fullName: requiredText('Full name', 200), password: newPassword, confirmPassword: z.string() })
  .refine((values) => values.password === values.confirmPassword, {
    path: ['confirmPassword'],
    error: 'The two passwords are different. Type the same password in both boxes.',
  });
const adminFields = ['username', 'fullName', 'password', 'confirmPassword'] as const;

export interface AdminAccount {
  username: string;
  fullName: string;
  password: string;
}

interface AdminStepProps {
  pending: boolean;
  onBack: () => void;
  /** Creates the practice; answers with the server's refusal, if any. */
  onCreate: (admin: AdminAccount) => Promise<ApiError | null>;
}

export function AdminStep({ pending, onBack, onCreate }: AdminStepProps) {
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(adminFormSchema),
    defaultValues: { username: '', fullName: '', password: '', confirmPassword: '' },
  });
  const { errors } = form.formState;

  useEffect(() => {
    form.setFocus('fullName');
  }, [form]);

  const submit = form.handleSubmit(async ({ username, fullName, password }) => {
    setFormError(null);
    const error = await onCreate({ username, fullName, password });
    if (error) setFormError(placeServerError(form.setError, error, adminFields));
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          The office manager creates the other staff accounts, reads the audit report and looks after backups. Use your
          own name: every action in Chartroom is recorded against the person who did it.
        </Text>
        <FormAlert title="The practice was not created" message={formError} />
        <TextInput
          label="Full name"
          required
          autoComplete="name"
          error={errors.fullName?.message}
          {...form.register('fullName')}
        />
        <TextInput
          label="Username"
          description="What you type to sign in, e.g. jsmith. Letters, digits, dots and dashes."
          required
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.username?.message}
          {...form.register('username')}
        />
        <PasswordInput
          label="Password"
          description="At least 8 characters. A short phrase is easiest to remember; common passwords are refused."
          required
          autoComplete="new-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <PasswordInput
          label="Type the password again"
          required
          autoComplete="new-password"
          error={errors.confirmPassword?.message}
          {...form.register('confirmPassword')}
        />
        <Group justify="space-between" mt="xs">
          <Button variant="default" onClick={onBack} disabled={pending}>
            Back
          </Button>
          <Button type="submit" loading={pending}>
            Create the practice
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
