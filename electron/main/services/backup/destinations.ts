import { randomUUID } from 'node:crypto';
import { existsSync, readdirSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertPlainBackupPath, backupExtension } from '../../../../db';

/** How a folder check names the folder and what its kind of output is, so each caller's messages read right. */
export interface FolderWords {
  /** "backup" or "export": the path and folder are named after it. */
  noun: string;
  /** What a full disk has not harmed, e.g. "no earlier backup was removed". */
  fullReassurance: string;
}

const backupWords: FolderWords = { noun: 'backup', fullReassurance: 'no earlier backup was removed' };

/**
 * Is a destination folder there and writable right now? USB drives get unplugged and NAS mounts
 * drop; a backup or an export only promises what it can check at the moment it runs.
 */
export const probeFolder = (path: string, words: FolderWords): string | null => {
  try {
    assertPlainBackupPath(path, words.noun);
  } catch (error) {
    return (error as Error).message;
  }
  if (!existsSync(path))
    return `The ${words.noun} folder ${path} is not available: the drive may be unplugged or the share disconnected. Reconnect it or change this destination.`;
  if (!statSync(path).isDirectory()) return `${path} is a file, not a folder. Choose a folder for ${words.noun}s.`;
  const probe = join(path, `.chartroom-write-test-${randomUUID()}`);
  try {
    writeFileSync(probe, 'ok');
    unlinkSync(probe);
    return null;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'ENOSPC')
      return `The ${words.noun} folder ${path} is full. Free some space there; ${words.fullReassurance}.`;
    if (code === 'EROFS' || code === 'EACCES' || code === 'EPERM')
      return `Chartroom cannot write to ${path} (it is read-only or access is denied). Check the drive's write protection or permissions.`;
    return `Chartroom cannot write to ${path}. Check that the drive is connected and has space.`;
  }
};

export const probeDestination = (path: string): string | null => probeFolder(path, backupWords);

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
