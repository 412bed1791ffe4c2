import { index, integer, sqliteTable, text, uniqueIndex } from 'drizzle-orm/sqlite-core';
import { chartItemColumns } from './chart-columns';

/** Family history (issue 4): a relative, a condition (ICD-10-CM when picked), age at onset. */
export const familyHistory = sqliteTable(
  'family_history',
  {
    ...chartItemColumns(),
    relative: text('relative').notNull(),
    condition: text('condition').notNull(),
    code: text('code').notNull().default(''),
    ageAtOnset: integer('age_at_onset'),
    deceased: integer('deceased', { mode: 'boolean' }).notNull().default(false),
    comment: text('comment').notNull().default(''),
  },
  (table) => [index('family_history_patient').on(table.patientId, table.retired)],
);

/**
 * Social history (issue 4): one current record per patient, edited in place with every version kept.
 * Smoking status uses the SNOMED CT codes of the US Core smoking status value set.
 */
export const socialHistory = sqliteTable(
  'social_history',
  {
    ...chartItemColumns(),
    smokingStatus: text('smoking_status').notNull().default(''),
    tobaccoComment: text('tobacco_comment').notNull().default(''),
    alcohol: text('alcohol').notNull().default(''),
    substanceUse: text('substance_use').notNull().default(''),
    occupation: text('occupation').notNull().default(''),
    livingSituation: text('living_situation').notNull().default(''),
    comment: text('comment').notNull().default(''),
  },
  (table) => [uniqueIndex('social_history_patient').on(table.patientId)],
);
