import type { Statement } from 'better-sqlite3';
import { getTableColumns, getTableName, type InferInsertModel } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
import type { ChartDb } from '../store/open';

/**
 * Many rows into one table through one prepared statement per column set, for writers of thousands
 * of rows at a time (the synthetic practice); values go through each column's own driver mapping
 * (booleans to 0/1, blobs as buffers), exactly as drizzle's insert would send them. Callers hold the
 * transaction. Returns each row's id, in order.
 */
const statements = new WeakMap<object, Map<string, Statement>>();

/** One prepared statement per connection and SQL text, made the first time it is asked for. */
export const prepared = (db: ChartDb, sql: string): Statement => {
  let cache = statements.get(db.$client);
  if (!cache) {
    cache = new Map();
    statements.set(db.$client, cache);
  }
  let statement = cache.get(sql);
  if (!statement) {
    statement = db.$client.prepare(sql);
    cache.set(sql, statement);
  }
  return statement;
};

/** Each table's INSERT text per set of columns given, built and checked the first time that set comes. */
const insertSql = new WeakMap<SQLiteTable, Map<string, string>>();

const insertSqlFor = (table: SQLiteTable, keys: readonly string[]): string => {
  let byKeys = insertSql.get(table);
  if (!byKeys) {
    byKeys = new Map();
    insertSql.set(table, byKeys);
  }
  const keySet = keys.join(',');
  let sql = byKeys.get(keySet);
  if (!sql) {
    const columns = getTableColumns(table);
    for (const key of keys) if (!columns[key]) throw new Error(`${getTableName(table)} has no column ${key}.`);
    const names = keys.map((key) => `"${columns[key]!.name}"`);
    sql = `INSERT INTO "${getTableName(table)}" (${names.join(', ')}) VALUES (${keys.map(() => '?').join(', ')})`;
    byKeys.set(keySet, sql);
  }
  return sql;
};

export const insertRows = <T extends SQLiteTable>(
  db: ChartDb,
  table: T,
  rows: readonly InferInsertModel<T>[],
): number[] => {
  const columns = getTableColumns(table);
  return rows.map((row) => {
    const record = row as Record<string, unknown>;
    const keys = Object.keys(record).filter((key) => record[key] !== undefined);
    const statement = prepared(db, insertSqlFor(table, keys));
    const values = keys.map((key) => (record[key] === null ? null : columns[key]!.mapToDriverValue(record[key])));
    return Number(statement.run(...values).lastInsertRowid);
  });
};
