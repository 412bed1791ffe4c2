import { Button, Group, Stack, Switch, Table, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { RoomDto } from '../../../../electron/contract';
import { useSaveRoom } from './use-schedule-setup';

/** One room: rename it or take it out of use in place; nothing else on the page changes. */
function RoomRow({ room, onSaved }: { room: RoomDto; onSaved: (saved: RoomDto) => void }) {
  const { run: save, pending } = useSaveRoom();
  const [name, setName] = useState(room.name);
  const [error, setError] = useState<string | null>(null);
  const submit = async (active: boolean) => {
    setError(null);
    const result = await save({ roomId: room.id, expectedVersion: room.version, name, active });
    if (result.ok) {
      onSaved(result.value);
      setName(result.value.name);
    } else setError(result.error.message);
  };
  return (
    <Table.Tr>
      <Table.Td>
        <TextInput
          aria-label={`Name of ${room.name}`}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={error}
          maw={320}
        />
      </Table.Td>
      <Table.Td>
        <Switch
          label={room.active ? 'In use' : 'Not in use'}
          aria-label={`${room.name} in use`}
          checked={room.active}
          disabled={pending}
          onChange={(event) => void submit(event.currentTarget.checked)}
        />
      </Table.Td>
      <Table.Td>
        <Button
          size="compact-sm"
          variant="light"
          disabled={name.trim() === room.name}
          loading={pending}
          onClick={() => void submit(room.active)}
        >
          Rename
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}

/** Exam and procedure rooms patients are roomed in; taken out of use, never deleted (visits keep them). */
export function RoomsSection({ rooms, onSaved }: { rooms: RoomDto[]; onSaved: (saved: RoomDto) => void }) {
  const { run: save, pending } = useSaveRoom();
  const [name, setName] = useState('');
  const [error, setError] = useState<string | null>(null);
  const add = async () => {
    setError(null);
    const result = await save({ roomId: null, expectedVersion: null, name, active: true });
    if (result.ok) {
      onSaved(result.value);
      setName('');
    } else setError(result.error.message);
  };
  return (
    <Stack gap="md" maw={760}>
      {rooms.length === 0 ? (
        <Text c="dimmed">No rooms yet. Add the exam rooms patients are taken to.</Text>
      ) : (
        <Table aria-label="Rooms" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Room</Table.Th>
              <Table.Th w={160}>Status</Table.Th>
              <Table.Th w={110} />
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rooms.map((room) => (
              <RoomRow key={`${room.id}-${room.version}`} room={room} onSaved={onSaved} />
            ))}
          </Table.Tbody>
        </Table>
      )}
      <form
        aria-label="Add a room"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void add();
        }}
      >
        <Group align="flex-start" gap="xs">
          <TextInput
            label="New room"
            placeholder="Exam 1"
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={error}
            w={320}
          />
          <Button type="submit" mt={25} loading={pending}>
            Add room
          </Button>
        </Group>
      </form>
    </Stack>
  );
}
