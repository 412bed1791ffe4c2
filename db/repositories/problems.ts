import { and, asc, eq } from 'drizzle-orm';
import { problems } from '../schema';
import type { ChartDb } from '../store/open';

export type ProblemRow = typeof problems.$inferSelect;

export const listProblems = (db: ChartDb, patientId: number): ProblemRow[] =>
  db.select().from(problems).where(eq(problems.patientId, patientId)).orderBy(asc(problems.description)).all();

export const getProblem = (db: ChartDb, id: number): ProblemRow | undefined =>
  db.select().from(problems).where(eq(problems.id, id)).get();

export const insertProblem = (db: ChartDb, row: typeof problems.$inferInsert): ProblemRow =>
  db.insert(problems).values(row).returning().get();

/** Saves a new version; undefined when the stored version is not the one the user edited. */
export const updateProblem = (
  db: ChartDb,
  id: number,
  expectedVersion: number,
  fields: Partial<Omit<ProblemRow, 'id' | 'patientId' | 'version' | 'createdAt'>>,
): ProblemRow | undefined =>
  db
    .update(problems)
    .set({ ...fields, version: expectedVersion + 1 })
    .where(and(eq(problems.id, id), eq(problems.version, expectedVersion)))
    .returning()
    .get();
