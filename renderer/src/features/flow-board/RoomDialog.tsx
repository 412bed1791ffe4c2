import { Select, Text } from '@mantine/core';
import { useState } from 'react';
import type { AppointmentDto, RoomDto } from '../../../../electron/contract';
import { FlowDialog } from './FlowDialog';
import type { StepSubmit } from './step';

interface RoomDialogProps {
  appointment: AppointmentDto;
  rooms: RoomDto[];
  /** Rooms with a patient in them now, by room id: shown so nobody is roomed on top of someone. */
  occupants: Map<number, string>;
  onSubmit: StepSubmit;
  onClose: () => void;
}

/** Rooming: the nurse picks the exam room the patient was taken to. */
export function RoomDialog({ appointment, rooms, occupants, onSubmit, onClose }: RoomDialogProps) {
  const [roomId, setRoomId] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const active = rooms.filter((room) => room.active);

  const submit = async () => {
    if (!roomId) {
      setError('Pick the room the patient is in.');
      return;
    }
    setPending(true);
    const problem = await onSubmit({ status: 'roomed', roomId: Number(roomId) });
    setPending(false);
    if (problem) setError(problem);
    else onClose();
  };

  return (
    <FlowDialog
      title={`Room ${appointment.patientName}`}
      confirmLabel="Room the patient"
      pending={pending}
      error={error}
      onConfirm={() => void submit()}
      onClose={onClose}
    >
      {active.length === 0 ? (
        <Text size="sm">No rooms are set up. The office manager adds them under Administration, Schedule setup.</Text>
      ) : (
        <Select
          label="Room"
          placeholder="Pick a room"
          data-autofocus
          data={active.map((room) => {
            const occupant = occupants.get(room.id);
            return { value: String(room.id), label: occupant ? `${room.name} (in use: ${occupant})` : room.name };
          })}
          value={roomId}
          onChange={setRoomId}
        />
      )}
    </FlowDialog>
  );
}
