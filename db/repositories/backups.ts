import { and, desc, eq, inArray, or } from 'drizzle-orm';
import { backupChecks, backupCopies, backupDestinations, backupRuns, backupSettings } from '../schema';
import type { ChartDb } from '../store/open';

export type BackupSettingsRow = typeof backupSettings.$inferSelect;
export type DestinationRow = typeof backupDestinations.$inferSelect;
export type RunRow = typeof backupRuns.$inferSelect;
export type CopyRow = typeof backupCopies.$inferSelect;
export type CheckRow = typeof backupChecks.$inferSelect;

export const getSettings = (db: ChartDb): BackupSettingsRow => {
  const row = db.select().from(backupSettings).where(eq(backupSettings.id, 1)).get();
  if (!row) throw new Error('The backup settings row is missing; the store was not migrated.');
  return row;
};

export const updateSettings = (db: ChartDb, fields: Omit<BackupSettingsRow, 'id'>): void => {
  db.update(backupSettings).set(fields).where(eq(backupSettings.id, 1)).run();
};

export const listDestinations = (db: ChartDb): DestinationRow[] =>
  db.select().from(backupDestinations).orderBy(backupDestinations.id).all();

export const insertDestination = (db: ChartDb, row: typeof backupDestinations.$inferInsert): DestinationRow =>
  db.insert(backupDestinations).values(row).returning().get();

export const updateDestination = (
  db: ChartDb,
  id: number,
  fields: Partial<Omit<DestinationRow, 'id' | 'path' | 'createdAt'>>,
): DestinationRow | undefined =>
  db.update(backupDestinations).set(fields).where(eq(backupDestinations.id, id)).returning().get();

export const insertRun = (db: ChartDb, row: typeof backupRuns.$inferInsert): RunRow =>
  db.insert(backupRuns).values(row).returning().get();

export const finishRun = (
  db: ChartDb,
  id: number,
  fields: Partial<Omit<RunRow, 'id' | 'trigger' | 'startedAt'>>,
): void => {
  db.update(backupRuns).set(fields).where(eq(backupRuns.id, id)).run();
};

export const listRuns = (db: ChartDb, limit: number): RunRow[] =>
  db.select().from(backupRuns).orderBy(desc(backupRuns.id)).limit(limit).all();

/**
 * The newest run that counts for tonight's schedule: a scheduled run (whatever its outcome, so a
 * failure is not retried every minute) or a manual run that succeeded (so "Back up now" at 10:00
 * does not trigger a catch-up run, and retention, a minute later).
 */
export const lastRunCoveringSchedule = (db: ChartDb): RunRow | undefined =>
  db
    .select()
    .from(backupRuns)
    .where(
      or(
        eq(backupRuns.trigger, 'scheduled'),
        and(inArray(backupRuns.trigger, ['manual', 'cli']), eq(backupRuns.status, 'succeeded')),
      ),
    )
    .orderBy(desc(backupRuns.id))
    .limit(1)
    .get();

/** A run left 'running' by a crash is closed as failed at the next start, so history never lies. */
export const failInterruptedRuns = (db: ChartDb, now: string): number =>
  db
    .update(backupRuns)
    .set({
      status: 'failed',
      finishedAt: now,
      error: 'Chartroom stopped before this backup finished. Nothing from it was kept.',
    })
    .where(eq(backupRuns.status, 'running'))
    .returning({ id: backupRuns.id })
    .all().length;

export const insertCopy = (db: ChartDb, row: typeof backupCopies.$inferInsert): CopyRow =>
  db.insert(backupCopies).values(row).returning().get();

export const updateCopy = (
  db: ChartDb,
  id: number,
  fields: Partial<Omit<CopyRow, 'id' | 'runId' | 'destinationId'>>,
): void => {
  db.update(backupCopies).set(fields).where(eq(backupCopies.id, id)).run();
};

export const copiesOfRuns = (db: ChartDb, runIds: number[]): CopyRow[] =>
  runIds.length === 0 ? [] : db.select().from(backupCopies).where(inArray(backupCopies.runId, runIds)).all();

export const copiesAt = (db: ChartDb, destinationId: number, status?: CopyRow['status']): CopyRow[] =>
  db
    .select()
    .from(backupCopies)
    .where(
      status
        ? and(eq(backupCopies.destinationId, destinationId), eq(backupCopies.status, status))
        : eq(backupCopies.destinationId, destinationId),
    )
    .orderBy(desc(backupCopies.createdAt))
    .all();

export const verifiedCopies = (db: ChartDb): CopyRow[] =>
  db.select().from(backupCopies).where(eq(backupCopies.status, 'verified')).orderBy(desc(backupCopies.createdAt)).all();

export const insertCheck = (db: ChartDb, row: typeof backupChecks.$inferInsert): void => {
  db.insert(backupChecks).values(row).run();
};

export const lastCheck = (db: ChartDb, kind: CheckRow['kind']): CheckRow | undefined =>
  db.select().from(backupChecks).where(eq(backupChecks.kind, kind)).orderBy(desc(backupChecks.id)).limit(1).get();
