import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/** The backup plan the office manager sets (issue 3): one row, id 1. */
export const backupSettings = sqliteTable('backup_settings', {
  id: integer('id').primaryKey(),
  /** Local wall-clock time of the nightly run, HH:MM. */
  scheduleTime: text('schedule_time').notNull().default('02:00'),
  keepDaily: integer('keep_daily').notNull().default(7),
  keepWeekly: integer('keep_weekly').notNull().default(5),
  keepMonthly: integer('keep_monthly').notNull().default(12),
  keepYearly: integer('keep_yearly').notNull().default(7),
  updatedAt: text('updated_at').notNull(),
});

/** Folders that receive copies: a second disk, a USB drive, a NAS mount. Retired, never deleted. */
export const backupDestinations = sqliteTable('backup_destinations', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  label: text('label').notNull(),
  path: text('path').notNull(),
  /** Removable or off-site: what the 3-2-1 rule asks for. */
  offsite: integer('offsite', { mode: 'boolean' }).notNull().default(false),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
});

export const backupRuns = sqliteTable(
  'backup_runs',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    trigger: text('trigger', { enum: ['scheduled', 'manual', 'cli', 'pre-migration', 'pre-restore'] }).notNull(),
    startedAt: text('started_at').notNull(),
    finishedAt: text('finished_at'),
    status: text('status', { enum: ['running', 'succeeded', 'partial', 'failed'] }).notNull(),
    fileName: text('file_name').notNull().default(''),
    sizeBytes: integer('size_bytes').notNull().default(0),
    durationMs: integer('duration_ms').notNull().default(0),
    error: text('error').notNull().default(''),
  },
  (table) => [index('backup_runs_started').on(table.startedAt)],
);

/** One backup file at one destination, and what is known about it. */
export const backupCopies = sqliteTable(
  'backup_copies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    runId: integer('run_id')
      .notNull()
      .references(() => backupRuns.id),
    destinationId: integer('destination_id')
      .notNull()
      .references(() => backupDestinations.id),
    path: text('path').notNull(),
    createdAt: text('created_at').notNull(),
    status: text('status', { enum: ['verified', 'failed', 'damaged', 'pruned', 'missing'] }).notNull(),
    sizeBytes: integer('size_bytes').notNull().default(0),
    sha256: text('sha256').notNull().default(''),
    lastCheckedAt: text('last_checked_at'),
    error: text('error').notNull().default(''),
  },
  (table) => [index('backup_copies_destination').on(table.destinationId, table.createdAt)],
);

/** Restore drills, re-hashes and manual verifications, with their outcome. */
export const backupChecks = sqliteTable('backup_checks', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  kind: text('kind', { enum: ['drill', 'rehash', 'verify'] }).notNull(),
  copyId: integer('copy_id').references(() => backupCopies.id),
  at: text('at').notNull(),
  ok: integer('ok', { mode: 'boolean' }).notNull(),
  detail: text('detail').notNull().default(''),
});
