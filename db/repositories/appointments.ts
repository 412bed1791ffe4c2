import {
  and,
  asc,
  desc,
  eq,
  getTableColumns,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  lte,
  notInArray,
  or,
  sql,
} from 'drizzle-orm';
import {
  appointmentEvents,
  appointmentSeries,
  appointments,
  appointmentTypeProviders,
  appointmentTypes,
  patients,
  rooms,
  scheduleDaysOff,
  scheduleHours,
  scheduleProviders,
  users,
} from '../schema';
import type { ChartDb } from '../store/open';
import { insertRows } from './bulk-insert';
import { bookableRoles, isBookable } from './schedule-setup';

/**
 * Appointments and series (issue 5), and the few schedule-setup reads that booking checks against.
 * Instants are UTC ISO strings of one format (Date#toISOString), so they compare as text.
 */
export type AppointmentRow = typeof appointments.$inferSelect;
export type NewAppointment = typeof appointments.$inferInsert;
export type SeriesRow = typeof appointmentSeries.$inferSelect;
export type NewSeries = typeof appointmentSeries.$inferInsert;
export type HoursRow = typeof scheduleHours.$inferSelect;
export type DayOffRow = typeof scheduleDaysOff.$inferSelect;

/** Statuses that no longer hold their slot: the time is free for someone else. */
export const freedStatuses = ['cancelled', 'no-show'] as const;

const listedColumns = {
  ...getTableColumns(appointments),
  patientGivenName: patients.legalGivenName,
  patientFamilyName: patients.legalFamilyName,
  patientMrn: patients.mrn,
  patientBirthDate: patients.birthDate,
  typeName: appointmentTypes.name,
  typeColour: appointmentTypes.colour,
  roomName: rooms.name,
};
/** An appointment with the names the calendar shows beside it. */
export type ListedAppointment = AppointmentRow & {
  patientGivenName: string;
  patientFamilyName: string;
  patientMrn: string;
  patientBirthDate: string;
  typeName: string;
  typeColour: string;
  roomName: string | null;
};

const listed = (db: ChartDb) =>
  db
    .select(listedColumns)
    .from(appointments)
    .innerJoin(patients, eq(patients.id, appointments.patientId))
    .innerJoin(appointmentTypes, eq(appointmentTypes.id, appointments.typeId))
    .leftJoin(rooms, eq(rooms.id, appointments.roomId));

export const getAppointment = (db: ChartDb, id: number): ListedAppointment | undefined =>
  listed(db).where(eq(appointments.id, id)).get();

export const listByIds = (db: ChartDb, ids: readonly number[]): ListedAppointment[] =>
  ids.length === 0
    ? []
    : listed(db)
        .where(inArray(appointments.id, [...ids]))
        .orderBy(asc(appointments.startsAt), asc(appointments.id))
        .all();

export interface RangeQuery {
  /** Local dates [fromDate, toDate] that can hold a start inside the window (the index's range). */
  fromDate: string;
  toDate: string;
  /** The window itself: appointments overlapping [fromInstant, toInstant). */
  fromInstant: string;
  toInstant: string;
  /** Absent: every bookable provider (the all-provider day view), in the same statement. */
  providerIds?: readonly number[];
}

/** Bookable providers (the SQL form of isBookable in schedule-setup.ts), as a subquery of the one statement that reads a view. */
const bookableProviderIds = (db: ChartDb) =>
  db
    .select({ userId: users.id })
    .from(users)
    .leftJoin(scheduleProviders, eq(scheduleProviders.userId, users.id))
    .where(
      and(
        eq(users.active, true),
        or(eq(scheduleProviders.active, true), and(isNull(scheduleProviders.userId), eq(users.role, 'physician'))),
      ),
    );

const ofProviders = (db: ChartDb, providerIds: readonly number[] | undefined) =>
  inArray(appointments.providerId, providerIds ? [...providerIds] : bookableProviderIds(db));

/** The day and week views' statement: one indexed query (appointments_provider_day), cancelled included. */
export const dayViewQuery = (db: ChartDb, query: RangeQuery) =>
  listed(db)
    .where(
      and(
        ofProviders(db, query.providerIds),
        gte(appointments.localDate, query.fromDate),
        lte(appointments.localDate, query.toDate),
        lt(appointments.startsAt, query.toInstant),
        gt(appointments.endsAt, query.fromInstant),
      ),
    )
    .orderBy(asc(appointments.startsAt), asc(appointments.providerId), asc(appointments.id));

export const listInRange = (db: ChartDb, query: RangeQuery): ListedAppointment[] =>
  query.providerIds?.length === 0 ? [] : dayViewQuery(db, query).all();

/** The same provider's appointments that still hold their slot and overlap [fromInstant, toInstant). */
export const listHoldingSlot = (db: ChartDb, providerId: number, query: Omit<RangeQuery, 'providerIds'>) =>
  listed(db)
    .where(
      and(
        eq(appointments.providerId, providerId),
        gte(appointments.localDate, query.fromDate),
        lte(appointments.localDate, query.toDate),
        lt(appointments.startsAt, query.toInstant),
        gt(appointments.endsAt, query.fromInstant),
        notInArray(appointments.status, [...freedStatuses]),
      ),
    )
    .orderBy(asc(appointments.startsAt))
    .all();

