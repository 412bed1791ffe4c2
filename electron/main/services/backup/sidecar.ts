import { existsSync, readFileSync } from 'node:fs';
import { assertPlainBackupPath, type BackupSidecar, sidecarPathOf } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';

/** Reads the manifest and keyring copy written beside a backup file. */
export const readSidecar = (backupPath: string): BackupSidecar => {
  // Every way in to a backup file (inspect, restore, look-up, verify) passes here: never a URI or a key in a path.
  assertPlainBackupPath(backupPath);
  const path = sidecarPathOf(backupPath);
  if (!existsSync(backupPath)) {
    throw new ChartroomError(
      'BACKUP_NOT_FOUND',
      `There is no backup file at ${backupPath}. Check the path, or plug in the drive that holds it.`,
    );
  }
  if (!existsSync(path)) {
    throw new ChartroomError(
      'BACKUP_NOT_FOUND',
      `The manifest that belongs beside this backup (${path}) is missing, so the backup cannot be checked or unlocked. Copy it back from the same backup folder.`,
    );
  }
  try {
    const sidecar = JSON.parse(readFileSync(path, 'utf8')) as BackupSidecar;
    if (sidecar?.manifest?.format !== 'chartroom-backup' || !Array.isArray(sidecar.keyring?.slots))
      throw new Error('not a sidecar');
    return sidecar;
  } catch {
    throw new ChartroomError(
      'BACKUP_DAMAGED',
      `The manifest beside this backup (${path}) is damaged. Use another backup.`,
    );
  }
};
