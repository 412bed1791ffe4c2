import { Anchor, Badge, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import type { BackupRunDto } from '../../../../../electron/contract';
import { formatDateTime } from '../../../ui';
import {
  copyStatusText,
  formatBytes,
  formatDuration,
  runStatusText,
  splitPath,
  toneColor,
  triggerLabel,
} from '../backup-format';
import { StatusMark } from '../status/StatusMark';

interface HistoryTableProps {
  runs: readonly BackupRunDto[];
  /** Start the restore wizard with this copy's file already filled in. */
  onRestoreFrom: (path: string) => void;
}

function CopyLine({
  copy,
  onRestoreFrom,
}: {
  copy: BackupRunDto['copies'][number];
  onRestoreFrom: (path: string) => void;
}) {
  const status = copyStatusText[copy.status];
  const { name } = splitPath(copy.path);
  return (
    <Stack gap={0}>
      <Group gap="xs" wrap="wrap">
        <StatusMark tone={status.tone} label={`${copy.destinationLabel || 'Destination'}: ${status.label}`} size="xs" />
        {copy.status === 'verified' ? (
          <Anchor component="button" type="button" size="xs" onClick={() => onRestoreFrom(copy.path)}>
            Restore…<VisuallyHidden> from {name}</VisuallyHidden>
          </Anchor>
        ) : null}
      </Group>
      {copy.error ? (
        <Text size="xs" c={status.tone === 'problem' ? 'red.9' : 'dimmed'}>
          {copy.error}
        </Text>
      ) : null}
    </Stack>
  );
}

/** Every run with its copies: when, why, how it went, how big, how long, and each destination's result in words. */
export function HistoryTable({ runs, onRestoreFrom }: HistoryTableProps) {
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table striped verticalSpacing={6} fz="sm" aria-label="Backup history">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Started</Table.Th>
            <Table.Th scope="col">Started by</Table.Th>
            <Table.Th scope="col" miw={130}>
              Status
            </Table.Th>
            <Table.Th scope="col">Size</Table.Th>
            <Table.Th scope="col">Duration</Table.Th>
            <Table.Th scope="col">At each destination</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {runs.map((run) => {
            const status = runStatusText[run.status];
            return (
              <Table.Tr key={run.id}>
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  {formatDateTime(run.startedAt)}
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>{triggerLabel(run.trigger)}</Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Badge
                    variant="light"
                    color={toneColor[status.tone]}
                    style={{ whiteSpace: 'normal', height: 'auto' }}
                  >
                    {status.label}
                  </Badge>
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  {run.sizeBytes > 0 ? formatBytes(run.sizeBytes) : '—'}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'nowrap', verticalAlign: 'top' }}>
                  {run.status === 'running' || run.durationMs === 0 ? '—' : formatDuration(run.durationMs)}
                </Table.Td>
                <Table.Td style={{ verticalAlign: 'top' }}>
                  <Stack gap={6}>
                    {run.copies.map((copy) => (
                      <CopyLine key={copy.id} copy={copy} onRestoreFrom={onRestoreFrom} />
                    ))}
                    {run.error && run.copies.every((copy) => !copy.error) ? (
                      <Text size="xs" c="red.9">
                        {run.error}
                      </Text>
                    ) : null}
                    {run.copies.length === 0 && !run.error ? (
                      <Text size="xs" c="dimmed">
                        No copies recorded.
                      </Text>
                    ) : null}
                  </Stack>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
