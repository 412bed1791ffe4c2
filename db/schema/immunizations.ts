import { index, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { chartItemColumns } from './chart-columns';

/**
 * Immunizations (issue 4), coded in CDC CVX. A dose given here, a historical dose the patient reports
 * (FHIR primarySource=false), or a refusal (FHIR status not-done) are all kept on the record.
 */
export const immunizations = sqliteTable(
  'immunizations',
  {
    ...chartItemColumns(),
    kind: text('kind', { enum: ['administered', 'historical', 'refused'] }).notNull(),
    cvx: text('cvx').notNull(),
    vaccine: text('vaccine').notNull(),
    date: text('date').notNull(),
    lot: text('lot').notNull().default(''),
    expiry: text('expiry').notNull().default(''),
    manufacturer: text('manufacturer').notNull().default(''),
    site: text('site').notNull().default(''),
    route: text('route').notNull().default(''),
    dose: text('dose').notNull().default(''),
    administeredBy: text('administered_by').notNull().default(''),
    visDate: text('vis_date').notNull().default(''),
    refusalReason: text('refusal_reason').notNull().default(''),
    comment: text('comment').notNull().default(''),
  },
  (table) => [index('immunizations_patient').on(table.patientId, table.retired, table.date)],
);
