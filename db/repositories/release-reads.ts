import { and, asc, eq } from 'drizzle-orm';
import { notes, problems } from '../schema';
import type { ChartDb } from '../store/open';
import { chartNotesNewestFirst } from './notes';

/**
 * Reads for printed chart documents and the patient archive (issue 6) that no other repository
 * offers: the whole problem list (the face sheet reads only the active problems) and every note with
 * its full text in visit order.
 */
export type ProblemRow = typeof problems.$inferSelect;
type NoteRow = typeof notes.$inferSelect;

/** Every problem on the chart, active and resolved, alphabetical; retired entries (withdrawn in error) left out. */
export const problemList = (db: ChartDb, patientId: number): ProblemRow[] =>
  db
    .select()
    .from(problems)
    .where(and(eq(problems.patientId, patientId), eq(problems.retired, false)))
    .orderBy(asc(problems.description), asc(problems.id))
    .all();

/** Every note on the chart, retired ones included, newest visit first: the archive keeps the whole record. */
export const notesNewestFirst = (db: ChartDb, patientId: number): NoteRow[] =>
  chartNotesNewestFirst(db, patientId, { note: notes }, { includeRetired: true }).map((row) => row.note);
