import { Alert, DataList, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconKey } from '@tabler/icons-react';
import type { BackupInfoDto } from '../../../../../electron/contract';
import { formatDateTime } from '../../../ui';
import { formatBytes, splitPath } from '../backup-format';
import { StatusMark } from '../status/StatusMark';

/** What is in a backup before it is unlocked: when, whose, how big, which version, how many records, intact or not. */
export function BackupInfoView({ info }: { info: BackupInfoDto }) {
  const { folder, name } = splitPath(info.path);
  return (
    <Stack gap="md">
      {info.intact ? (
        <StatusMark tone="ok" size="md" label="Intact: the file matches the checksum written when it was made." />
      ) : (
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title="This backup is damaged">
          Its contents changed since it was made (a failing disk, a bad copy or tampering), so it cannot be trusted and
          cannot be restored. Pick another copy: the same backup at another destination, or an older one.
        </Alert>
      )}
      {info.intact && !info.currentKey ? (
        <Alert color="yellow" variant="light" icon={<IconKey aria-hidden />} title="Made under an earlier practice key">
          The practice&apos;s key has changed since this backup was made. It opens with the recovery key that was
          current then, or with the password a staff member had then; today&apos;s recovery key may not open it.
        </Alert>
      ) : null}
      <DataList size="sm" gap={6} labelWidth="10rem">
        <DataList.Item>
          <DataList.ItemLabel>Made</DataList.ItemLabel>
          <DataList.ItemValue>{formatDateTime(info.createdAt)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Practice</DataList.ItemLabel>
          <DataList.ItemValue>{info.practiceName || 'Not recorded'}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Size</DataList.ItemLabel>
          <DataList.ItemValue>{formatBytes(info.sizeBytes)}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>Made by Chartroom</DataList.ItemLabel>
          <DataList.ItemValue>version {info.appVersion}</DataList.ItemValue>
        </DataList.Item>
        <DataList.Item>
          <DataList.ItemLabel>File</DataList.ItemLabel>
          <DataList.ItemValue>
            <Text size="sm" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              {name}
            </Text>
            <Text size="xs" c="dimmed" ff="monospace" style={{ overflowWrap: 'anywhere' }}>
              in {folder}
            </Text>
          </DataList.ItemValue>
        </DataList.Item>
      </DataList>
      {info.counts.length > 0 ? (
        <Group>
          <Table withTableBorder verticalSpacing={4} fz="sm" w="auto" miw={320} aria-label="Records in this backup">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Records</Table.Th>
                <Table.Th scope="col" ta="right">
                  Count
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {info.counts.map((count) => (
                <Table.Tr key={count.label}>
                  <Table.Td>{count.label}</Table.Td>
                  <Table.Td ta="right" style={{ fontVariantNumeric: 'tabular-nums' }}>
                    {count.rows.toLocaleString()}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Group>
      ) : null}
    </Stack>
  );
}
