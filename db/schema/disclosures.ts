import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { patients } from './patients';
import { users } from './users';

/**
 * The disclosure log (issue 6): one row for every time records left the practice on paper, as a PDF,
 * as a fax packet or as an electronic export, so the practice can give a patient an accounting of
 * disclosures (45 CFR 164.528). Rows are never changed or deleted (triggers in migration 0009).
 */
export const disclosures = sqliteTable(
  'disclosures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    at: text('at').notNull(),
    medium: text('medium', { enum: ['print', 'pdf', 'fax', 'fhir-export', 'practice-export'] }).notNull(),
    recipientName: text('recipient_name').notNull(),
    recipientOrganisation: text('recipient_organisation').notNull().default(''),
    recipientAddress: text('recipient_address').notNull().default(''),
    recipientPhone: text('recipient_phone').notNull().default(''),
    recipientFax: text('recipient_fax').notNull().default(''),
    purpose: text('purpose', {
      enum: ['continuity-of-care', 'patient-request', 'legal', 'insurance', 'other'],
    }).notNull(),
    purposeDetail: text('purpose_detail').notNull().default(''),
    /** JSON array of what was released, in words ("Visit note 03/09/2026 (signed)"). */
    items: text('items').notNull(),
    pageCount: integer('page_count'),
    /** SHA-256 of the PDF or export as it left, so a copy produced later can be matched to this row. */
    sha256: text('sha256').notNull().default(''),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    workstation: text('workstation').notNull().default(''),
  },
  (table) => [index('disclosures_patient').on(table.patientId, table.at)],
);
