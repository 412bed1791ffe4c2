import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';

/**
 * Append-only audit log (SECURITY.md S8, S9). Triggers in the migration abort UPDATE and DELETE;
 * each row's hash covers the previous row's hash and this row's canonical JSON, so an edit made
 * behind the app's back is found by the verifier at the first broken row.
 */
export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: text('at').notNull(),
    userId: integer('user_id'),
    username: text('username').notNull(),
    action: text('action').notNull(),
    outcome: text('outcome', { enum: ['success', 'failure'] }).notNull(),
    patientId: integer('patient_id'),
    entity: text('entity').notNull().default(''),
    entityId: text('entity_id').notNull().default(''),
    workstation: text('workstation').notNull(),
    detail: text('detail').notNull().default(''),
    prevHash: text('prev_hash').notNull(),
    hash: text('hash').notNull(),
  },
  (table) => [
    index('audit_log_patient').on(table.patientId, table.id),
    index('audit_log_user').on(table.userId, table.id),
    index('audit_log_username').on(table.username, table.id),
    index('audit_log_at').on(table.at),
  ],
);
