import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { labImports, labObservations, labPanels, patients } from '../schema';
import type { ChartDb } from '../store/open';
import { insertRows } from './bulk-insert';
import { versionedItems } from './chart-items';

export type LabPanelRow = typeof labPanels.$inferSelect;
export type LabObservationRow = typeof labObservations.$inferSelect;
export type LabImportRow = typeof labImports.$inferSelect;

/** Lab panels, newest collection first. */
export const panels = versionedItems(labPanels, desc(labPanels.collectedAt), desc(labPanels.id));

/** Stores one version's results; call in the transaction that saves the panel version. */
export const insertObservations = (db: ChartDb, rows: (typeof labObservations.$inferInsert)[]): LabObservationRow[] =>
  rows.length > 0 ? db.insert(labObservations).values(rows).returning().all() : [];

/** Stores many results without reading them back (a bulk writer's); in the transaction of their panels. */
export const appendObservations = (db: ChartDb, rows: readonly (typeof labObservations.$inferInsert)[]): void => {
  insertRows(db, labObservations, rows);
};

/**
 * The version of a panel's results in force at `version`: the latest set saved at or before it
 * (retiring a panel makes a new version without new results).
 */
const resultVersion = sql`(SELECT max(o2.panel_version) FROM ${labObservations} AS o2
  WHERE o2.panel_id = ${labObservations.panelId} AND o2.panel_version <= ${labPanels.version})`;

/**
 * The current results of a patient's panels, in entry order: of every panel (retired ones too), or
 * only of the panels given.
 */
export const currentObservations = (
  db: ChartDb,
  patientId: number,
  panelIds?: readonly number[],
): LabObservationRow[] =>
  db
    .select({ observation: labObservations })
    .from(labObservations)
    .innerJoin(labPanels, eq(labPanels.id, labObservations.panelId))
    .where(
      and(
        eq(labObservations.patientId, patientId),
        eq(labObservations.panelVersion, resultVersion),
        panelIds && inArray(labObservations.panelId, [...panelIds]),
      ),
    )
    .orderBy(asc(labObservations.panelId), asc(labObservations.position))
    .all()
    .map((row) => row.observation);

/** Every result set a panel ever had, oldest version first: its history. */
export const allObservationsOf = (db: ChartDb, panelId: number): LabObservationRow[] =>
  db
    .select()
    .from(labObservations)
    .where(eq(labObservations.panelId, panelId))
    .orderBy(asc(labObservations.panelVersion), asc(labObservations.position))
    .all();

/** Current results of the patient's panels that are not retired, with the panel's name, oldest first. */
export const trendRows = (db: ChartDb, patientId: number) =>
  db
    .select({ observation: labObservations, panelName: labPanels.name })
    .from(labObservations)
    .innerJoin(labPanels, eq(labPanels.id, labObservations.panelId))
    .where(
      and(
        eq(labObservations.patientId, patientId),
        eq(labPanels.retired, false),
        eq(labObservations.panelVersion, resultVersion),
      ),
    )
    .orderBy(asc(labObservations.observedAt), asc(labObservations.id))
    .all();

export const recordImport = (db: ChartDb, row: typeof labImports.$inferInsert): LabImportRow =>
  db.insert(labImports).values(row).returning().get();

/** The import that already brought in this message (MSH-10), if any. */
export const importedMessage = (db: ChartDb, messageControlId: string): LabImportRow | undefined =>
  db
    .select()
    .from(labImports)
    .where(and(eq(labImports.messageControlId, messageControlId), eq(labImports.outcome, 'imported')))
    .get();

/** The patient whose medical record number is exactly this one. */
export const patientIdByMrn = (db: ChartDb, mrn: string): number | undefined =>
  db.select({ id: patients.id }).from(patients).where(eq(patients.mrn, mrn)).get()?.id;
