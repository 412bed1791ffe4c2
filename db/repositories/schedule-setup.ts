import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import {
  appointmentTypeProviders,
  appointmentTypes,
  rooms,
  scheduleDaysOff,
  scheduleHours,
  scheduleProviders,
  users,
} from '../schema';
import type { ChartDb } from '../store/open';

export type ScheduleProviderRow = typeof scheduleProviders.$inferSelect;
export type ScheduleHoursRow = typeof scheduleHours.$inferSelect;
export type DayOffRow = typeof scheduleDaysOff.$inferSelect;
export type RoomRow = typeof rooms.$inferSelect;
export type AppointmentTypeRow = typeof appointmentTypes.$inferSelect;

/** Roles whose active users appear in schedule setup even before anyone has set up their hours. */
export const bookableRoles = ['physician', 'nurse'] as const;

/**
 * Whether a provider can be booked: the account is active, and their calendar is switched on or,
 * before anyone has set it up, they are a physician (nurse visits go on a physician's calendar until
 * a nurse schedule is made). Schedule setup shows this and booking enforces it: one rule.
 */
export const isBookable = (provider: { userActive: boolean; role: string; calendarActive: boolean | null }): boolean =>
  provider.userActive && (provider.calendarActive ?? provider.role === 'physician');

export interface ProviderCandidate {
  userId: number;
  fullName: string;
  role: string;
  userActive: boolean;
  schedule: ScheduleProviderRow | null;
}

/** Active physicians and nurses, and anyone already set up (even if deactivated since), by name. */
export const listProviderCandidates = (db: ChartDb): ProviderCandidate[] =>
  db
    .select({
      userId: users.id,
      fullName: users.fullName,
      role: users.role,
      userActive: users.active,
      schedule: scheduleProviders,
    })
    .from(users)
    .leftJoin(scheduleProviders, eq(scheduleProviders.userId, users.id))
    .where(
      or(
        and(eq(users.active, true), inArray(users.role, [...bookableRoles])),
        sql`${scheduleProviders.userId} is not null`,
      ),
    )
    .orderBy(asc(users.fullName))
    .all();

export const getProviderCandidate = (db: ChartDb, userId: number): ProviderCandidate | undefined =>
  listProviderCandidates(db).find((candidate) => candidate.userId === userId);

export const insertProvider = (db: ChartDb, row: typeof scheduleProviders.$inferInsert): ScheduleProviderRow =>
  db.insert(scheduleProviders).values(row).returning().get();

/** Bumps the version only if it is still `expectedVersion`; undefined when someone saved first. */
export const updateProvider = (
  db: ChartDb,
  userId: number,
  expectedVersion: number,
  fields: Pick<ScheduleProviderRow, 'active' | 'colour' | 'updatedAt'>,
): ScheduleProviderRow | undefined =>
  db
    .update(scheduleProviders)
    .set({ ...fields, version: sql`${scheduleProviders.version} + 1` })
    .where(and(eq(scheduleProviders.userId, userId), eq(scheduleProviders.version, expectedVersion)))
    .returning()
    .get();

/** A change to a provider's days off is a change to their schedule: it bumps the version too. */
export const touchProvider = (db: ChartDb, userId: number, updatedAt: string): void => {
  db.update(scheduleProviders)
    .set({ version: sql`${scheduleProviders.version} + 1`, updatedAt })
    .where(eq(scheduleProviders.userId, userId))
    .run();
};

export const listHours = (db: ChartDb): ScheduleHoursRow[] =>
  db.select().from(scheduleHours).orderBy(asc(scheduleHours.weekday), asc(scheduleHours.start)).all();

/** The week's blocks are one unit: the old ones go, the new ones come, in the caller's transaction. */
export const replaceHours = (
  db: ChartDb,
  providerId: number,
  blocks: Omit<typeof scheduleHours.$inferInsert, 'id' | 'providerId'>[],
): void => {
  db.delete(scheduleHours).where(eq(scheduleHours.providerId, providerId)).run();
  if (blocks.length > 0)
    db.insert(scheduleHours)
      .values(blocks.map((block) => ({ ...block, providerId })))
      .run();
};

