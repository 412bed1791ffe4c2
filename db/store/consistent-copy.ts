import { copyFileSync, existsSync, statSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { ChartroomError } from '../../electron/contract/errors';
import { assertPlainBackupPath, snapshotDatabase } from './backup-file';
import { openKeyed } from './cipher';

/**
 * A consistent copy of the live encrypted database at file-copy speed. In WAL mode the main file is
 * written only by checkpoints (sqlite.org/wal.html, section 2.2), and a checkpoint never backfills
 * past the oldest reader. So: checkpoint until the WAL is empty, start a read transaction (which then
 * reads no WAL frames and so blocks every checkpoint), and copy the already-encrypted file as it is.
 * The copy keeps the key; it is verified by opening it like any backup. When writers keep the WAL
 * busy, fall back to VACUUM INTO, which re-encrypts page by page but needs no quiet moment.
 */
export type SnapshotMethod = 'consistent-copy' | 'vacuum-into';

const walIsEmpty = (databasePath: string) => {
  const wal = `${databasePath}-wal`;
  return !existsSync(wal) || statSync(wal).size === 0;
};

export const snapshotByCopy = (
  sqlite: Database.Database,
  databasePath: string,
  targetPath: string,
  keyHex: string,
  attempts = 5,
): SnapshotMethod => {
  assertPlainBackupPath(targetPath);
  if (existsSync(targetPath))
    throw new ChartroomError('CONFLICT', `A file already exists at ${targetPath}; nothing was overwritten.`);
  for (let attempt = 0; attempt < attempts; attempt++) {
    const [result] = sqlite.pragma('wal_checkpoint(TRUNCATE)') as { busy: number; log: number }[];
    if (result?.busy !== 0) continue;
    sqlite.exec('BEGIN');
    try {
      sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
      // A writer may have committed between the checkpoint and our read: then the file alone is not our snapshot.
      if (!walIsEmpty(databasePath)) continue;
      copyFileSync(databasePath, targetPath);
    } finally {
      sqlite.exec('ROLLBACK');
    }
    // The copy says "WAL mode" in its header; as a backup it is a single file, so switch it to a rollback journal.
    const copy = openKeyed(targetPath, keyHex).sqlite;
    try {
      copy.pragma('journal_mode = DELETE');
    } finally {
      copy.close();
    }
    return 'consistent-copy';
  }
  snapshotDatabase(sqlite, targetPath);
  return 'vacuum-into';
};
