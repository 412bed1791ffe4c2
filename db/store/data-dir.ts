import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ChartroomError } from '../../electron/contract/errors';
import { keyringFileName } from './keyring';

/**
 * The data folder holds chartroom.db (+ -wal, -shm) and keyring.json. Which files exist decides
 * between a first run and a damaged install: "a keyring but no database" is never a first run
 * (ARCHITECTURE.md section 4), and nothing is ever created over what is missing.
 */
export const databaseFileName = 'chartroom.db';

export interface DataDirPaths {
  dir: string;
  database: string;
  keyring: string;
  loginThrottle: string;
}

export const dataDirPaths = (dir: string): DataDirPaths => {
  const absolute = resolve(dir);
  return {
    dir: absolute,
    database: join(absolute, databaseFileName),
    keyring: join(absolute, keyringFileName),
    loginThrottle: join(absolute, 'login-throttle.json'),
  };
};

/** Cloud-sync clients copy a live database file mid-write and corrupt it ("How to corrupt", 2.1). */
const syncedFolderMarkers = [
  '/dropbox/',
  '/onedrive',
  '/icloud drive/',
  '/mobile documents/',
  '/google drive/',
  '/googledrive/',
  '/box sync/',
];

/** Paths SQLite might read as URIs or that could smuggle a key into a file name (SECURITY.md known traps). */
export const assertSafeStorePath = (path: string, what: string): void => {
  if (/[?#]|file:|key=/i.test(path)) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `The ${what} path contains "?", "#", "file:" or "key=", which Chartroom never uses in file paths. Choose a plain folder path.`,
    );
  }
  const lower = `${resolve(path).replace(/\\/g, '/').toLowerCase()}/`;
  if (path.startsWith('\\\\') || path.startsWith('//')) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `The ${what} is on a network share. A live chart database on a share can be corrupted by file locking; keep it on this computer's own disk (backups may go to a share).`,
    );
  }
  if (syncedFolderMarkers.some((marker) => lower.includes(marker))) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `The ${what} is inside a cloud-synced folder, which copies the database while it is being written and corrupts it. Choose a folder outside Dropbox, OneDrive, iCloud, Google Drive or Box.`,
    );
  }
};

export type DataDirState = 'empty' | 'initialised';

export const inspectDataDir = (paths: DataDirPaths): DataDirState => {
  assertSafeStorePath(paths.dir, 'data folder');
  if (existsSync(paths.dir) && !statSync(paths.dir).isDirectory()) {
    throw new ChartroomError('BAD_REQUEST', `The data folder ${paths.dir} is a file, not a folder. Choose a folder.`);
  }
  const hasDatabase = existsSync(paths.database);
  const hasKeyring = existsSync(paths.keyring);
  const hasWal = existsSync(`${paths.database}-wal`);
  if (hasKeyring) return 'initialised';
  if (hasDatabase || hasWal) {
    throw new ChartroomError(
      'KEYRING_MISSING',
      `The key file (${keyringFileName}) is missing from the data folder, so the charts cannot be unlocked. Nothing was changed. Copy the keyring saved with your latest backup into ${paths.dir}, or restore the practice from a backup with the recovery key.`,
    );
  }
  return 'empty';
};

export const ensureDataDir = (paths: DataDirPaths): void => {
  mkdirSync(paths.dir, { recursive: true, mode: 0o700 });
};
