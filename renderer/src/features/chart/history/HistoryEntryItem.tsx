import { Badge, Group, List, Text } from '@mantine/core';
import type { HistoryEntry } from '../../../../../electron/contract';
import { formatDateTime } from '../../../ui';

const kindLabels: Record<HistoryEntry['kind'], string> = { registered: 'Registered', edited: 'Edited' };

const shown = (value: string) => value || '(blank)';

/** One saved version: when, by whom, and each field's value before and after. */
export function HistoryEntryItem({ entry }: { entry: HistoryEntry }) {
  return (
    <li>
      <Group gap="xs" align="baseline">
        <Badge size="sm" variant="light" color={entry.kind === 'registered' ? 'blue' : 'gray'}>
          {kindLabels[entry.kind]}
        </Badge>
        <Text size="sm" fw={600}>
          {formatDateTime(entry.at)}
        </Text>
        <Text size="sm">by {entry.by}</Text>
        <Text size="xs" c="dimmed">
          version {entry.version}
        </Text>
      </Group>
      {entry.note && (
        <Text size="sm" mt={2}>
          {entry.note}
        </Text>
      )}
      {entry.changes.length > 0 && (
        <List size="sm" spacing={0} mt={2} withPadding>
          {entry.changes.map((change) => (
            <List.Item key={change.field}>
              <Text span size="sm" fw={500}>
                {change.label}:
              </Text>{' '}
              {shown(change.before)} → {shown(change.after)}
            </List.Item>
          ))}
        </List>
      )}
    </li>
  );
}
