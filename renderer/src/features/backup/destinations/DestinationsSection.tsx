import { Alert, Badge, Button, Group, Loader, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArchiveOff, IconPencil, IconPlus, IconRefresh } from '@tabler/icons-react';
import { useState } from 'react';
import type { OutputOf } from '../../../../../electron/contract';
import { useDestinations } from '../hooks/useDestinations';
import { AddDestinationModal } from './AddDestinationModal';
import { EditDestinationModal } from './EditDestinationModal';
import { SetDestinationActiveDialog } from './SetDestinationActiveDialog';

type Destination = OutputOf<'backup.listDestinations'>[number];
type Dialog =
  | { kind: 'add' }
  | { kind: 'edit'; destination: Destination }
  | { kind: 'set-active'; destination: Destination };

/** Where backups go: the folders in use, and the retired ones (kept for the record, usable again). */
export function DestinationsSection() {
  const destinations = useDestinations();
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const close = () => setDialog(null);
  const all = destinations.data ?? [];
  const active = all.filter((d) => d.active);
  const retired = all.filter((d) => !d.active);

  const replace = (changed: Destination) => {
    destinations.setData((current) => {
      const others = (current ?? []).filter((d) => d.id !== changed.id);
      return [...others, changed].sort((a, b) => a.id - b.id);
    });
    close();
  };

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <Stack gap={2}>
          <Title order={2} size="h4" id="destinations-heading">
            Destinations
          </Title>
          <Text size="sm" c="dimmed">
            Every backup is copied to each folder here and checked there. Use at least two, one of them away from the
            office.
          </Text>
        </Stack>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog({ kind: 'add' })}>
          Add destination
        </Button>
      </Group>
      {destinations.error ? (
        <Alert color="red" title="Could not load the destinations">
          {destinations.error}{' '}
          <Button variant="subtle" size="compact-sm" onClick={() => void destinations.reload()}>
            Try again
          </Button>
        </Alert>
      ) : null}
      {destinations.loading && !destinations.data ? <Loader size="sm" aria-label="Loading destinations" /> : null}
      {destinations.data && active.length === 0 ? (
        <Text size="sm">
          No destinations yet. Add a folder on a second disk, a USB drive or a network share; Chartroom checks that it
          is there and writable.
        </Text>
      ) : null}
      {active.length > 0 ? (
        <Table.ScrollContainer minWidth={720}>
          <Table verticalSpacing={6} fz="sm" aria-labelledby="destinations-heading">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Name</Table.Th>
                <Table.Th scope="col">Folder</Table.Th>
                <Table.Th scope="col">Kind</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {active.map((destination) => (
                <Table.Tr key={destination.id}>
                  <Table.Td fw={600}>{destination.label}</Table.Td>
                  <Table.Td ff="monospace" style={{ overflowWrap: 'anywhere' }}>
                    {destination.path}
                  </Table.Td>
                  <Table.Td>
                    {destination.offsite ? (
                      <Badge variant="light" color="teal">
                        Removable or off-site
                      </Badge>
                    ) : (
                      <Text size="sm">In the office</Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} justify="flex-end" wrap="nowrap">
                      <Button
                        variant="subtle"
                        size="compact-sm"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        onClick={() => setDialog({ kind: 'edit', destination })}
                      >
                        Edit<VisuallyHidden> {destination.label}</VisuallyHidden>
                      </Button>
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        leftSection={<IconArchiveOff size={14} aria-hidden />}
                        onClick={() => setDialog({ kind: 'set-active', destination })}
                      >
                        Retire<VisuallyHidden> {destination.label}</VisuallyHidden>
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {retired.length > 0 ? (
        <Stack gap={4}>
          <Title order={3} size="h6">
            Retired destinations
          </Title>
          {retired.map((destination) => (
            <Group key={destination.id} gap="xs" wrap="wrap">
              <Text size="sm">
                {destination.label}{' '}
                <Text span size="xs" c="dimmed" ff="monospace">
                  {destination.path}
                </Text>
              </Text>
              <Button
                variant="subtle"
                size="compact-xs"
                leftSection={<IconRefresh size={12} aria-hidden />}
                onClick={() => setDialog({ kind: 'set-active', destination })}
              >
                Use again<VisuallyHidden>: {destination.label}</VisuallyHidden>
              </Button>
            </Group>
          ))}
        </Stack>
      ) : null}

      {dialog?.kind === 'add' ? (
        <AddDestinationModal
          onClose={close}
          onAdded={(destination) => {
            replace(destination);
            notifications.show({
              color: 'green',
              title: 'Destination added',
              message: `The next backup also goes to ${destination.label}.`,
            });
          }}
        />
      ) : null}
      {dialog?.kind === 'edit' ? (
        <EditDestinationModal destination={dialog.destination} onClose={close} onSaved={replace} />
      ) : null}
      {dialog?.kind === 'set-active' ? (
        <SetDestinationActiveDialog
          destination={dialog.destination}
          activeCount={active.length}
          onClose={close}
          onChanged={replace}
        />
      ) : null}
    </Stack>
  );
}
