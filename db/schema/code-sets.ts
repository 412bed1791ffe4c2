import { integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { users } from './users';

/**
 * A code system the practice imported to replace a shipped starter set (issue 4: "Settings can
 * import the full official CMS ICD-10-CM code file"). The codes themselves live in an FTS5 table
 * (icd10cm_imported, hand-written in the migration) so a word search over ~74,000 codes stays fast.
 * Reference data, not clinical data: a new import replaces the previous one.
 */
export const codeSetImports = sqliteTable('code_set_imports', {
  system: text('system', { enum: ['icd10cm'] }).primaryKey(),
  fileName: text('file_name').notNull(),
  sha256: text('sha256').notNull(),
  codeCount: integer('code_count').notNull(),
  importedAt: text('imported_at').notNull(),
  importedBy: integer('imported_by')
    .notNull()
    .references(() => users.id),
});
