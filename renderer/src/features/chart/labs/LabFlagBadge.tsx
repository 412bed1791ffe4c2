import { Badge } from '@mantine/core';
import { IconAlertTriangle, IconArrowDown, IconArrowUp } from '@tabler/icons-react';
import { type LabFlag, labFlagLabels } from '../../../../../electron/contract';

const critical = new Set<LabFlag>(['LL', 'HH', 'AA']);

/** An abnormal flag as an icon and a word ("High", "Critically low"), never colour alone; nothing when normal. */
export function LabFlagBadge({ flag }: { flag: LabFlag }) {
  if (!flag) return null;
  const Icon = flag.startsWith('H') ? IconArrowUp : flag.startsWith('L') ? IconArrowDown : IconAlertTriangle;
  return (
    <Badge
      color={critical.has(flag) ? 'red' : 'orange'}
      variant={critical.has(flag) ? 'filled' : 'light'}
      leftSection={<Icon size={12} aria-hidden />}
      // A narrow table column must not cut the word down to "H…".
      style={{ textTransform: 'none', minWidth: 'max-content' }}
    >
      {labFlagLabels[flag]}
    </Badge>
  );
}
