import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Code, Group, Stack, Text, TextInput } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { z } from 'zod';
import { type ApiError, inspectBackupInputSchema, type OutputOf } from '../../../../electron/contract';
import { FormAlert } from '../../ui';
import { backupPathProblem } from '../backup';
import { useRestoreFromBackup } from './useRestoreFromBackup';

const restoreFormSchema = z
  .object({
    path: inspectBackupInputSchema.shape.path,
    recoveryKey: z.string().trim().min(1, { error: 'Type the recovery key from the printed sheet.' }).max(200),
  })
  .superRefine((values, context) => {
    const problem = backupPathProblem(values.path);
    if (problem) context.addIssue({ code: 'custom', path: ['path'], message: problem });
  });
type RestoreFormValues = z.input<typeof restoreFormSchema>;

/** Which box a refusal belongs beside: the key's own problems by the key, the file's by the file. */
const fieldFor = (error: ApiError): 'path' | 'recoveryKey' | null => {
  if (error.field === 'recoveryKey' || error.code === 'WRONG_RECOVERY_KEY' || error.code === 'RECOVERY_KEY_TYPO')
    return 'recoveryKey';
  if (error.field === 'path' || error.code.startsWith('BACKUP_')) return 'path';
  return null;
};

interface RestoreFromBackupProps {
  onCancel: () => void;
  /** The practice is back: go on to the sign-in screen. */
  onFinished: () => void;
}

/**
 * First run on a replacement computer: instead of a new practice, bring the practice back from a
 * backup file with the recovery key printed at setup. Every account in the backup can then sign in.
 */
export function RestoreFromBackup({ onCancel, onFinished }: RestoreFromBackupProps) {
  const { run: restore, pending } = useRestoreFromBackup();
  const [formError, setFormError] = useState<string | null>(null);
  const [restored, setRestored] = useState<OutputOf<'setup.restore'> | null>(null);
  const form = useForm<RestoreFormValues>({
    resolver: zodResolver(restoreFormSchema),
    defaultValues: { path: '', recoveryKey: '' },
  });
  const { errors } = form.formState;
  const continueRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    form.setFocus('path');
  }, [form]);

  // The result replaces the form: take focus to its one next step.
  useEffect(() => {
    if (restored) continueRef.current?.focus();
  }, [restored]);

  const submit = form.handleSubmit(async ({ path, recoveryKey }) => {
    setFormError(null);
    const result = await restore({ path, unlock: { recoveryKey } });
    if (result.ok) {
      setRestored(result.value);
      return;
    }
    const field = fieldFor(result.error);
    if (field) form.setError(field, { type: 'server', message: result.error.message }, { shouldFocus: true });
    else setFormError(result.error.message);
  });

  if (restored) {
    return (
      <Stack gap="md">
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} title="The practice is restored">
          <Stack gap="xs">
            <Text size="sm">
              The charts, staff accounts and audit trail are back as they were when this backup was made:
            </Text>
            <Code block>{restored.restoredFrom}</Code>
            {restored.previousKeptAt ? (
              <Text size="sm">
                Files that were already in Chartroom&apos;s data folder were not deleted; they are kept in{' '}
                <Code>{restored.previousKeptAt}</Code>.
              </Text>
            ) : null}
            <Text size="sm">
              Sign in with an account that existed when the backup was made. Then check the Backups page: this computer
              needs its backup destinations connected before tonight&apos;s backup.
            </Text>
          </Stack>
        </Alert>
        <Group justify="flex-end">
          <Button ref={continueRef} onClick={onFinished}>
            Continue to sign in
          </Button>
        </Group>
      </Stack>
    );
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <Text size="sm">
          Use this on a new or repaired computer to bring the practice back from a backup, instead of starting an empty
          practice. You need the backup file (with its .json manifest beside it) and the practice recovery key from the
          safe.
        </Text>
        <FormAlert title="The practice was not restored" message={formError} />
        <TextInput
          label="Backup file"
          description="The full path of the file, ending in .chartroom-backup, e.g. on a USB drive."
          placeholder="/media/usb/chartroom-backups/chartroom-20261122-020000-r12.chartroom-backup"
          required
          autoComplete="off"
          autoCapitalize="none"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          error={errors.path?.message}
          {...form.register('path')}
        />
        <TextInput
          label="Recovery key"
          description="The 12 groups printed when Chartroom was set up; spaces, dashes and capitals do not matter."
          required
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          error={errors.recoveryKey?.message}
          {...form.register('recoveryKey')}
        />
        {pending ? (
          <Text size="sm" role="status">
            Checking the backup and restoring it. This can take a few minutes for a large practice.
          </Text>
        ) : null}
        <Group justify="space-between" mt="xs">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Back: set up a new practice
          </Button>
          <Button type="submit" loading={pending}>
            Restore the practice
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
