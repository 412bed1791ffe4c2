import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { ChartroomError } from '../../electron/contract/errors';

/**
 * Applies drizzle-kit's SQL migrations in order, all in one transaction, and records how many are
 * applied in PRAGMA user_version. A database whose user_version is higher than the migrations this
 * build knows was written by a newer Chartroom: it is refused, never "migrated" (SECURITY.md S20).
 */
interface Journal {
  entries: { idx: number; tag: string }[];
}

export interface Migration {
  index: number;
  tag: string;
  statements: string[];
}

export const defaultMigrationsDir = (): string => fileURLToPath(new URL('../migrations/', import.meta.url));

export const loadMigrations = (migrationsDir: string): Migration[] => {
  const journal = JSON.parse(readFileSync(join(migrationsDir, 'meta', '_journal.json'), 'utf8')) as Journal;
  return journal.entries
    .sort((a, b) => a.idx - b.idx)
    .map((entry) => ({
      index: entry.idx,
      tag: entry.tag,
      statements: readFileSync(join(migrationsDir, `${entry.tag}.sql`), 'utf8')
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter((s) => s.length > 0),
    }));
};

export const schemaVersion = (sqlite: Database.Database): number =>
  sqlite.pragma('user_version', { simple: true }) as number;

export const assertNotFromFuture = (sqlite: Database.Database, migrations: readonly Migration[]): void => {
  const version = schemaVersion(sqlite);
  if (version > migrations.length) {
    throw new ChartroomError(
      'DB_FROM_FUTURE',
      `This chart database was written by a newer version of Chartroom (schema ${version}; this version knows ${migrations.length}). Nothing was changed. Install the newer Chartroom to open it.`,
    );
  }
};

/** Returns the number of migrations applied now (0 when already current). */
export const migrate = (sqlite: Database.Database, migrations: readonly Migration[]): number => {
  assertNotFromFuture(sqlite, migrations);
  const pending = migrations.slice(schemaVersion(sqlite));
  if (pending.length === 0) return 0;
  sqlite
    .transaction(() => {
      for (const migration of pending) {
        for (const statement of migration.statements) sqlite.exec(statement);
      }
      sqlite.pragma(`user_version = ${migrations.length}`);
    })
    .immediate();
  return pending.length;
};
