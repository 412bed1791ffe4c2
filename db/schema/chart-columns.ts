import { integer, text } from 'drizzle-orm/sqlite-core';
import { patients } from './patients';

/**
 * The columns every versioned chart item shares: whose chart, which version (optimistic locking),
 * whether it was retired and why (nothing clinical is deleted: PRODUCT.md principles), and when.
 * Every version itself lives in chart_item_versions.
 */
export const chartItemColumns = () => ({
  id: integer('id').primaryKey({ autoIncrement: true }),
  patientId: integer('patient_id')
    .notNull()
    .references(() => patients.id),
  version: integer('version').notNull().default(1),
  retired: integer('retired', { mode: 'boolean' }).notNull().default(false),
  retiredReason: text('retired_reason').notNull().default(''),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});
