import { eq, sql } from 'drizzle-orm';
import { practice } from '../schema';
import type { ChartDb } from '../store/open';

export type PracticeRow = typeof practice.$inferSelect;
export type PracticeFields = Omit<PracticeRow, 'id' | 'keyId' | 'nextMrn' | 'createdAt'>;

export const insertPractice = (
  db: ChartDb,
  fields: Omit<
    PracticeRow,
    'id' | 'nextMrn' | 'temperatureUnit' | 'timeZone' | 'letterheadLogo' | 'letterheadLogoType'
  >,
): void => {
  db.insert(practice)
    .values({ ...fields, id: 1 })
    .run();
};

export const getPractice = (db: ChartDb): PracticeRow | undefined =>
  db.select().from(practice).where(eq(practice.id, 1)).get();

export const updatePractice = (db: ChartDb, fields: Partial<PracticeFields>): void => {
  db.update(practice).set(fields).where(eq(practice.id, 1)).run();
};

/** Hands out the next MRN inside the caller's transaction, so two registrations never share one. */
export const allocateMrn = (db: ChartDb): string => {
  const row = db
    .update(practice)
    .set({ nextMrn: sql`${practice.nextMrn} + 1` })
    .where(eq(practice.id, 1))
    .returning({ allocated: sql<number>`${practice.nextMrn} - 1` })
    .get();
  if (!row) throw new Error('The practice row is missing; the store was not set up.');
  return String(row.allocated);
};
