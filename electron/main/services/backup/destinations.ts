import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertPlainBackupPath, backupExtension } from '../../../../db';

/**
 * Is a destination folder there and writable right now? USB drives get unplugged and NAS mounts
 * drop; a backup only promises what it can check at the moment it runs.
 */
export const probeDestination = (path: string): string | null => {
  try {
    assertPlainBackupPath(path);
  } catch (error) {
    return (error as Error).message;
  }
  if (!existsSync(path))
    return `The backup folder ${path} is not available: the drive may be unplugged or the share disconnected. Reconnect it or change this destination.`;
  if (!statSync(path).isDirectory()) return `${path} is a file, not a folder. Choose a folder for backups.`;
  const probe = join(path, `.chartroom-write-test-${randomUUID()}`);
  try {
    writeFileSync(probe, 'ok');
    unlinkSync(probe);
    return null;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOSPC')
      return `The backup folder ${path} is full. Free some space there; no earlier backup was removed.`;
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
      return `Chartroom cannot write to ${path} (it is read-only or access is denied). Check the drive's write protection or permissions.`;
    return `Chartroom cannot write to ${path}. Check that the drive is connected and has space.`;
  }
};

/**
 * Leftovers of runs that were killed: a .partial file is never a backup, whatever it contains; nor is
 * a manifest's temporary file, or a manifest whose backup file was never renamed into place.
 */
export const removeStalePartials = (folder: string): number => {
  if (!existsSync(folder)) return 0;
  const names = readdirSync(folder);
  let removed = 0;
  for (const name of names) {
    if (!name.includes(backupExtension)) continue;
    const partial = /\.partial(-wal|-shm|-journal)?$/.test(name);
    const manifestTemporary = /\.json\.\d+\.tmp$/.test(name);
    const orphanManifest = name.endsWith(`${backupExtension}.json`) && !names.includes(name.slice(0, -'.json'.length));
    if (partial || manifestTemporary || orphanManifest) {
      rmSync(join(folder, name), { force: true });
      removed++;
    }
  }
  return removed;
};
