import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconDownload, IconPrinter } from '@tabler/icons-react';
import { RecoveryKeyGroups } from './RecoveryKeyGroups';
import { RecoveryKeySheet } from './RecoveryKeySheet';
import { recoveryKeyFileText } from './recovery-key';
import { saveTextFile } from './save-text-file';

interface RecoveryKeyStepProps {
  practiceName: string;
  createdOn: string;
  groups: readonly string[];
  onNext: () => void;
}

export function RecoveryKeyStep({ practiceName, createdOn, groups, onNext }: RecoveryKeyStepProps) {
  const saveFile = () =>
    saveTextFile('chartroom-recovery-key.txt', recoveryKeyFileText({ practiceName, createdOn, groups }));

  return (
    <Stack gap="md">
      <Alert color="orange" variant="light" title="Write this key down now. It is shown only once.">
        <Text size="sm">
          The recovery key opens the practice&apos;s charts when no password can: a forgotten office manager password,
          or restoring a backup onto a new computer.{' '}
          <strong>Without this key, a lost password and a dead workstation mean the charts are lost for good.</strong>{' '}
          Nobody, including Chartroom&apos;s makers, can get them back.
        </Text>
      </Alert>
      <RecoveryKeyGroups groups={groups} />
      <Text size="sm">
        Print it (or copy it onto paper) and keep it in the practice safe. A saved file is a stopgap: move it somewhere
        safe off this computer, then delete it.
      </Text>
      <Group justify="space-between" wrap="wrap">
        <Group gap="xs">
          <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden />} onClick={() => window.print()}>
            Print
          </Button>
          <Button variant="default" leftSection={<IconDownload size={16} aria-hidden />} onClick={saveFile}>
            Save to file
          </Button>
        </Group>
        <Button onClick={onNext}>I have written it down: next</Button>
      </Group>
      <RecoveryKeySheet practiceName={practiceName} createdOn={createdOn} groups={groups} />
    </Stack>
  );
}
