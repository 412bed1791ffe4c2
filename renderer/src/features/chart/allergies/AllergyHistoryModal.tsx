import { Alert, Badge, Button, Divider, Group, List, Loader, Modal, Stack, Text } from '@mantine/core';
import { Fragment } from 'react';
import type { AllergyDto } from '../../../../../electron/contract';
import { formatDateTime } from '../../../ui';
import { actionLabels, fieldLabel, historyValue } from './allergy-text';
import { useAllergyHistory } from './use-allergies';

/** Every version of one allergy, newest first: what was done, by whom, when, why, and what changed. */
export function AllergyHistoryModal({
  patientId,
  allergy,
  onClose,
}: {
  patientId: number;
  allergy: AllergyDto;
  onClose: () => void;
}) {
  const history = useAllergyHistory(patientId, allergy.id);
  return (
    <Modal opened onClose={onClose} title={`History: ${allergy.substance}`} centered size="lg">
      {history.loading && !history.data && (
        <Group gap="xs">
          <Loader size="xs" aria-hidden />
          <Text size="sm" c="dimmed">
            Loading the history…
          </Text>
        </Group>
      )}
      {history.error && (
        <Alert color="red" variant="light" title="The history could not be shown">
          <Group justify="space-between" gap="xs">
            <span>{history.error}</span>
            <Button size="compact-sm" variant="default" onClick={() => void history.reload()}>
              Try again
            </Button>
          </Group>
        </Alert>
      )}
      {history.data && (
        <Stack component="ol" gap="xs" m={0} p={0} style={{ listStyle: 'none' }} aria-label="Versions">
          {history.data.map((entry, index) => (
            <Fragment key={entry.version}>
              {index > 0 && <Divider component="li" aria-hidden />}
              <li>
                <Group gap="xs" align="baseline">
                  <Badge size="sm" variant="light" color={entry.action === 'retired' ? 'gray' : 'blue'}>
                    {actionLabels[entry.action]}
                  </Badge>
                  <Text size="sm" fw={600}>
                    {formatDateTime(entry.at)}
                  </Text>
                  <Text size="sm">by {entry.by}</Text>
                  <Text size="xs" c="dimmed">
                    version {entry.version}
                  </Text>
                </Group>
                {entry.reason && (
                  <Text size="sm" mt={2}>
                    Reason: {entry.reason}
                  </Text>
                )}
                {entry.changes.length > 0 && (
                  <List size="sm" spacing={0} mt={2} withPadding>
                    {entry.changes.map((change) => (
                      <List.Item key={change.field}>
                        <Text span size="sm" fw={500}>
                          {fieldLabel(change.field)}:
                        </Text>{' '}
                        {historyValue(change.field, change.before)} → {historyValue(change.field, change.after)}
                      </List.Item>
                    ))}
                  </List>
                )}
              </li>
            </Fragment>
          ))}
        </Stack>
      )}
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onClose}>
          Close
        </Button>
      </Group>
    </Modal>
  );
}
