import { closeSync, existsSync, openSync, readSync, statSync } from 'node:fs';
import Database from 'better-sqlite3';
import { type BetterSQLite3Database, drizzle } from 'drizzle-orm/better-sqlite3';
import { ChartroomError } from '../../electron/contract/errors';
import * as schema from '../schema';
import { keyConnection, newStoreCipher, openKeyed } from './cipher';
import { assertNotFromFuture, loadMigrations, type Migration, migrate } from './migrate';
import { applyPragmas } from './pragmas';

export type ChartDb = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface ChartStore {
  readonly path: string;
  readonly sqlite: Database.Database;
  readonly db: ChartDb;
  close(): void;
}

export interface OpenStoreOptions {
  path: string;
  dataKey: Buffer;
  migrationsDir: string;
  /** Create a new, empty store (first run only). Otherwise the file must already exist and hold a chart. */
  create?: boolean;
  readonly?: boolean;
  /** The keyring's keyId; the database must belong to it. */
  expectedKeyId?: string;
  /** False to open without migrating, so the caller can snapshot first (ARCHITECTURE.md section 4). */
  migrate?: boolean;
  /**
   * 'now' (the default) runs PRAGMA quick_check before the store is handed out. 'deferred' leaves it to
   * the caller, who runs it on its own connection off the event loop: quick_check reads every page, a
   * few seconds on a store of a gigabyte, which a sign-in must not wait for.
   */
  integrityCheck?: 'now' | 'deferred';
}

const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

/** Whether the file starts with SQLite's own header: an unencrypted database (an encrypted page 1 is random bytes). */
export const isPlainSqliteFile = (path: string): boolean => {
  const head = Buffer.alloc(sqliteHeader.length);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, head, 0, head.length, 0);
  } finally {
    closeSync(fd);
  }
  return head.equals(sqliteHeader);
};

/** Refuses files that are missing, empty or plainly not ours before SQLite touches them (S2, issue 2 bad input). */
export const preflightDatabaseFile = (path: string): void => {
  if (!existsSync(path)) {
    throw new ChartroomError(
      'STORE_MISSING',
      'The chart database is missing from the data folder although its key file is there. Nothing was created in its place. Restore the practice from a backup, or point Chartroom at the folder that holds chartroom.db.',
    );
  }
  const size = statSync(path).size;
  if (size === 0) {
    throw new ChartroomError(
      'STORE_CORRUPT',
      'The chart database file is empty (0 bytes), so it holds no charts. Nothing was changed. Restore the practice from a backup.',
    );
  }
  if (isPlainSqliteFile(path)) {
    throw new ChartroomError(
      'STORE_CORRUPT',
      'The file where the chart database should be is an unencrypted SQLite database, not a Chartroom store. Nothing was changed. Move it away and restore the practice from a backup.',
    );
  }
};

/** SQLite's ways of saying the bytes are not a readable database: wrong key, truncated, damaged pages. */
export const isDamaged = (error: unknown): boolean => {
  const code = (error as { code?: unknown })?.code;
  return typeof code === 'string' && (code === 'SQLITE_NOTADB' || code.startsWith('SQLITE_CORRUPT'));
};

export const unreadable = () =>
  new ChartroomError(
    'STORE_CORRUPT',
    "The chart database cannot be read with this practice's key: the file is damaged or belongs to another practice. Nothing was changed. Restore the practice from a backup.",
  );

/** PRAGMA quick_check: every page decrypts and authenticates, and every b-tree is well formed. */
export const assertQuickCheck = (sqlite: Database.Database): void => {
  let check: unknown;
  try {
    check = sqlite.pragma('quick_check', { simple: true });
  } catch (error) {
    throw isDamaged(error) ? unreadable() : error;
  }
  if (check !== 'ok') throw unreadable();
};

/**
 * Opens the encrypted chart store: the store cipher and raw 256-bit key (cipher.ts), an immediate read
 * because PRAGMA key says ok even for a wrong key, pragmas
 * read back, quick_check, schema version, then migrations (ARCHITECTURE.md section 4).
 */
export const openStore = (options: OpenStoreOptions): ChartStore => {
  if (options.dataKey.length !== 32) throw new ChartroomError('INTERNAL', 'The data key must be 256 bits.');
  if (!options.create) preflightDatabaseFile(options.path);
  const migrations: Migration[] = loadMigrations(options.migrationsDir);
  const keyHex = options.dataKey.toString('hex');
  const readonly = options.readonly ?? false;
  let sqlite: Database.Database;
  if (options.create) {
    sqlite = new Database(options.path, { readonly });
    keyConnection(sqlite, keyHex, newStoreCipher);
  } else {
    try {
      sqlite = openKeyed(options.path, keyHex, { readonly }).sqlite;
    } catch (error) {
      throw isDamaged(error) ? unreadable() : error;
    }
  }
  try {
    // openKeyed proved an existing file's key with this read; a new file's key is proven here.
    if (options.create) sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    assertNotFromFuture(sqlite, migrations);
    // Before applyPragmas: switching an empty file to WAL would change the very file being refused.
    if (!options.create) {
      const tables = sqlite.prepare("SELECT count(*) AS n FROM sqlite_master WHERE type = 'table'").get() as {
        n: number;
      };
      if (tables.n === 0) {
        throw new ChartroomError(
          'STORE_CORRUPT',
          'The chart database is empty although this practice was set up: it was replaced or damaged. Nothing was changed. Restore the practice from a backup.',
        );
      }
    }
    applyPragmas(sqlite, { readonly: options.readonly ?? false });
    if (options.integrityCheck !== 'deferred') assertQuickCheck(sqlite);
    if (!options.readonly && options.migrate !== false) migrate(sqlite, migrations);
    const db = drizzle({ client: sqlite, schema });
    if (options.expectedKeyId) {
      const row = sqlite.prepare('SELECT key_id AS keyId FROM practice WHERE id = 1').get() as
        | { keyId: string }
        | undefined;
      if (row && row.keyId !== options.expectedKeyId) throw unreadable();
    }
    return { path: options.path, sqlite, db, close: () => sqlite.close() };
  } catch (error) {
    sqlite.close();
    throw isDamaged(error) ? unreadable() : error;
  }
};
