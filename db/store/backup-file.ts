import { createHash } from 'node:crypto';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { isAbsolute } from 'node:path';
import type Database from 'better-sqlite3';
import { ChartroomError } from '../../electron/contract/errors';
import { openKeyed } from './cipher';
import type { Keyring } from './keyring';

/**
 * Backup files (ARCHITECTURE.md section 5). A backup is the encrypted database made by VACUUM INTO
 * on the keyed connection (the copy inherits cipher and key; db.backup() refuses encrypted sources),
 * plus a sidecar JSON with the manifest and a copy of the keyring, whose recovery slot unlocks it on
 * a fresh machine. A backup counts only once it has been opened and checked against its manifest.
 */
export interface TableFingerprint {
  rows: number;
  checksum: string;
}

export interface DatabaseFingerprint {
  schemaVersion: number;
  tables: Record<string, TableFingerprint>;
  /** The audit log's last row: a restored copy with fewer rows has lost its tail (SECURITY.md S9). */
  auditHighWater: { id: number; hash: string };
}

export interface BackupManifest extends DatabaseFingerprint {
  format: 'chartroom-backup';
  version: 1;
  createdAt: string;
  appVersion: string;
  keyId: string;
  practiceName: string;
  sizeBytes: number;
  sha256: string;
}

export interface BackupSidecar {
  manifest: BackupManifest;
  keyring: Keyring;
}

export const backupExtension = '.chartroom-backup';
export const sidecarPathOf = (backupPath: string) => `${backupPath}.json`;

/** Tables copied by VACUUM INTO and compared at verification; virtual tables are checked through their shadow tables. */
interface UserTable {
  name: string;
  withoutRowid: boolean;
}
const userTables = (sqlite: Database.Database): UserTable[] =>
  (
    sqlite
      .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
      .all() as { name: string; sql: string }[]
  )
    .filter((table) => !/^CREATE VIRTUAL TABLE/i.test(table.sql))
    .map((table) => ({ name: table.name, withoutRowid: /WITHOUT\s+ROWID\s*$/i.test(table.sql) }));

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Rows in a stable order: by rowid, or by every column for WITHOUT ROWID tables (the FTS5 shadow tables). */
const orderedRows = (sqlite: Database.Database, table: UserTable) => {
  if (!table.withoutRowid) return sqlite.prepare(`SELECT * FROM ${quoted(table.name)} ORDER BY rowid`);
  const columns = (sqlite.prepare(`PRAGMA table_info(${quoted(table.name)})`).all() as { name: string }[]).map((c) =>
    quoted(c.name),
  );
  return sqlite.prepare(`SELECT * FROM ${quoted(table.name)} ORDER BY ${columns.join(', ')}`);
};

const tableFingerprint = (sqlite: Database.Database, table: UserTable): TableFingerprint => {
  const hash = createHash('sha256');
  let rows = 0;
  const statement = orderedRows(sqlite, table).raw(true);
  for (const row of statement.iterate() as Iterable<unknown[]>) {
    rows++;
    hash.update(JSON.stringify(row, (_key, value) => (Buffer.isBuffer(value) ? value.toString('hex') : value)));
    hash.update('\n');
  }
  return { rows, checksum: hash.digest('hex') };
};

export const fingerprintDatabase = (sqlite: Database.Database): DatabaseFingerprint => {
  const tables: Record<string, TableFingerprint> = {};
  for (const table of userTables(sqlite)) tables[table.name] = tableFingerprint(sqlite, table);
  const last = sqlite.prepare('SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1').get() as
    | { id: number; hash: string }
    | undefined;
  return {
    schemaVersion: sqlite.pragma('user_version', { simple: true }) as number,
    tables,
    auditHighWater: last ?? { id: 0, hash: '' },
  };
};

/** Paths SQLite could read as a URI, or that could carry a key into a file name, are refused. */
export const assertPlainBackupPath = (path: string, noun = 'backup'): void => {
  if (!isAbsolute(path))
    throw new ChartroomError(
      'BAD_REQUEST',
      `The ${noun} path must be a full path, starting from the drive or root folder.`,
    );
  if (/[?#]|file:|key=/i.test(path)) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `The ${noun} path contains "?", "#", "file:" or "key=", which Chartroom never uses in file paths. Choose a plain folder.`,
    );
  }
};

