import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { AppointmentDto } from '../../../../../electron/contract';
import type { PendingMove } from '../changes/MoveDialog';
import type { ChangeScope } from '../changes/SeriesScope';
import { useMoveAppointment } from '../hooks/use-appointment-changes';
import type { CalendarSlot } from '../model/calendar-column';
import { minutesOf, timeOf } from '../model/time-grid';

/**
 * A drop, from the drag to the server's answer: a series asks which occurrences first; a warning asks
 * for a reason to override; a refusal snaps the block back with the message. Meanwhile the block is
 * drawn where it was dropped (optimistic), and the day is reloaded after every answer, so what the
 * server has is what stays on screen.
 */
export const useMoveFlow = (reload: () => Promise<void>) => {
  const [move, setMove] = useState<PendingMove | null>(null);
  const { move: send, pending } = useMoveAppointment();

  const attempt = async (current: PendingMove, scope: ChangeScope, overrideReason: string | null) => {
    setMove({ ...current, scope, asking: false });
    const { appointment, slot } = current;
    const result = await send({
      appointmentId: appointment.id,
      expectedVersion: appointment.version,
      slot,
      scope,
      ...(overrideReason !== null ? { override: { reason: overrideReason } } : {}),
    });
    if (!result.ok && result.error.code === 'SCHEDULE_CONFLICT') {
      setMove({ ...current, scope, conflict: result.error.message, asking: true });
      return;
    }
    if (result.ok)
      notifications.show({
        color: 'teal',
        title: 'Moved',
        // The notices say what the server adjusted, e.g. a time the clocks skipped.
        message: [
          `${appointment.patientName} is now ${slot.start}–${timeOf(minutesOf(slot.start) + slot.durationMinutes)}.`,
          ...result.value.notices,
        ].join(' '),
      });
    else
      notifications.show({
        color: 'red',
        title: 'Not moved',
        message:
          result.error.code === 'CONFLICT'
            ? `${result.error.message} The calendar now shows the latest.`
            : result.error.message,
        autoClose: 10_000,
      });
    await reload();
    setMove(null);
  };

  const dropped = (appointment: AppointmentDto, slot: CalendarSlot) => {
    const pendingMove: PendingMove = { appointment, slot, scope: 'this', conflict: null, asking: false };
    if (appointment.seriesId !== null) setMove({ ...pendingMove, asking: true });
    else void attempt(pendingMove, 'this', null);
  };

  return {
    move,
    pending,
    dropped,
    confirm: (scope: ChangeScope, overrideReason: string | null) => move && void attempt(move, scope, overrideReason),
    abandon: () => setMove(null),
  };
};

/** The appointments as drawn: the one being moved sits where it was dropped until the server answers. */
export const withPendingMove = (
  appointments: readonly AppointmentDto[],
  move: PendingMove | null,
): AppointmentDto[] => {
  if (!move) return [...appointments];
  const { slot } = move;
  const end = timeOf(minutesOf(slot.start) + slot.durationMinutes);
  return appointments.map((appointment) =>
    appointment.id === move.appointment.id
      ? {
          ...appointment,
          providerId: slot.providerId,
          date: slot.date,
          start: slot.start,
          end,
          durationMinutes: slot.durationMinutes,
        }
      : appointment,
  );
};
