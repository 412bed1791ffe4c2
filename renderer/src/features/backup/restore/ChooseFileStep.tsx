import { Button, Group, Stack, Text, TextInput, Title, UnstyledButton } from '@mantine/core';
import { IconFileSearch } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { ApiError } from '../../../../../electron/contract';
import { formatDateTime } from '../../../ui';
import { backupPathProblem, splitPath } from '../backup-format';
import { useBackupHistory } from '../hooks/useBackupHistory';

interface ChooseFileStepProps {
  initialPath: string;
  pending: boolean;
  /** Checks the file; answers with the server's refusal, if any. */
  onCheck: (path: string) => Promise<ApiError | null>;
}

const recentLimit = 6;

/** Step 1: the backup file, typed or pasted, or picked from the latest verified copies this practice made. */
export function ChooseFileStep({ initialPath, pending, onCheck }: ChooseFileStepProps) {
  const [path, setPath] = useState(initialPath);
  const [error, setError] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const history = useBackupHistory();
  const recent = (history.data ?? [])
    .flatMap((run) => run.copies.filter((copy) => copy.status === 'verified').map((copy) => ({ run, copy })))
    .slice(0, recentLimit);

  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    const problem = backupPathProblem(path);
    if (problem) {
      setError(problem);
      inputRef.current?.focus();
      return;
    }
    setError(null);
    const refusal = await onCheck(path.trim());
    if (refusal) {
      setError(refusal.message);
      inputRef.current?.focus();
    }
  };

  return (
    <Stack gap="lg">
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <TextInput
            ref={inputRef}
            label="Backup file"
            description="The full path of the file, ending in .chartroom-backup. Its manifest (the same name ending in .json) must be in the same folder."
            placeholder="/media/usb/chartroom-backups/chartroom-20261122-020000-r12.chartroom-backup"
            autoComplete="off"
            autoCapitalize="none"
            spellCheck={false}
            styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
            value={path}
            onChange={(event) => setPath(event.currentTarget.value)}
            error={error}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={pending} leftSection={<IconFileSearch size={16} aria-hidden />}>
              Check this backup
            </Button>
          </Group>
        </Stack>
      </form>
      {recent.length > 0 ? (
        <Stack gap={6}>
          <Title order={3} size="h6">
            Or pick one of the latest verified backups
          </Title>
          <Stack gap={4} component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
            {recent.map(({ run, copy }) => {
              const { name, folder } = splitPath(copy.path);
              return (
                <li key={copy.id}>
                  <UnstyledButton
                    onClick={() => {
                      setPath(copy.path);
                      setError(null);
                      inputRef.current?.focus();
                    }}
                    p={6}
                    w="100%"
                    style={{
                      borderRadius: 'var(--mantine-radius-sm)',
                      border: '1px solid var(--mantine-color-gray-3)',
                    }}
                  >
                    <Text size="sm" fw={600}>
                      {formatDateTime(run.startedAt)} · {copy.destinationLabel}
                    </Text>
                    <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                      {name} in {folder}
                    </Text>
                  </UnstyledButton>
                </li>
              );
            })}
          </Stack>
        </Stack>
      ) : null}
    </Stack>
  );
}
