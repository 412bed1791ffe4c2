import { eq, sql } from 'drizzle-orm';
import { codeSetImports } from '../schema';
import type { ChartDb } from '../store/open';

export type CodeSetImportRow = typeof codeSetImports.$inferSelect;

export const currentImport = (db: ChartDb, system: 'icd10cm'): CodeSetImportRow | undefined =>
  db.select().from(codeSetImports).where(eq(codeSetImports.system, system)).get();

/** Replaces the imported ICD-10-CM codes with these; call inside one transaction with recordImport. */
export const replaceIcd10 = (db: ChartDb, codes: readonly { code: string; name: string }[]): void => {
  db.run(sql`DELETE FROM icd10cm_imported`);
  for (const { code, name } of codes) {
    db.run(
      sql`INSERT INTO icd10cm_imported (code, compact, name) VALUES (${code}, ${code.replace('.', '').toLowerCase()}, ${name})`,
    );
  }
};

export const recordImport = (db: ChartDb, row: CodeSetImportRow): void => {
  db.insert(codeSetImports)
    .values(row)
    .onConflictDoUpdate({ target: codeSetImports.system, set: { ...row } })
    .run();
};

/**
 * Imported codes matching an FTS5 query (column filters and prefix tokens built by the caller),
 * best match first.
 */
export const searchImportedIcd10 = (db: ChartDb, match: string, limit: number): { code: string; name: string }[] =>
  db.all<{ code: string; name: string }>(
    sql`SELECT code, name FROM icd10cm_imported WHERE icd10cm_imported MATCH ${match} ORDER BY rank LIMIT ${limit}`,
  );