/** The month overview: appointments per local day and provider, cancelled ones not counted. */
export const countByDay = (
  db: ChartDb,
  query: { fromDate: string; toDateExclusive: string; providerIds?: readonly number[] },
): { date: string; providerId: number; count: number }[] =>
  query.providerIds?.length === 0
    ? []
    : db
        .select({ date: appointments.localDate, providerId: appointments.providerId, count: sql<number>`count(*)` })
        .from(appointments)
        .where(
          and(
            ofProviders(db, query.providerIds),
            gte(appointments.localDate, query.fromDate),
            lt(appointments.localDate, query.toDateExclusive),
            sql`${appointments.status} <> 'cancelled'`,
          ),
        )
        .groupBy(appointments.localDate, appointments.providerId)
        .orderBy(asc(appointments.localDate), asc(appointments.providerId))
        .all();

/** A patient's appointments, newest first. */
export const listForPatient = (db: ChartDb, patientId: number): ListedAppointment[] =>
  listed(db)
    .where(eq(appointments.patientId, patientId))
    .orderBy(desc(appointments.startsAt), desc(appointments.id))
    .all();

/** A series' occurrences in order. */
export const listSeriesOccurrences = (db: ChartDb, seriesId: number): ListedAppointment[] =>
  listed(db)
    .where(eq(appointments.seriesId, seriesId))
    .orderBy(asc(appointments.seriesIndex), asc(appointments.id))
    .all();

export const insertAppointment = (db: ChartDb, values: NewAppointment): AppointmentRow =>
  db.insert(appointments).values(values).returning().get();

/** Writes `fields` and bumps the version only if the row is still at `expectedVersion`. */
export const updateAppointment = (
  db: ChartDb,
  id: number,
  expectedVersion: number,
  fields: Partial<Omit<NewAppointment, 'id' | 'version'>>,
): AppointmentRow | undefined =>
  db
    .update(appointments)
    .set({ ...fields, version: sql`${appointments.version} + 1` })
    .where(and(eq(appointments.id, id), eq(appointments.version, expectedVersion)))
    .returning()
    .get();

export const insertEvent = (db: ChartDb, values: typeof appointmentEvents.$inferInsert): void => {
  db.insert(appointmentEvents).values(values).run();
};

/** Many appointments at once (a bulk writer's, which checked the slots itself); their ids, in order. */
export const insertAppointments = (db: ChartDb, rows: readonly NewAppointment[]): number[] =>
  insertRows(db, appointments, rows);

export const insertEvents = (db: ChartDb, rows: readonly (typeof appointmentEvents.$inferInsert)[]): void => {
  insertRows(db, appointmentEvents, rows);
};

export const listEvents = (db: ChartDb, appointmentId: number) =>
  db
    .select()
    .from(appointmentEvents)
    .where(eq(appointmentEvents.appointmentId, appointmentId))
    .orderBy(asc(appointmentEvents.id))
    .all();

export const insertSeries = (db: ChartDb, values: NewSeries): SeriesRow =>
  db.insert(appointmentSeries).values(values).returning().get();

export const getSeries = (db: ChartDb, id: number): SeriesRow | undefined =>
  db.select().from(appointmentSeries).where(eq(appointmentSeries.id, id)).get();

export const updateSeries = (db: ChartDb, id: number, fields: Partial<Omit<NewSeries, 'id'>>): void => {
  db.update(appointmentSeries).set(fields).where(eq(appointmentSeries.id, id)).run();
};

// Schedule setup, as booking reads it.

export interface ProviderRow {
  userId: number;
  fullName: string;
  /** Both the account and its calendar are active. */
  bookable: boolean;
  /** The user has a calendar at all (a schedule_providers row). */
  hasCalendar: boolean;
}

export const getProvider = (db: ChartDb, userId: number): ProviderRow | undefined => {
  const row = db
    .select({
      userId: users.id,
      fullName: users.fullName,
      role: users.role,
      userActive: users.active,
      calendarActive: scheduleProviders.active,
    })
    .from(users)
    .leftJoin(scheduleProviders, eq(scheduleProviders.userId, users.id))
    .where(eq(users.id, userId))
    .get();
  if (!row) return undefined;
  return {
    userId: row.userId,
    fullName: row.fullName,
    hasCalendar: row.calendarActive !== null || (bookableRoles as readonly string[]).includes(row.role),
    bookable: isBookable(row),
  };
};

/** Providers whose calendar and account are both active. */
export const listBookableProviderIds = (db: ChartDb): number[] =>
  bookableProviderIds(db)
    .all()
    .map((row) => row.userId);

export const listHours = (db: ChartDb, providerId: number, weekday: number): HoursRow[] =>
  db
    .select()
    .from(scheduleHours)
    .where(and(eq(scheduleHours.providerId, providerId), eq(scheduleHours.weekday, weekday)))
    .orderBy(asc(scheduleHours.start))
    .all();

/** Days off (not removed) that overlap [fromDate, toDate]. */
export const listDaysOff = (db: ChartDb, providerId: number, fromDate: string, toDate: string): DayOffRow[] =>
  db
    .select()
    .from(scheduleDaysOff)
    .where(
      and(
        eq(scheduleDaysOff.providerId, providerId),
        eq(scheduleDaysOff.removed, false),
        lte(scheduleDaysOff.firstDay, toDate),
        gte(scheduleDaysOff.lastDay, fromDate),
      ),
    )
    .orderBy(asc(scheduleDaysOff.firstDay))
    .all();

export const listTypeProviderIds = (db: ChartDb, typeId: number): number[] =>
  db
    .select({ providerId: appointmentTypeProviders.providerId })
    .from(appointmentTypeProviders)
    .where(eq(appointmentTypeProviders.typeId, typeId))
    .all()
    .map((row) => row.providerId);
