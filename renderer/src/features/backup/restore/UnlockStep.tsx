import { zodResolver } from '@hookform/resolvers/zod';
import { Button, Group, PasswordInput, Radio, Stack, Text, TextInput } from '@mantine/core';
import { useEffect } from 'react';
import { Controller, useForm } from 'react-hook-form';
import { type UnlockFormValues, unlockFormSchema } from './unlock-form';

interface UnlockStepProps {
  initial: UnlockFormValues;
  /** A refusal from the last attempt, to show beside its field. */
  serverError: { field: 'recoveryKey' | 'username' | 'password'; message: string } | null;
  currentKey: boolean;
  onBack: () => void;
  onNext: (values: UnlockFormValues) => void;
}

/** Step 3: the practice recovery key, or the username and password of a staff account present in that backup. */
export function UnlockStep({ initial, serverError, currentKey, onBack, onNext }: UnlockStepProps) {
  const form = useForm<UnlockFormValues>({ resolver: zodResolver(unlockFormSchema), defaultValues: initial });
  const { errors } = form.formState;
  const method = form.watch('method');

  useEffect(() => {
    if (serverError)
      form.setError(serverError.field, { type: 'server', message: serverError.message }, { shouldFocus: true });
    else form.setFocus(initial.method === 'recovery-key' ? 'recoveryKey' : 'username');
  }, [form, serverError, initial.method]);

  return (
    <form onSubmit={form.handleSubmit(onNext)} noValidate>
      <Stack gap="md">
        <Controller
          control={form.control}
          name="method"
          render={({ field }) => (
            <Radio.Group
              label="Unlock the backup with"
              value={field.value}
              onChange={(value) => {
                field.onChange(value);
                form.clearErrors();
              }}
            >
              <Stack gap={6} mt={6}>
                <Radio
                  value="recovery-key"
                  label="The practice recovery key"
                  description="The 12 groups printed when Chartroom was set up, kept in the practice safe."
                />
                <Radio
                  value="staff-account"
                  label="A staff account in that backup"
                  description="The username and password of someone who could sign in when the backup was made, as the password was then."
                />
              </Stack>
            </Radio.Group>
          )}
        />
        {method === 'recovery-key' ? (
          <TextInput
            label="Recovery key"
            description={
              currentKey
                ? 'Type the 12 groups as printed; spaces, dashes and capitals do not matter.'
                : 'Use the recovery key that was current when this backup was made. Spaces, dashes and capitals do not matter.'
            }
            placeholder="XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX"
            autoComplete="off"
            autoCapitalize="characters"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            error={errors.recoveryKey?.message}
            {...form.register('recoveryKey')}
          />
        ) : (
          <Stack gap="sm">
            <TextInput
              label="Username"
              autoComplete="off"
              autoCapitalize="none"
              spellCheck={false}
              maw={360}
              error={errors.username?.message}
              {...form.register('username')}
            />
            <PasswordInput
              label="Password, as it was then"
              autoComplete="off"
              maw={360}
              error={errors.password?.message}
              {...form.register('password')}
            />
          </Stack>
        )}
        <Text size="xs" c="dimmed">
          Nothing is opened yet: the key or password is checked when you choose what to do next.
        </Text>
        <Group justify="space-between">
          <Button variant="default" onClick={onBack}>
            Back
          </Button>
          <Button type="submit">Next: choose what to do</Button>
        </Group>
      </Stack>
    </form>
  );
}
