import { and, eq, type InferInsertModel, type InferSelectModel, type SQL } from 'drizzle-orm';
import type { SQLiteColumn, SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ChartDb } from '../store/open';
import { insertRows } from './bulk-insert';

/** A table built with chartItemColumns(): the columns every versioned chart item has. */
export type VersionedItemTable = SQLiteTable & {
  id: SQLiteColumn;
  patientId: SQLiteColumn;
  version: SQLiteColumn;
};

type Managed = 'id' | 'patientId' | 'version' | 'createdAt';

/**
 * Reads and writes for one kind of versioned chart item (medications, immunizations, vitals, ...).
 * One implementation for all of them, so optimistic locking works the same way everywhere: an update
 * names the version the user edited and saves nothing when someone else saved first.
 */
export const versionedItems = <T extends VersionedItemTable>(table: T, ...orderBy: (SQLiteColumn | SQL)[]) => {
  type Row = InferSelectModel<T>;
  // drizzle's builders lose the concrete table type when it is generic; this is the one place that casts.
  const anyTable = table as unknown as SQLiteTable;
  return {
    list: (db: ChartDb, patientId: number): Row[] =>
      db
        .select()
        .from(anyTable)
        .where(eq(table.patientId, patientId))
        .orderBy(...orderBy)
        .all() as Row[],

    get: (db: ChartDb, id: number): Row | undefined =>
      db.select().from(anyTable).where(eq(table.id, id)).get() as Row | undefined,

    insert: (db: ChartDb, row: InferInsertModel<T>): Row => db.insert(anyTable).values(row).returning().get() as Row,

    /** Many new rows in the caller's transaction through one prepared statement; their ids, in order. */
    insertMany: (db: ChartDb, rows: readonly InferInsertModel<T>[]): number[] => insertRows(db, table, rows),

    /** Saves a new version; undefined when the stored version is not the one the user edited. */
    update: (db: ChartDb, id: number, expectedVersion: number, fields: Partial<Omit<Row, Managed>>): Row | undefined =>
      db
        .update(anyTable)
        .set({ ...fields, version: expectedVersion + 1 } as never)
        .where(and(eq(table.id, id), eq(table.version, expectedVersion)))
        .returning()
        .get() as Row | undefined,
  };
};

export type VersionedItems<T extends VersionedItemTable> = ReturnType<typeof versionedItems<T>>;
