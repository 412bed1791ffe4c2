import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { applyPragmas, isPlainSqliteFile, openKeyed, snapshotByCopy } from '../../db';

/**
 * A raw better-sqlite3 connection with the app's pragmas and page cache (db/store/pragmas.ts), keyed
 * when `keyHex` is given: both sides of the encrypted-against-plaintext ratio are opened by this.
 */
export const openRaw = (path: string, keyHex: string | null): Database.Database => {
  const sqlite = keyHex ? openKeyed(path, keyHex).sqlite : new Database(path, { fileMustExist: true });
  try {
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    applyPragmas(sqlite);
    return sqlite;
  } catch (error) {
    sqlite.close();
    throw error;
  }
};

/**
 * Runs `use` with a plaintext copy of the encrypted store, for the encrypted-against-plaintext ratio
 * (ARCHITECTURE.md section 9: <= 1.3x). The copy is the consistent copy backups take (db/store/
 * consistent-copy.ts: checkpoint, then the encrypted file as it is, switched to a rollback journal),
 * decrypted in place with SQLite3 Multiple Ciphers' `PRAGMA rekey = ''` (its documented way to remove
 * encryption; not in WAL mode, hence the rollback journal first). It holds the practice in plain text,
 * so it only ever lives in a new private temporary folder, removed in `finally` whatever happens.
 */
export const withPlaintextCopy = async <T>(
  databasePath: string,
  keyHex: string,
  use: (plainPath: string) => Promise<T>,
): Promise<T> => {
  const scratch = mkdtempSync(join(tmpdir(), 'chartroom-bench-plain-'));
  try {
    const plainPath = join(scratch, 'plain.db');
    const source = openKeyed(databasePath, keyHex).sqlite;
    try {
      snapshotByCopy(source, databasePath, plainPath, keyHex);
    } finally {
      source.close();
    }
    const copy = openKeyed(plainPath, keyHex).sqlite;
    try {
      copy.pragma("rekey = ''");
    } finally {
      copy.close();
    }
    if (!isPlainSqliteFile(plainPath)) throw new Error('plaintext copy: the copy is still encrypted');
    return await use(plainPath);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
};
