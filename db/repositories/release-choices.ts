import { and, desc, eq } from 'drizzle-orm';
import { encounters, labPanels, notes, users } from '../schema';
import type { ChartDb } from '../store/open';
import { chartNotesNewestFirst } from './notes';

/**
 * What a chart offers for release (issue 6): its notes and lab panels as one line each, and how many
 * entries each list holds. Labels only, never content: front desk staff assemble packets without
 * reading the chart on screen.
 */
export const noteChoices = (db: ChartDb, patientId: number) =>
  chartNotesNewestFirst(db, patientId, {
    noteId: notes.id,
    status: notes.status,
    templateName: notes.templateName,
    date: encounters.date,
    encounterType: encounters.type,
    authorName: users.fullName,
  });

export const labPanelChoices = (db: ChartDb, patientId: number) =>
  db
    .select({ panelId: labPanels.id, name: labPanels.name, collectedAt: labPanels.collectedAt })
    .from(labPanels)
    .where(and(eq(labPanels.patientId, patientId), eq(labPanels.retired, false)))
    .orderBy(desc(labPanels.collectedAt), desc(labPanels.id))
    .all();

/** Current entries per list, in one statement: each count is served by its table's patient index. */
export const listCounts = (db: ChartDb, patientId: number) =>
  db.$client
    .prepare<
      [number, number, number, number, number],
      Record<'problems' | 'medications' | 'allergies' | 'immunizations' | 'disclosures', number>
    >(
      `SELECT
         (SELECT count(*) FROM problems WHERE patient_id = ? AND retired = 0) AS problems,
         (SELECT count(*) FROM medications WHERE patient_id = ? AND retired = 0) AS medications,
         (SELECT count(*) FROM allergies WHERE patient_id = ? AND status = 'active') AS allergies,
         (SELECT count(*) FROM immunizations WHERE patient_id = ? AND retired = 0) AS immunizations,
         (SELECT count(*) FROM disclosures WHERE patient_id = ?) AS disclosures`,
    )
    .get(patientId, patientId, patientId, patientId, patientId) ?? {
    problems: 0,
    medications: 0,
    allergies: 0,
    immunizations: 0,
    disclosures: 0,
  };
