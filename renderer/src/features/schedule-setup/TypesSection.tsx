import { Badge, Button, ColorSwatch, Group, Stack, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppointmentTypeDto, ProviderScheduleDto } from '../../../../electron/contract';
import { TypeFormModal } from './TypeFormModal';

/** The kinds of visit staff book, each with its length, colour and the providers who offer it. */
export function TypesSection({
  types,
  providers,
  onSaved,
}: {
  types: AppointmentTypeDto[];
  providers: ProviderScheduleDto[];
  onSaved: (saved: AppointmentTypeDto) => void;
}) {
  const [editing, setEditing] = useState<AppointmentTypeDto | 'new' | null>(null);
  // Named in the providers' own order (by name), whatever order they were picked in.
  const offeredBy = (type: AppointmentTypeDto) =>
    providers.filter((provider) => type.providerIds.includes(provider.providerId)).map((provider) => provider.name);
  return (
    <Stack gap="md">
      <Group>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing('new')}>
          Add appointment type
        </Button>
      </Group>
      {types.length === 0 ? (
        <Text c="dimmed">No appointment types yet. Add the visits the practice books, e.g. Follow-up (15 min).</Text>
      ) : (
        <Table aria-label="Appointment types" verticalSpacing="xs" highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Type</Table.Th>
              <Table.Th w={120}>Length</Table.Th>
              <Table.Th>Offered by</Table.Th>
              <Table.Th w={90} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {types.map((type) => (
              <Table.Tr key={type.id}>
                <Table.Td>
                  <Group gap="xs">
                    <ColorSwatch color={`var(--mantine-color-${type.colour}-6)`} size={16} aria-label={type.colour} />
                    <Text size="sm">{type.name}</Text>
                    {type.active ? null : <Badge color="gray">Off</Badge>}
                  </Group>
                </Table.Td>
                <Table.Td>{type.durationMinutes} min</Table.Td>
                <Table.Td>
                  <Text size="sm">{offeredBy(type).join(', ') || 'Nobody yet'}</Text>
                </Table.Td>
                <Table.Td>
                  <Button
                    size="compact-sm"
                    variant="light"
                    aria-label={`Edit ${type.name}`}
                    onClick={() => setEditing(type)}
                  >
                    Edit
                  </Button>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
      {editing ? (
        <TypeFormModal
          type={editing === 'new' ? null : editing}
          providers={providers}
          onClose={() => setEditing(null)}
          onSaved={onSaved}
        />
      ) : null}
    </Stack>
  );
}
