import { asc, desc, eq } from 'drizzle-orm';
import { medicationReviews, medications, users } from '../schema';
import type { ChartDb } from '../store/open';
import { versionedItems } from './chart-items';

/** The medication list, alphabetical: the order a reconciliation reads it in. */
export const items = versionedItems(medications, asc(medications.name), asc(medications.id));
export type MedicationRow = typeof medications.$inferSelect;

/** "Reviewed today": appended, never changed (triggers in the migration refuse UPDATE and DELETE). */
export const recordReview = (db: ChartDb, row: typeof medicationReviews.$inferInsert): void => {
  db.insert(medicationReviews).values(row).run();
};

/** The latest review of the patient's list, with the reviewer's name. */
export const latestReview = (db: ChartDb, patientId: number): { at: string; by: string } | undefined =>
  db
    .select({ at: medicationReviews.at, by: users.fullName })
    .from(medicationReviews)
    .innerJoin(users, eq(users.id, medicationReviews.userId))
    .where(eq(medicationReviews.patientId, patientId))
    .orderBy(desc(medicationReviews.at), desc(medicationReviews.id))
    .limit(1)
    .get();
