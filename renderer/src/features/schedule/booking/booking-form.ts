import type { z } from 'zod';
import type { AppointmentTypeDto, bookInputSchema } from '../../../../../electron/contract';
import { weekdayOf } from '../model/calendar-dates';
import { minutesOf, timeOf } from '../model/time-grid';
import type { ChosenPatient } from './PatientPicker';

export interface RepeatDraft {
  enabled: boolean;
  intervalWeeks: number;
  weekdays: number[];
  ends: 'until' | 'count';
  until: string;
  count: number;
}

export interface BookingDraft {
  patient: ChosenPatient | null;
  providerId: number;
  date: string;
  start: string;
  end: string;
  typeId: number | null;
  roomId: number | null;
  reason: string;
  repeat: RepeatDraft;
}

export type BookingField = 'patient' | 'type' | 'date' | 'start' | 'end' | 'room' | 'reason' | 'repeat' | 'override';

/** The types a provider offers, for the type picker: active ones only. */
export const typesOffered = (types: readonly AppointmentTypeDto[], providerId: number): AppointmentTypeDto[] =>
  types.filter((type) => type.active && type.providerIds.includes(providerId));

export const endAfter = (start: string, minutes: number): string =>
  timeOf(Math.min(minutesOf(start) + minutes, 24 * 60 - 5));

export const newBookingDraft = (slot: {
  providerId: number;
  date: string;
  start: string;
  durationMinutes: number;
}): BookingDraft => ({
  patient: null,
  providerId: slot.providerId,
  date: slot.date,
  start: slot.start,
  end: endAfter(slot.start, slot.durationMinutes),
  typeId: null,
  roomId: null,
  reason: '',
  repeat: { enabled: false, intervalWeeks: 1, weekdays: [weekdayOf(slot.date)], ends: 'count', until: '', count: 6 },
});

export type BookingInput = z.input<typeof bookInputSchema>;

/**
 * The booking the dialog sends, or the first thing the user still has to fill in. The server checks
 * everything again (and the rest: dates, lengths, the series' end); this only catches what the
 * dialog can say more precisely beside its own field.
 */
export const bookingInputFrom = (
  draft: BookingDraft,
  overrideReason: string | null,
): { input: BookingInput } | { field: BookingField; message: string } => {
  if (!draft.patient) return { field: 'patient', message: 'Choose the patient to book, or register them.' };
  if (draft.typeId === null) return { field: 'type', message: 'Choose the type of appointment.' };
  if (!draft.start) return { field: 'start', message: 'Enter the start time.' };
  if (!draft.end || minutesOf(draft.end) <= minutesOf(draft.start))
    return { field: 'end', message: 'The end is before the start. Check both times.' };
  if (overrideReason !== null && !overrideReason.trim())
    return { field: 'override', message: 'Say why this booking should go ahead despite the warning.' };
  const { repeat } = draft;
  return {
    input: {
      patientId: draft.patient.id,
      typeId: draft.typeId,
      slot: {
        providerId: draft.providerId,
        date: draft.date,
        start: draft.start,
        durationMinutes: minutesOf(draft.end) - minutesOf(draft.start),
      },
      ...(draft.roomId !== null ? { roomId: draft.roomId } : {}),
      reason: draft.reason,
      ...(repeat.enabled
        ? {
            recurrence: {
              intervalWeeks: repeat.intervalWeeks,
              weekdays: [...repeat.weekdays].sort(),
              ...(repeat.ends === 'until' ? { until: repeat.until } : { count: repeat.count }),
            },
          }
        : {}),
      ...(overrideReason !== null ? { override: { reason: overrideReason } } : {}),
    },
  };
};

/** Which of the dialog's fields a server message is about, from the input path the server names. */
export const fieldOfServerPath = (path: string | undefined): BookingField | null => {
  if (!path) return null;
  if (path.startsWith('recurrence')) return 'repeat';
  if (path.startsWith('override')) return 'override';
  const last = path.slice(path.lastIndexOf('.') + 1);
  const byName: Record<string, BookingField> = {
    patientId: 'patient',
    typeId: 'type',
    date: 'date',
    start: 'start',
    durationMinutes: 'end',
    roomId: 'room',
    reason: 'reason',
  };
  return byName[last] ?? null;
};
