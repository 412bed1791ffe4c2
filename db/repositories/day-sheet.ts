import { and, asc, eq, inArray } from 'drizzle-orm';
import { appointments, appointmentTypes, patients, rooms, scheduleProviders, users } from '../schema';
import type { ChartDb } from '../store/open';

/**
 * What the printed day sheet reads (issue 5): one practice-zone day's appointments with the names
 * they print under, and the providers the sheet has a section for. Read-only.
 */
export interface DaySheetAppointmentRow {
  id: number;
  providerId: number;
  startsAt: string;
  endsAt: string;
  status: (typeof appointments.$inferSelect)['status'];
  reason: string;
  cancelReason: string;
  doubleBooked: boolean;
  typeName: string;
  roomName: string | null;
  mrn: string;
  givenName: string;
  middleName: string;
  familyName: string;
  suffix: string;
  preferredName: string;
  birthDate: string;
}

export const appointmentsOnDay = (db: ChartDb, localDate: string, providerIds?: number[]): DaySheetAppointmentRow[] =>
  db
    .select({
      id: appointments.id,
      providerId: appointments.providerId,
      startsAt: appointments.startsAt,
      endsAt: appointments.endsAt,
      status: appointments.status,
      reason: appointments.reason,
      cancelReason: appointments.cancelReason,
      doubleBooked: appointments.doubleBooked,
      typeName: appointmentTypes.name,
      roomName: rooms.name,
      mrn: patients.mrn,
      givenName: patients.legalGivenName,
      middleName: patients.legalMiddleName,
      familyName: patients.legalFamilyName,
      suffix: patients.suffix,
      preferredName: patients.preferredName,
      birthDate: patients.birthDate,
    })
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(appointmentTypes, eq(appointmentTypes.id, appointments.typeId))
    .leftJoin(rooms, eq(rooms.id, appointments.roomId))
    .where(
      and(
        eq(appointments.localDate, localDate),
        providerIds ? inArray(appointments.providerId, providerIds) : undefined,
      ),
    )
    .orderBy(asc(appointments.startsAt), asc(appointments.id))
    .all();

export interface DaySheetProviderRow {
  id: number;
  fullName: string;
}

/**
 * The providers a day sheet has a section for: the ones asked for, or else every active schedule
 * provider and anyone else with an appointment that day (a deactivated provider's bookings still print).
 */
export const providersForDay = (db: ChartDb, localDate: string, providerIds?: number[]): DaySheetProviderRow[] => {
  if (providerIds) {
    return db
      .select({ id: users.id, fullName: users.fullName })
      .from(users)
      .where(inArray(users.id, providerIds))
      .orderBy(asc(users.fullName), asc(users.id))
      .all();
  }
  const scheduled = db
    .select({ id: users.id, fullName: users.fullName })
    .from(users)
    .innerJoin(scheduleProviders, eq(scheduleProviders.userId, users.id))
    .where(eq(scheduleProviders.active, true));
  const booked = db
    .selectDistinct({ id: users.id, fullName: users.fullName })
    .from(appointments)
    .innerJoin(users, eq(users.id, appointments.providerId))
    .where(eq(appointments.localDate, localDate));
  const byId = new Map<number, DaySheetProviderRow>();
  for (const row of [...scheduled.all(), ...booked.all()]) byId.set(row.id, row);
  return [...byId.values()].sort((a, b) => a.fullName.localeCompare(b.fullName) || a.id - b.id);
};
