import { index, integer, primaryKey, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { patients } from './patients';
import { users } from './users';

/**
 * Scheduling (issue 5). Wall-clock times ("08:30") and calendar dates ("2026-03-08") are in the
 * practice's time zone (practice.time_zone); instants (starts_at, ends_at) are UTC ISO strings, so
 * every stored time is unambiguous and a series keeps its wall-clock time across a DST change.
 */

/** A staff member who can be booked, with their calendar colour; deactivated, never deleted. */
export const scheduleProviders = sqliteTable('schedule_providers', {
  userId: integer('user_id')
    .primaryKey()
    .references(() => users.id),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  colour: text('colour').notNull().default('blue'),
  version: integer('version').notNull().default(1),
  updatedAt: text('updated_at').notNull(),
});

/** Working hours and breaks per ISO weekday (1 = Monday): several rows make a split day. */
export const scheduleHours = sqliteTable(
  'schedule_hours',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    providerId: integer('provider_id')
      .notNull()
      .references(() => users.id),
    weekday: integer('weekday').notNull(),
    kind: text('kind', { enum: ['work', 'break'] }).notNull(),
    start: text('start').notNull(),
    end: text('end').notNull(),
    label: text('label').notNull().default(''),
  },
  (table) => [index('schedule_hours_provider').on(table.providerId, table.weekday)],
);

/** Days a provider does not see patients (holiday, conference), first to last day inclusive. */
export const scheduleDaysOff = sqliteTable(
  'schedule_days_off',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    providerId: integer('provider_id')
      .notNull()
      .references(() => users.id),
    firstDay: text('first_day').notNull(),
    lastDay: text('last_day').notNull(),
    reason: text('reason').notNull().default(''),
    removed: integer('removed', { mode: 'boolean' }).notNull().default(false),
    createdAt: text('created_at').notNull(),
  },
  (table) => [index('schedule_days_off_provider').on(table.providerId, table.firstDay)],
);

export const rooms = sqliteTable(
  'rooms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [uniqueIndex('rooms_name').on(table.name)],
);

export const appointmentTypes = sqliteTable(
  'appointment_types',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    name: text('name').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    colour: text('colour').notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [uniqueIndex('appointment_types_name').on(table.name)],
);

/** Which providers offer which appointment types. */
export const appointmentTypeProviders = sqliteTable(
  'appointment_type_providers',
  {
    typeId: integer('type_id')
      .notNull()
      .references(() => appointmentTypes.id),
    providerId: integer('provider_id')
      .notNull()
      .references(() => users.id),
  },
  (table) => [primaryKey({ columns: [table.typeId, table.providerId] })],
);

/**
 * A recurring series: every `intervalWeeks` weeks on `weekdays` at `localStart`, from `firstDay`
 * until `lastDay` or for `occurrenceCount` occurrences (one of the two; a series always ends). Its
 * occurrences are real appointment rows, made when the series is booked: an occurrence never
 * vanishes because a rule was recomputed.
 */
export const appointmentSeries = sqliteTable('appointment_series', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  patientId: integer('patient_id')
    .notNull()
    .references(() => patients.id),
  intervalWeeks: integer('interval_weeks').notNull(),
  /** JSON array of ISO weekdays, e.g. [1,4]. */
  weekdays: text('weekdays').notNull(),
  localStart: text('local_start').notNull(),
  durationMinutes: integer('duration_minutes').notNull(),
  firstDay: text('first_day').notNull(),
  lastDay: text('last_day'),
  occurrenceCount: integer('occurrence_count'),
  /** A "this and following" edit ends a series and starts its successor here. */
  splitFromSeriesId: integer('split_from_series_id'),
  createdAt: text('created_at').notNull(),
});

export const appointments = sqliteTable(
  'appointments',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    version: integer('version').notNull().default(1),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    providerId: integer('provider_id')
      .notNull()
      .references(() => users.id),
    typeId: integer('type_id')
      .notNull()
      .references(() => appointmentTypes.id),
    roomId: integer('room_id').references(() => rooms.id),
    startsAt: text('starts_at').notNull(),
    endsAt: text('ends_at').notNull(),
    /** The practice-zone calendar day of starts_at, for the day and week views' index. */
    localDate: text('local_date').notNull(),
    seriesId: integer('series_id').references(() => appointmentSeries.id),
    /** 1-based position in its series. */
    seriesIndex: integer('series_index'),
    status: text('status', {
      enum: ['scheduled', 'arrived', 'roomed', 'with-provider', 'checked-out', 'cancelled', 'no-show'],
    }).notNull(),
    reason: text('reason').notNull().default(''),
    /** Set when the user booked over a warning (overlap, outside hours, a break): why they did. */
    overrideReason: text('override_reason').notNull().default(''),
    doubleBooked: integer('double_booked', { mode: 'boolean' }).notNull().default(false),
    cancelReason: text('cancel_reason').notNull().default(''),
    insuranceConfirmed: integer('insurance_confirmed', { mode: 'boolean' }).notNull().default(false),
    arrivedAt: text('arrived_at'),
    roomedAt: text('roomed_at'),
    withProviderAt: text('with_provider_at'),
    checkedOutAt: text('checked_out_at'),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('appointments_provider_day').on(table.providerId, table.localDate, table.startsAt),
    index('appointments_day').on(table.localDate, table.startsAt),
    index('appointments_patient').on(table.patientId, table.startsAt),
    index('appointments_series').on(table.seriesId, table.seriesIndex),
  ],
);

/** Every change to an appointment (booked, moved, status, cancelled), who and when. Append-only. */
export const appointmentEvents = sqliteTable(
  'appointment_events',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    appointmentId: integer('appointment_id')
      .notNull()
      .references(() => appointments.id),
    at: text('at').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    action: text('action').notNull(),
    /** JSON: what changed, e.g. {"from":"scheduled","to":"arrived"} or the old and new times. */
    detail: text('detail').notNull().default('{}'),
  },
  (table) => [index('appointment_events_appointment').on(table.appointmentId)],
);

/** "Recall in N weeks for <reason>", set at checkout; listed when due or overdue. */
export const recalls = sqliteTable(
  'recalls',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    version: integer('version').notNull().default(1),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    providerId: integer('provider_id').references(() => users.id),
    dueDate: text('due_date').notNull(),
    reason: text('reason').notNull(),
    status: text('status', { enum: ['open', 'booked', 'done', 'cancelled'] }).notNull(),
    sourceAppointmentId: integer('source_appointment_id').references(() => appointments.id),
    createdBy: integer('created_by')
      .notNull()
      .references(() => users.id),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('recalls_due').on(table.status, table.dueDate)],
);