/** Days off still in force (removed ones are kept for the record but not listed). */
export const listDaysOff = (db: ChartDb): DayOffRow[] =>
  db
    .select()
    .from(scheduleDaysOff)
    .where(eq(scheduleDaysOff.removed, false))
    .orderBy(asc(scheduleDaysOff.firstDay), asc(scheduleDaysOff.id))
    .all();

export const getDayOff = (db: ChartDb, id: number): DayOffRow | undefined =>
  db.select().from(scheduleDaysOff).where(eq(scheduleDaysOff.id, id)).get();

export const insertDayOff = (
  db: ChartDb,
  row: Omit<typeof scheduleDaysOff.$inferInsert, 'id' | 'removed'>,
): DayOffRow => db.insert(scheduleDaysOff).values(row).returning().get();

export const markDayOffRemoved = (db: ChartDb, id: number): void => {
  db.update(scheduleDaysOff).set({ removed: true }).where(eq(scheduleDaysOff.id, id)).run();
};

export const listRooms = (db: ChartDb): RoomRow[] => db.select().from(rooms).orderBy(asc(rooms.name)).all();

export const getRoom = (db: ChartDb, id: number): RoomRow | undefined =>
  db.select().from(rooms).where(eq(rooms.id, id)).get();

/** Names are compared without regard to case: "Room 1" and "room 1" are the same room to staff. */
export const findRoomByName = (db: ChartDb, name: string): RoomRow | undefined =>
  db.select().from(rooms).where(sql`lower(${rooms.name}) = lower(${name})`).get();

export const insertRoom = (db: ChartDb, row: Omit<typeof rooms.$inferInsert, 'id' | 'version'>): RoomRow =>
  db.insert(rooms).values(row).returning().get();

export const updateRoom = (
  db: ChartDb,
  id: number,
  expectedVersion: number,
  fields: Pick<RoomRow, 'name' | 'active' | 'updatedAt'>,
): RoomRow | undefined =>
  db
    .update(rooms)
    .set({ ...fields, version: sql`${rooms.version} + 1` })
    .where(and(eq(rooms.id, id), eq(rooms.version, expectedVersion)))
    .returning()
    .get();

export const listTypes = (db: ChartDb): AppointmentTypeRow[] =>
  db.select().from(appointmentTypes).orderBy(asc(appointmentTypes.name)).all();

export const getType = (db: ChartDb, id: number): AppointmentTypeRow | undefined =>
  db.select().from(appointmentTypes).where(eq(appointmentTypes.id, id)).get();

export const findTypeByName = (db: ChartDb, name: string): AppointmentTypeRow | undefined =>
  db.select().from(appointmentTypes).where(sql`lower(${appointmentTypes.name}) = lower(${name})`).get();

export const insertType = (
  db: ChartDb,
  row: Omit<typeof appointmentTypes.$inferInsert, 'id' | 'version'>,
): AppointmentTypeRow => db.insert(appointmentTypes).values(row).returning().get();

export const updateType = (
  db: ChartDb,
  id: number,
  expectedVersion: number,
  fields: Pick<AppointmentTypeRow, 'name' | 'durationMinutes' | 'colour' | 'active' | 'updatedAt'>,
): AppointmentTypeRow | undefined =>
  db
    .update(appointmentTypes)
    .set({ ...fields, version: sql`${appointmentTypes.version} + 1` })
    .where(and(eq(appointmentTypes.id, id), eq(appointmentTypes.version, expectedVersion)))
    .returning()
    .get();

export const listTypeProviders = (db: ChartDb): { typeId: number; providerId: number }[] =>
  db.select().from(appointmentTypeProviders).all();

/** Which providers offer a type is a mapping, not a record: replaced whole with the type's save. */
export const replaceTypeProviders = (db: ChartDb, typeId: number, providerIds: readonly number[]): void => {
  db.delete(appointmentTypeProviders).where(eq(appointmentTypeProviders.typeId, typeId)).run();
  if (providerIds.length > 0)
    db.insert(appointmentTypeProviders)
      .values(providerIds.map((providerId) => ({ typeId, providerId })))
      .run();
};
