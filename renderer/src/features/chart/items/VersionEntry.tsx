import { Badge, Group, List, Text } from '@mantine/core';
import { formatDateTime } from '../../../ui';

export interface VersionChange {
  label: string;
  before: string;
  after: string;
}

interface VersionEntryProps {
  badge: { label: string; color: string };
  at: string;
  by: string;
  version: number;
  /** A note or reason written with this version, shown under its heading. */
  note: string;
  changes: VersionChange[];
}

const shown = (value: string) => value || '(blank)';

/**
 * One saved version of anything in the chart (demographics, an allergy, a problem): what happened,
 * when, by whom, and each field's value before and after.
 */
export function VersionEntry({ badge, at, by, version, note, changes }: VersionEntryProps) {
  return (
    <li>
      <Group gap="xs" align="baseline">
        <Badge size="sm" variant="light" color={badge.color}>
          {badge.label}
        </Badge>
        <Text size="sm" fw={600}>
          {formatDateTime(at)}
        </Text>
        <Text size="sm">by {by}</Text>
        <Text size="xs" c="dimmed">
          version {version}
        </Text>
      </Group>
      {note && (
        <Text size="sm" mt={2}>
          {note}
        </Text>
      )}
      {changes.length > 0 && (
        <List size="sm" spacing={0} mt={2} withPadding>
          {changes.map((change) => (
            <List.Item key={change.label}>
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
