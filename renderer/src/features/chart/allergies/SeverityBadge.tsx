import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { AllergyDto } from '../../../../../electron/contract';
import { severityLabels } from './allergy-text';

const colors: Record<AllergyDto['severity'], string> = {
  mild: 'gray',
  moderate: 'yellow',
  severe: 'red',
  unknown: 'gray',
};

/** Severity in words; "Severe" also carries a warning icon and a filled badge, never colour alone. */
export function SeverityBadge({ severity }: { severity: AllergyDto['severity'] }) {
  const severe = severity === 'severe';
  return (
    <Badge
      size="sm"
      color={colors[severity]}
      variant={severe ? 'filled' : 'light'}
      leftSection={severe ? <IconAlertTriangle size={12} aria-hidden /> : undefined}
      style={{ textTransform: 'none' }}
    >
      {severityLabels[severity]}
    </Badge>
  );
}
