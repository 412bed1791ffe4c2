import type { repositories } from '../../../../db';
import type { AppointmentDto } from '../../../contract/appointments';
import { instantToWallClock, minutesBetween } from './zoned-time';

type ListedAppointment = repositories.appointments.ListedAppointment;

/** "Lopez, Maria": how the calendar and the conflict messages name a patient. */
export const patientDisplayName = (row: { patientFamilyName: string; patientGivenName: string }): string =>
  `${row.patientFamilyName}, ${row.patientGivenName}`;

/** An appointment as the renderer sees it: UTC instants plus the same moments on the practice's wall clock. */
export const toAppointmentDto = (row: ListedAppointment, zone: string): AppointmentDto => {
  const start = instantToWallClock(zone, row.startsAt);
  const end = instantToWallClock(zone, row.endsAt);
  return {
    id: row.id,
    version: row.version,
    patientId: row.patientId,
    patientName: patientDisplayName(row),
    patientMrn: row.patientMrn,
    patientBirthDate: row.patientBirthDate,
    providerId: row.providerId,
    typeId: row.typeId,
    typeName: row.typeName,
    colour: row.typeColour,
    roomId: row.roomId,
    roomName: row.roomName ?? '',
    startsAt: row.startsAt,
    endsAt: row.endsAt,
    date: start.date,
    start: start.time,
    end: end.time,
    durationMinutes: minutesBetween(row.startsAt, row.endsAt),
    seriesId: row.seriesId,
    seriesIndex: row.seriesIndex,
    status: row.status,
    reason: row.reason,
    overrideReason: row.overrideReason,
    doubleBooked: row.doubleBooked,
    cancelReason: row.cancelReason,
    insuranceConfirmed: row.insuranceConfirmed,
    arrivedAt: row.arrivedAt,
    roomedAt: row.roomedAt,
    withProviderAt: row.withProviderAt,
    checkedOutAt: row.checkedOutAt,
  };
};
