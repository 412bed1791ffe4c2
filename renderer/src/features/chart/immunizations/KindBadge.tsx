import { Badge } from '@mantine/core';
import { IconBan, IconHistory, IconVaccine } from '@tabler/icons-react';
import type { ImmunizationKind } from '../../../../../electron/contract';
import { kindLabel } from './immunization-text';

const looks: Record<ImmunizationKind, { color: string; icon: typeof IconVaccine }> = {
  administered: { color: 'blue', icon: IconVaccine },
  historical: { color: 'gray', icon: IconHistory },
  refused: { color: 'orange', icon: IconBan },
};

/** The kind of record in words with an icon, never colour alone. */
export function KindBadge({ kind }: { kind: ImmunizationKind }) {
  const { color, icon: Icon } = looks[kind];
  return (
    <Badge
      size="sm"
      variant="light"
      color={color}
      leftSection={<Icon size={12} aria-hidden />}
      // Never cut short in a narrow table cell: the kind is the one thing a reader must not miss.
      style={{ textTransform: 'none', minWidth: 'max-content' }}
    >
      {kindLabel(kind)}
    </Badge>
  );
}
