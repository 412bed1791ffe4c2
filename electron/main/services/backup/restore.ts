import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ensureDataDir, fsyncDirectory, keyring as keyrings, loadMigrations, sha256File } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import { recordAudit } from '../audit';
import type { Vault } from '../vault';
import { fsyncFile } from './file-ops';
import type { BackupActor } from './runner';
import { readSidecar } from './sidecar';
import { fileStamp } from './snapshot';
import { type BackupUnlock, unlockBackupKey } from './unlock';
import { runWorkerTask } from './worker-client';

/** Opens a backup with its key and proves it whole against its manifest; returns the key. */
export const unlockAndVerify = async (vault: Vault, path: string, unlock: BackupUnlock) => {
  const sidecar = readSidecar(path);
  const key = await unlockBackupKey(sidecar, unlock);
  await runWorkerTask({
    kind: 'verify',
    path,
    keyHex: key.toString('hex'),
    manifest: sidecar.manifest,
    sha256: await sha256File(path),
    maxSchemaVersion: loadMigrations(vault.migrationsDir).length,
  });
  return { key, sidecar };
};

/**
 * Restores a verified backup as this workstation's chart store (issue 3, restore wizard). The current
 * files are moved aside into replaced-<time>/, never overwritten, and put back if anything fails; the
 * copy is fsynced and checked against the manifest before it takes the live name.
 */
export const restoreBackup = async (
  vault: Vault,
  actor: BackupActor,
  path: string,
  unlock: BackupUnlock,
  now: () => Date,
  beforeReplace: () => Promise<void>,
): Promise<{ restoredFrom: string; previousKeptAt: string }> => {
  const { key, sidecar } = await unlockAndVerify(vault, path, unlock);
  await beforeReplace();
  vault.close();
  const paths = vault.paths;
  ensureDataDir(paths);
  const keptAt = join(paths.dir, `replaced-${fileStamp(now())}`);
  const live = [paths.database, `${paths.database}-wal`, `${paths.database}-shm`, paths.keyring].filter((file) =>
    existsSync(file),
  );
  if (live.length > 0) mkdirSync(keptAt);
  const moved: [string, string][] = [];
  const restoring = `${paths.database}.restoring`;
  try {
    for (const file of live) {
      const aside = join(keptAt, basename(file));
      renameSync(file, aside);
      moved.push([file, aside]);
    }
    copyFileSync(path, restoring);
    fsyncFile(restoring);
    if ((await sha256File(restoring)) !== sidecar.manifest.sha256) {
      throw new ChartroomError(
        'BACKUP_DAMAGED',
        'The backup changed while it was being copied in. Nothing was replaced; try again.',
      );
    }
    renameSync(restoring, paths.database);
    keyrings.writeKeyring(paths.keyring, sidecar.keyring);
    fsyncDirectory(paths.dir);
    await vault.openWithKey(key);
  } catch (error) {
    rmSync(restoring, { force: true });
    if (existsSync(paths.database) && moved.length > 0) rmSync(paths.database, { force: true });
    for (const [original, aside] of moved.reverse()) renameSync(aside, original);
    if (moved.length > 0) rmSync(keptAt, { recursive: true, force: true });
    throw error instanceof ChartroomError
      ? error
      : new ChartroomError(
          'INTERNAL',
          'The restore could not finish, so the chart store was left as it was. Check free disk space and try again.',
        );
  } finally {
    key.fill(0);
  }
  recordAudit(vault.store, {
    ...actor,
    action: 'backup.restore',
    detail: `from ${path} (made ${sidecar.manifest.createdAt})${live.length > 0 ? `; previous store kept at ${keptAt}` : '; onto an empty folder'}`,
  });
  return { restoredFrom: path, previousKeptAt: live.length > 0 ? keptAt : '' };
};
