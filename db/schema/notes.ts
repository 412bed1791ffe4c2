import { index, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { chartItemColumns } from './chart-columns';
import { patients } from './patients';
import { users } from './users';

/** An encounter (issue 4): a date of service, a provider, a type and a reason. Notes hang off it. */
export const encounters = sqliteTable(
  'encounters',
  {
    ...chartItemColumns(),
    date: text('date').notNull(),
    providerId: integer('provider_id')
      .notNull()
      .references(() => users.id),
    type: text('type').notNull(),
    reason: text('reason').notNull().default(''),
  },
  (table) => [
    index('encounters_patient').on(table.patientId, table.retired, table.date),
    index('encounters_provider').on(table.providerId, table.date),
  ],
);

/**
 * Note templates, edited by the practice: named sections, each with starting text that may hold smart
 * inserts ({{vitals}}, {{medications}}, {{allergies}}, {{problems}}).
 */
export const noteTemplates = sqliteTable('note_templates', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  version: integer('version').notNull().default(1),
  name: text('name').notNull(),
  /** JSON: [{ title, text }] */
  sections: text('sections').notNull(),
  isDefault: integer('is_default', { mode: 'boolean' }).notNull().default(false),
  active: integer('active', { mode: 'boolean' }).notNull().default(true),
  createdAt: text('created_at').notNull(),
  updatedAt: text('updated_at').notNull(),
});

/**
 * A note on an encounter. A draft is saved as it is typed; a physician signs it, and from then on
 * its content and hash never change (triggers in the migration; SECURITY.md S10). Corrections are
 * addenda.
 */
export const notes = sqliteTable(
  'notes',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    encounterId: integer('encounter_id')
      .notNull()
      .references(() => encounters.id),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    version: integer('version').notNull().default(1),
    templateName: text('template_name').notNull(),
    /** JSON: [{ title, text }] */
    sections: text('sections').notNull(),
    status: text('status', { enum: ['draft', 'awaiting-cosign', 'signed'] }).notNull(),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    cosignerId: integer('cosigner_id').references(() => users.id),
    signedBy: integer('signed_by').references(() => users.id),
    signedAt: text('signed_at'),
    /** SHA-256 over the canonical signed content; verified on read. */
    contentHash: text('content_hash'),
    retired: integer('retired', { mode: 'boolean' }).notNull().default(false),
    retiredReason: text('retired_reason').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [
    index('notes_encounter').on(table.encounterId),
    index('notes_patient').on(table.patientId, table.status, table.signedAt),
  ],
);

/** A correction or addition to a signed note, shown under it. Append-only, hashed like the note. */
export const noteAddenda = sqliteTable(
  'note_addenda',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    noteId: integer('note_id')
      .notNull()
      .references(() => notes.id),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    authorId: integer('author_id')
      .notNull()
      .references(() => users.id),
    at: text('at').notNull(),
    text: text('text').notNull(),
    contentHash: text('content_hash').notNull(),
  },
  (table) => [index('note_addenda_note').on(table.noteId)],
);
