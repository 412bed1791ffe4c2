import { Button, Group, Modal, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { getHotkeyHandler } from '@mantine/hooks';
import { IconCalendarSearch } from '@tabler/icons-react';
import { useState } from 'react';
import type { AppointmentDto, ScheduleSetupDto } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { FormAlert } from '../../../ui';
import { useBookAppointment, useFindNextAvailable } from '../hooks/use-appointment-changes';
import type { CalendarSlot } from '../model/calendar-column';
import { formatLongDay } from '../model/calendar-dates';
import { minutesOf } from '../model/time-grid';
import {
  type BookingDraft,
  type BookingField,
  bookingInputFrom,
  endAfter,
  fieldOfServerPath,
  newBookingDraft,
  typesOffered,
} from './booking-form';
import { ConflictOverride } from './ConflictOverride';
import { chosenFrom, PatientPicker } from './PatientPicker';
import { RegisterPatientModal } from './RegisterPatientModal';
import { RepeatFields } from './RepeatFields';

interface BookingDialogProps {
  setup: ScheduleSetupDto;
  /** Where the user clicked or dragged. */
  slot: CalendarSlot;
  /** True when the user dragged out the length: choosing a type then keeps it instead of the type's default. */
  lengthChosen: boolean;
  onBooked: (booked: { appointments: AppointmentDto[]; notices: string[] }) => void;
  onClose: () => void;
}

/**
 * Booking at a slot: the patient (found, or registered inline), the type (only those the provider
 * offers; its default length fills the end), room, reason and an optional weekly series. A booking
 * over a warning comes back with the warning and asks for the reason to book anyway.
 */
export function BookingDialog({ setup, slot, lengthChosen, onBooked, onClose }: BookingDialogProps) {
  const [draft, setDraft] = useState<BookingDraft>(() => newBookingDraft(slot));
  const [errors, setErrors] = useState<Partial<Record<BookingField, string>>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const [registering, setRegistering] = useState(false);
  const [keepLength, setKeepLength] = useState(lengthChosen);
  const { book, pending } = useBookAppointment();
  const { findNext, pending: finding } = useFindNextAvailable();

  const providers = setup.providers.filter((provider) => provider.active || provider.providerId === draft.providerId);
  const types = typesOffered(setup.types, draft.providerId);
  const rooms = setup.rooms.filter((room) => room.active);

  const change = (update: Partial<BookingDraft>) => {
    setDraft((current) => ({ ...current, ...update }));
    // A changed booking is a new question: any earlier warning no longer applies to it.
    setConflict(null);
    setFormError(null);
    setErrors({});
  };

  const chooseType = (typeId: number | null) => {
    const type = setup.types.find((candidate) => candidate.id === typeId);
    change({ typeId, ...(type && !keepLength ? { end: endAfter(draft.start, type.durationMinutes) } : {}) });
  };

  const chooseProvider = (providerId: number) => {
    const stillOffered =
      draft.typeId !== null && typesOffered(setup.types, providerId).some((t) => t.id === draft.typeId);
    change({ providerId, typeId: stillOffered ? draft.typeId : null });
  };

  const patientRegistered = async (patientId: number) => {
    setRegistering(false);
    const result = await api.patients.get({ patientId });
    if (result.ok) change({ patient: chosenFrom(result.value) });
    else setFormError(result.error.message);
  };

  const findNextFree = async () => {
    if (draft.typeId === null) {
      setErrors({ type: 'Choose the type first: the next free time depends on its length.' });
      return;
    }
    const result = await findNext({ typeId: draft.typeId, providerId: draft.providerId, from: draft.date });
    if (!result.ok) {
      setFormError(result.error.message);
      return;
    }
    const free = result.value;
    if (!free) {
      setFormError('No free time for this type with this provider in the next 90 days. Try another provider.');
      return;
    }
    setKeepLength(false);
    change({
      providerId: free.providerId,
      date: free.date,
      start: free.start,
      end: endAfter(free.start, free.durationMinutes),
    });
  };

  const submit = async () => {
    const built = bookingInputFrom(draft, conflict === null ? null : overrideReason);
    if (!('input' in built)) {
      setErrors({ [built.field]: built.message });
      return;
    }
    setErrors({});
    setFormError(null);
    const result = await book(built.input);
    if (result.ok) {
      onBooked(result.value);
      return;
    }
    if (result.error.code === 'SCHEDULE_CONFLICT') {
      setConflict(result.error.message);
      return;
    }
    const field = fieldOfServerPath(result.error.field);
    if (field) setErrors({ [field]: result.error.message });
    else setFormError(result.error.message);
  };

  const durationText = (() => {
    const minutes = minutesOf(draft.end) - minutesOf(draft.start);
    return minutes > 0 ? `${minutes} minutes` : undefined;
  })();

  return (
    <>
      <Modal opened onClose={onClose} title={`Book an appointment · ${formatLongDay(draft.date)}`} size="lg">
        <form
          noValidate
          aria-label="Book an appointment"
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
          onKeyDown={getHotkeyHandler([['mod+Enter', () => void submit()]])}
        >
          <Stack gap="sm">
            <PatientPicker
              value={draft.patient}
              onChange={(patient) => change({ patient })}
              onRegisterNew={() => setRegistering(true)}
              error={errors.patient}
            />
            <SimpleGrid cols={2} spacing="sm">
              <Select
                label="Provider"
                required
                allowDeselect={false}
                data={providers.map((provider) => ({ value: String(provider.providerId), label: provider.name }))}
                value={String(draft.providerId)}
                onChange={(value) => value && chooseProvider(Number(value))}
              />
              <Select
                label="Type"
                required
                placeholder={types.length ? 'Choose a type' : 'This provider offers no types yet'}
                data={types.map((type) => ({
                  value: String(type.id),
                  label: `${type.name} (${type.durationMinutes} min)`,
                }))}
                value={draft.typeId === null ? null : String(draft.typeId)}
                onChange={(value) => chooseType(value ? Number(value) : null)}
                error={errors.type}
              />
            </SimpleGrid>
            <SimpleGrid cols={3} spacing="sm">
              <TextInput
                type="date"
                label="Date"
                required
                value={draft.date}
                error={errors.date}
                onChange={(event) => change({ date: event.currentTarget.value })}
              />
              <TextInput
                type="time"
                step={300}
                label="Start"
                required
                value={draft.start}
                error={errors.start}
                onChange={(event) => change({ start: event.currentTarget.value })}
              />
              <TextInput
                type="time"
                step={300}
                label="End"
                required
                value={draft.end}
                description={durationText}
                error={errors.end}
                onChange={(event) => {
                  setKeepLength(true);
                  change({ end: event.currentTarget.value });
                }}
              />
            </SimpleGrid>
            <Group justify="flex-start">
              <Button
                variant="light"
                size="compact-sm"
                leftSection={<IconCalendarSearch size={16} aria-hidden />}
                loading={finding}
                onClick={() => void findNextFree()}
              >
                Find next available
              </Button>
            </Group>
            <Select
              label="Room"
              placeholder="No room yet"
              clearable
              data={rooms.map((room) => ({ value: String(room.id), label: room.name }))}
              value={draft.roomId === null ? null : String(draft.roomId)}
              onChange={(value) => change({ roomId: value ? Number(value) : null })}
              error={errors.room}
            />
            <Textarea
              label="Reason for the visit"
              autosize
              minRows={2}
              value={draft.reason}
              error={errors.reason}
              onChange={(event) => change({ reason: event.currentTarget.value })}
            />
            <RepeatFields value={draft.repeat} onChange={(repeat) => change({ repeat })} error={errors.repeat} />
            {conflict !== null ? (
              <ConflictOverride
                warning={conflict}
                reason={overrideReason}
                onReason={(reason) => {
                  setOverrideReason(reason);
                  setErrors((current) => ({ ...current, override: undefined }));
                }}
                error={errors.override}
              />
            ) : null}
            <FormAlert title="Not booked" message={formError} />
            <Group justify="flex-end" gap="xs">
              <Button variant="default" onClick={onClose} disabled={pending}>
                Cancel
              </Button>
              <Button type="submit" loading={pending} color={conflict !== null ? 'orange.9' : undefined}>
                {conflict !== null ? 'Book anyway' : 'Book'}
              </Button>
            </Group>
          </Stack>
        </form>
      </Modal>
      <RegisterPatientModal
        opened={registering}
        onPatient={(patientId) => void patientRegistered(patientId)}
        onClose={() => setRegistering(false)}
      />
    </>
  );
}
