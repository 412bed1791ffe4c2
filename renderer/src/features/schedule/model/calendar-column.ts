import type { AppointmentDto, CalendarColour } from '../../../../../electron/contract';
import type { DayPlan } from './day-plan';

/** One column of the time grid: a provider on a date (the day view has one per provider, the week view one per day). */
export interface CalendarColumn {
  key: string;
  providerId: number;
  providerName: string;
  date: string;
  heading: string;
  colour: CalendarColour;
  plan: DayPlan;
  appointments: AppointmentDto[];
}

/** A wall-clock slot on one provider's calendar, as the contract's slot takes it. */
export interface CalendarSlot {
  providerId: number;
  date: string;
  start: string;
  durationMinutes: number;
}

export const statusLabels: Record<AppointmentDto['status'], string> = {
  scheduled: 'Scheduled',
  arrived: 'Arrived',
  roomed: 'Roomed',
  'with-provider': 'With provider',
  'checked-out': 'Checked out',
  cancelled: 'Cancelled',
  'no-show': 'No-show',
};

/** Appointments that can still be dragged: a finished, cancelled or missed visit stays where it happened. */
export const isMovable = (appointment: AppointmentDto): boolean =>
  !['checked-out', 'cancelled', 'no-show'].includes(appointment.status);

/** What a screen reader hears for a block: time, patient, type, status, and any marker, in words. */
export const describeAppointment = (appointment: AppointmentDto, providerName: string): string =>
  [
    `${appointment.start} to ${appointment.end}`,
    appointment.patientName,
    appointment.typeName,
    statusLabels[appointment.status],
    `with ${providerName}`,
    appointment.roomName ? `in ${appointment.roomName}` : '',
    appointment.seriesId !== null ? 'part of a series' : '',
    appointment.doubleBooked ? 'double-booked' : '',
    appointment.overrideReason ? `override: ${appointment.overrideReason}` : '',
  ]
    .filter(Boolean)
    .join(', ');
