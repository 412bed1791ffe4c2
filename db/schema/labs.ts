import { sql } from 'drizzle-orm';
import { index, integer, real, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { chartItemColumns } from './chart-columns';
import { patients } from './patients';
import { users } from './users';

/** A lab panel (issue 4): typed in by hand or imported from an HL7 v2 ORU^R01 message. */
export const labPanels = sqliteTable(
  'lab_panels',
  {
    ...chartItemColumns(),
    name: text('name').notNull(),
    collectedAt: text('collected_at').notNull(),
    orderingProvider: text('ordering_provider').notNull().default(''),
    performingLab: text('performing_lab').notNull().default(''),
    source: text('source', { enum: ['manual', 'hl7'] }).notNull(),
    /** For an import: the message control id (MSH-10) and the filler's accession number. */
    messageControlId: text('message_control_id').notNull().default(''),
    accession: text('accession').notNull().default(''),
    comment: text('comment').notNull().default(''),
  },
  (table) => [index('lab_panels_patient').on(table.patientId, table.retired, table.collectedAt)],
);

/**
 * One analyte of one version of a panel. Editing a panel writes a new set for the new version; the
 * old rows stay, so every version of every result can be shown (nothing is deleted).
 */
export const labObservations = sqliteTable(
  'lab_observations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    panelId: integer('panel_id')
      .notNull()
      .references(() => labPanels.id),
    panelVersion: integer('panel_version').notNull(),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    position: integer('position').notNull(),
    loinc: text('loinc').notNull().default(''),
    analyte: text('analyte').notNull(),
    value: text('value').notNull(),
    /** The value as a number when it is one, for flags and trends. */
    numericValue: real('numeric_value'),
    unit: text('unit').notNull().default(''),
    referenceLow: real('reference_low'),
    referenceHigh: real('reference_high'),
    referenceText: text('reference_text').notNull().default(''),
    /** HL7 table 0078 subset: L, H, LL, HH, A, AA; empty when normal or not flaggable. */
    flag: text('flag').notNull().default(''),
    observedAt: text('observed_at').notNull(),
    /** The lab's note on this one result (NTE after OBX), e.g. "Specimen hemolyzed". */
    comment: text('comment').notNull().default(''),
  },
  (table) => [
    index('lab_observations_panel').on(table.panelId, table.panelVersion),
    index('lab_observations_trend').on(table.patientId, table.analyte, table.observedAt),
  ],
);

/** Every HL7 file offered for import, accepted or rejected, with the reason. Append-only. */
export const labImports = sqliteTable(
  'lab_imports',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    fileName: text('file_name').notNull(),
    sha256: text('sha256').notNull(),
    messageControlId: text('message_control_id').notNull().default(''),
    patientId: integer('patient_id').references(() => patients.id),
    panelId: integer('panel_id').references(() => labPanels.id),
    outcome: text('outcome', { enum: ['imported', 'rejected'] }).notNull(),
    reason: text('reason').notNull().default(''),
  },
  (table) => [
    uniqueIndex('lab_imports_message')
      .on(table.messageControlId)
      .where(sql`outcome = 'imported' AND message_control_id <> ''`),
  ],
);
