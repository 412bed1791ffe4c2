import { index, integer, real, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { chartItemColumns } from './chart-columns';
import { patients } from './patients';
import { users } from './users';

/** The medication list (issue 4): RxNorm-coded when picked from the starter list, else flagged uncoded. */
export const medications = sqliteTable(
  'medications',
  {
    ...chartItemColumns(),
    /** RxNorm concept id; empty for a drug typed as free text (shown as "uncoded"). */
    rxcui: text('rxcui').notNull().default(''),
    name: text('name').notNull(),
    strength: text('strength').notNull().default(''),
    /** Amount per dose, a number; its unit apart (tablet, mg, mL, puff). */
    doseAmount: real('dose_amount'),
    doseUnit: text('dose_unit').notNull().default(''),
    route: text('route').notNull().default(''),
    frequency: text('frequency').notNull().default(''),
    sig: text('sig').notNull().default(''),
    quantity: text('quantity').notNull().default(''),
    startDate: text('start_date').notNull().default(''),
    stopDate: text('stop_date').notNull().default(''),
    prescriber: text('prescriber').notNull().default(''),
    status: text('status', { enum: ['active', 'on-hold', 'stopped', 'completed'] }).notNull(),
    comment: text('comment').notNull().default(''),
  },
  (table) => [index('medications_patient').on(table.patientId, table.retired)],
);

/** "Reviewed today" for medication reconciliation: who reviewed the whole list, and when. Append-only. */
export const medicationReviews = sqliteTable(
  'medication_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    at: text('at').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
  },
  (table) => [index('medication_reviews_patient').on(table.patientId, table.at)],
);
