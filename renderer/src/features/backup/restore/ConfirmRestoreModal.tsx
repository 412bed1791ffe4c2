import { Alert, Button, Checkbox, Group, List, Modal, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useState } from 'react';
import type { BackupInfoDto } from '../../../../../electron/contract';
import { FormAlert, formatDateTime } from '../../../ui';

interface ConfirmRestoreModalProps {
  info: BackupInfoDto;
  pending: boolean;
  error: string | null;
  onConfirm: () => void;
  onCancel: () => void;
}

const patientsIn = (info: BackupInfoDto) => info.counts.find((count) => count.label === 'Patients')?.rows;

/** The strong confirmation before a restore: what changes, what is kept, who is signed out. */
export function ConfirmRestoreModal({ info, pending, error, onConfirm, onCancel }: ConfirmRestoreModalProps) {
  const [understood, setUnderstood] = useState(false);
  const madeOn = formatDateTime(info.createdAt);
  const patients = patientsIn(info);
  return (
    <Modal
      opened
      onClose={pending ? () => {} : onCancel}
      closeOnClickOutside={!pending}
      closeOnEscape={!pending}
      withCloseButton={!pending}
      title="Replace this workstation's charts with this backup?"
      centered
      size="lg"
    >
      <Stack gap="md">
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="What happens">
          <List size="sm" spacing={6}>
            <List.Item>
              The charts become what they were on <strong>{madeOn}</strong>
              {patients !== undefined ? ` (${patients.toLocaleString()} patients)` : ''}. Anything entered after that is
              not in the restored charts.
            </List.Item>
            <List.Item>
              The current charts are not deleted: a safety copy is made first, then they are kept aside in the data
              folder, where they can be brought back.
            </List.Item>
            <List.Item>
              <strong>Everyone is signed out</strong>, on every screen, including you. Sign in again with an account
              that existed when the backup was made.
            </List.Item>
          </List>
        </Alert>
        <Checkbox
          label={`I understand that work entered since ${madeOn} will not be in the restored charts.`}
          checked={understood}
          disabled={pending}
          onChange={(event) => setUnderstood(event.currentTarget.checked)}
          data-autofocus
        />
        <FormAlert title="The restore did not happen" message={error} />
        {pending ? (
          <Text size="sm" role="status">
            Restoring: checking the backup, making a safety copy, then putting the restored charts in place. Do not
            close Chartroom.
          </Text>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            Cancel
          </Button>
          <Button color="red" onClick={onConfirm} disabled={!understood} loading={pending}>
            Restore and sign everyone out
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