/** VACUUM INTO on the keyed connection: a consistent, compacted, encrypted copy, taken without stopping work. */
export const snapshotDatabase = (sqlite: Database.Database, targetPath: string): void => {
  assertPlainBackupPath(targetPath);
  if (existsSync(targetPath))
    throw new ChartroomError('CONFLICT', `A file already exists at ${targetPath}; nothing was overwritten.`);
  sqlite.prepare('VACUUM INTO ?').run(targetPath);
};

export const sha256File = (path: string): Promise<string> =>
  new Promise((resolve, reject) => {
    const hash = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => hash.update(chunk))
      .on('end', () => resolve(hash.digest('hex')))
      .on('error', reject);
  });

const damaged = (detail: string) =>
  new ChartroomError(
    'BACKUP_DAMAGED',
    `This backup is damaged (${detail}), so it cannot be trusted. Use another backup; the damaged one was not changed.`,
  );

/**
 * Opens a backup read-only with its data key and proves it holds a whole chart database: the first
 * read (a wrong key only fails here), integrity_check, schema version, expected tables, and per-table
 * row counts and checksums equal to the manifest when one is given. Each kind of failure has its own
 * code and message (SECURITY.md S17).
 */
export const verifyBackupDatabase = (
  path: string,
  dataKey: Buffer,
  expected: {
    manifest?: Pick<BackupManifest, 'tables' | 'schemaVersion' | 'sizeBytes' | 'sha256'>;
    sha256?: string;
    maxSchemaVersion: number;
  },
): DatabaseFingerprint => {
  if (!existsSync(path))
    throw new ChartroomError(
      'BACKUP_NOT_FOUND',
      `There is no backup file at ${path}. Check the path or pick another backup.`,
    );
  const size = statSync(path).size;
  if (size === 0) {
    throw new ChartroomError(
      'BACKUP_EMPTY_FILE',
      'This backup file is empty (0 bytes): the backup that made it did not finish. Use another backup.',
    );
  }
  const manifest = expected.manifest;
  // The size first: a truncated copy is told as such, a same-size change as changed contents.
  if (manifest && size !== manifest.sizeBytes)
    throw damaged(`its size is ${size} bytes, but it was made with ${manifest.sizeBytes}`);
  if (manifest && expected.sha256 && expected.sha256 !== manifest.sha256) {
    throw damaged('its contents changed since it was made');
  }
  let sqlite: Database.Database;
  try {
    sqlite = openKeyed(path, dataKey.toString('hex'), { readonly: true }).sqlite;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB') {
      throw new ChartroomError(
        'BACKUP_WRONG_KEY',
        'This backup cannot be opened with this key: it was made under another key or belongs to another practice. Use the recovery key that was current when the backup was made.',
      );
    }
    throw damaged('it cannot be read');
  }
  try {
    sqlite.pragma('temp_store = MEMORY');
    let integrity: unknown;
    try {
      integrity = sqlite.pragma('integrity_check(1)', { simple: true });
    } catch {
      integrity = 'unreadable';
    }
    if (integrity !== 'ok') throw damaged('the database inside fails its integrity check');
    const tables = userTables(sqlite);
    if (tables.length === 0) {
      throw new ChartroomError(
        'BACKUP_EMPTY_DATABASE',
        'This backup holds an empty database with no charts: the backup that made it did not finish. Use another backup.',
      );
    }
    const fingerprint = fingerprintDatabase(sqlite);
    if (fingerprint.schemaVersion > expected.maxSchemaVersion) {
      throw new ChartroomError(
        'DB_FROM_FUTURE',
        'This backup was made by a newer version of Chartroom. Install that version to restore it.',
      );
    }
    if (manifest) {
      for (const [table, want] of Object.entries(manifest.tables)) {
        const got = fingerprint.tables[table];
        if (!got || got.rows !== want.rows || got.checksum !== want.checksum) {
          throw new ChartroomError(
            'BACKUP_MISMATCH',
            `This backup does not match its manifest (table ${table}: ${got?.rows ?? 'missing'} rows, expected ${want.rows}). It cannot be trusted; use another backup.`,
          );
        }
      }
    }
    return fingerprint;
  } catch (error) {
    if (error instanceof ChartroomError) throw error;
    throw damaged('it cannot be read');
  } finally {
    sqlite.close();
  }
};
