import { and, asc, eq, isNull } from 'drizzle-orm';
import { allergies, allergyReviews } from '../schema';
import type { ChartDb } from '../store/open';
import { insertRows } from './bulk-insert';

export type AllergyRow = typeof allergies.$inferSelect;
export type AllergyReviewRow = typeof allergyReviews.$inferSelect;

export const listAllergies = (db: ChartDb, patientId: number): AllergyRow[] =>
  db.select().from(allergies).where(eq(allergies.patientId, patientId)).orderBy(asc(allergies.substance)).all();

export const getAllergy = (db: ChartDb, id: number): AllergyRow | undefined =>
  db.select().from(allergies).where(eq(allergies.id, id)).get();

export const insertAllergy = (db: ChartDb, row: typeof allergies.$inferInsert): AllergyRow =>
  db.insert(allergies).values(row).returning().get();

/** Many allergies at once (a bulk writer's); their ids, in order. */
export const insertAllergies = (db: ChartDb, rows: readonly (typeof allergies.$inferInsert)[]): number[] =>
  insertRows(db, allergies, rows);

/** Saves a new version; undefined when the stored version is not the one the user edited. */
export const updateAllergy = (
  db: ChartDb,
  id: number,
  expectedVersion: number,
  fields: Partial<Omit<AllergyRow, 'id' | 'patientId' | 'version' | 'createdAt'>>,
): AllergyRow | undefined =>
  db
    .update(allergies)
    .set({ ...fields, version: expectedVersion + 1 })
    .where(and(eq(allergies.id, id), eq(allergies.version, expectedVersion)))
    .returning()
    .get();

/** The "no known allergies" statement in force for a patient, if any. */
export const currentReview = (db: ChartDb, patientId: number): AllergyReviewRow | undefined =>
  db
    .select()
    .from(allergyReviews)
    .where(and(eq(allergyReviews.patientId, patientId), isNull(allergyReviews.endedAt)))
    .get();

export const startReview = (db: ChartDb, row: typeof allergyReviews.$inferInsert): void => {
  db.insert(allergyReviews).values(row).run();
};

export const endReview = (db: ChartDb, patientId: number, at: string): void => {
  db.update(allergyReviews)
    .set({ endedAt: at })
    .where(and(eq(allergyReviews.patientId, patientId), isNull(allergyReviews.endedAt)))
    .run();
};
