import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconEye, IconRestore } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import type { BackupInfoDto } from '../../../../../electron/contract';
import { FormAlert, formatDateTime } from '../../../ui';

interface ChooseActionStepProps {
  info: BackupInfoDto;
  opening: boolean;
  restoring: boolean;
  error: string | null;
  onBack: () => void;
  onRestore: () => void;
  onLookUp: () => void;
}

/** Step 4: bring the whole practice back from this backup, or only open it to read something in it. */
export function ChooseActionStep({
  info,
  opening,
  restoring,
  error,
  onBack,
  onRestore,
  onLookUp,
}: ChooseActionStepProps) {
  const madeOn = formatDateTime(info.createdAt);
  const firstRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    firstRef.current?.focus();
  }, []);
  return (
    <Stack gap="md">
      <FormAlert title="That did not work" message={error} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="md" radius="md">
          <Stack gap="xs" h="100%" justify="space-between">
            <Stack gap={4}>
              <Title order={3} size="h5">
                Open read-only to look something up
              </Title>
              <Text size="sm">
                See a patient&apos;s details as they were on {madeOn}, beside today&apos;s charts. Nothing is changed,
                and nobody is signed out.
              </Text>
            </Stack>
            <Button
              ref={firstRef}
              variant="default"
              leftSection={<IconEye size={16} aria-hidden />}
              loading={opening}
              disabled={restoring}
              onClick={onLookUp}
              w="fit-content"
            >
              Open read-only
            </Button>
          </Stack>
        </Card>
        <Card withBorder padding="md" radius="md">
          <Stack gap="xs" h="100%" justify="space-between">
            <Stack gap={4}>
              <Title order={3} size="h5">
                Restore into this workstation
              </Title>
              <Text size="sm">
                Replace today&apos;s charts with the backup, for example after a failed disk or a serious mistake. The
                current charts are kept aside, and everyone is signed out.
              </Text>
            </Stack>
            <Button
              color="red"
              leftSection={<IconRestore size={16} aria-hidden />}
              disabled={opening}
              onClick={onRestore}
              w="fit-content"
            >
              Restore…
            </Button>
          </Stack>
        </Card>
      </SimpleGrid>
      <Group>
        <Button variant="default" onClick={onBack} disabled={opening || restoring}>
          Back
        </Button>
      </Group>
    </Stack>
  );
}
