import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { patients } from './patients';
import { users } from './users';

/**
 * Every chart item (allergies, problems, medications, immunizations, vitals, histories, documents,
 * lab panels, encounters, notes) keeps
 * its current state in its own table and every version here: created, edited and retired, with who,
 * when and why. Append-only (triggers in the migration): clinical data is never deleted, only retired
 * with a reason (PRODUCT.md principles).
 */
export const chartItemVersions = sqliteTable(
  'chart_item_versions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', {
      enum: [
        'allergy',
        'problem',
        'medication',
        'immunization',
        'vitals',
        'family-history',
        'social-history',
        'document',
        'lab-panel',
        'encounter',
        'note',
        'note-template',
      ],
    }).notNull(),
    itemId: integer('item_id').notNull(),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    version: integer('version').notNull(),
    action: text('action', { enum: ['created', 'edited', 'retired'] }).notNull(),
    at: text('at').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    /** The item's fields as saved in this version (JSON). */
    snapshot: text('snapshot').notNull(),
    reason: text('reason').notNull().default(''),
  },
  (table) => [
    uniqueIndex('chart_item_versions_item').on(table.kind, table.itemId, table.version),
    index('chart_item_versions_patient').on(table.patientId, table.kind),
  ],
);

/** Allergies and intolerances (issue 4): substance, kind, reaction, severity, onset. */
export const allergies = sqliteTable(
  'allergies',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    version: integer('version').notNull().default(1),
    substance: text('substance').notNull(),
    category: text('category', { enum: ['drug', 'drug-class', 'food', 'environmental', 'other'] }).notNull(),
    reaction: text('reaction').notNull().default(''),
    severity: text('severity', { enum: ['mild', 'moderate', 'severe', 'unknown'] }).notNull(),
    onset: text('onset').notNull().default(''),
    comment: text('comment').notNull().default(''),
    status: text('status', { enum: ['active', 'retired'] })
      .notNull()
      .default('active'),
    retiredReason: text('retired_reason').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('allergies_patient').on(table.patientId, table.status)],
);

/**
 * "No known allergies" is a clinical statement someone made, not the absence of rows: it has an
 * author and a time, and it ends when an allergy is recorded.
 */
export const allergyReviews = sqliteTable(
  'allergy_reviews',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    state: text('state', { enum: ['no-known-allergies'] }).notNull(),
    at: text('at').notNull(),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id),
    endedAt: text('ended_at'),
  },
  (table) => [index('allergy_reviews_patient').on(table.patientId, table.endedAt)],
);

/** The problem list (issue 4): an ICD-10-CM code with its description, onset, status and a comment. */
export const problems = sqliteTable(
  'problems',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    patientId: integer('patient_id')
      .notNull()
      .references(() => patients.id),
    version: integer('version').notNull().default(1),
    code: text('code').notNull(),
    description: text('description').notNull(),
    onset: text('onset').notNull().default(''),
    clinicalStatus: text('clinical_status', { enum: ['active', 'resolved'] }).notNull(),
    comment: text('comment').notNull().default(''),
    /** Retired means entered in error or otherwise withdrawn; "resolved" is a clinical status and stays on the chart. */
    retired: integer('retired', { mode: 'boolean' }).notNull().default(false),
    retiredReason: text('retired_reason').notNull().default(''),
    createdAt: text('created_at').notNull(),
    updatedAt: text('updated_at').notNull(),
  },
  (table) => [index('problems_patient').on(table.patientId, table.retired)],
);
