import { zodResolver } from '@hookform/resolvers/zod';
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useForm } from 'react-hook-form';
import { loginInputSchema } from '../../../../electron/contract';
import { FormAlert, placeServerError } from '../../ui';
import { useLogin } from './useLogin';

export function SignInForm({ initialUsername = '' }: { initialUsername?: string }) {
  const { run: login, pending } = useLogin();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(loginInputSchema),
    defaultValues: { username: initialUsername, password: '' },
  });
  const { errors } = form.formState;

  useEffect(() => {
    form.setFocus(initialUsername ? 'password' : 'username');
  }, [form, initialUsername]);

  const submit = form.handleSubmit(async (values) => {
    setFormError(null);
    const result = await login(values);
    if (result.ok) return;
    form.setValue('password', '');
    setFormError(placeServerError(form.setError, result.error, ['username', 'password']));
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <FormAlert title="Could not sign in" message={formError} />
        <TextInput
          label="Username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          error={errors.username?.message}
          {...form.register('username')}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          error={errors.password?.message}
          {...form.register('password')}
        />
        <Button type="submit" loading={pending} fullWidth mt="xs">
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
