import { Temporal } from 'temporal-polyfill';
import { schema } from '../../db';
import type { ChartroomApp } from '../../electron/main/bootstrap';

/**
 * Writes schedule rows straight into a test practice's store, for tests of what reads them (the
 * printed day sheet): providers, a room, types and appointments at wall-clock times in the
 * practice's zone. Booking rules are the appointment service's tests' business, not these.
 */
export interface SeedAppointment {
  patientId: number;
  providerId: number;
  typeId: number;
  roomId?: number | null;
  /** YYYY-MM-DD and HH:MM in the zone. */
  date: string;
  time: string;
  minutes: number;
  status?: (typeof schema.appointments.$inferInsert)['status'];
  reason?: string;
  cancelReason?: string;
  doubleBooked?: boolean;
}

/** The UTC instant of a wall-clock time in a zone, as the store keeps it (ISO with milliseconds). */
export const instantAt = (date: string, time: string, zone: string): string =>
  new Date(Temporal.PlainDateTime.from(`${date}T${time}`).toZonedDateTime(zone).epochMilliseconds).toISOString();

export const scheduleRows = (app: ChartroomApp, zone: string) => {
  const db = app.services.vault.store.db;
  const now = new Date().toISOString();
  db.update(schema.practice).set({ timeZone: zone }).run();
  return {
    provider(userId: number) {
      db.insert(schema.scheduleProviders).values({ userId, updatedAt: now }).run();
      return userId;
    },
    room(name: string) {
      return db.insert(schema.rooms).values({ name, createdAt: now, updatedAt: now }).returning().get().id;
    },
    type(name: string, durationMinutes: number) {
      return db
        .insert(schema.appointmentTypes)
        .values({ name, durationMinutes, colour: 'blue', createdAt: now, updatedAt: now })
        .returning()
        .get().id;
    },
    appointment(each: SeedAppointment, createdBy: number) {
      const startsAt = instantAt(each.date, each.time, zone);
      const endsAt = new Date(Date.parse(startsAt) + each.minutes * 60_000).toISOString();
      return db
        .insert(schema.appointments)
        .values({
          patientId: each.patientId,
          providerId: each.providerId,
          typeId: each.typeId,
          roomId: each.roomId ?? null,
          startsAt,
          endsAt,
          localDate: each.date,
          status: each.status ?? 'scheduled',
          reason: each.reason ?? '',
          cancelReason: each.cancelReason ?? '',
          doubleBooked: each.doubleBooked ?? false,
          createdBy,
          createdAt: now,
          updatedAt: now,
        })
        .returning()
        .get().id;
    },
  };
};
