import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type BackupSidecar, fsyncDirectory, writeFileAtomic } from '../../../../db';

/** fsync a file's data before it is renamed into place (SQLite's "How to corrupt", section 3). */
export const fsyncFile = (path: string): void => {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/** Promote a verified .partial: fsync, rename, fsync the folder. */
export const promote = (partialPath: string, finalPath: string): void => {
  fsyncFile(partialPath);
  renameSync(partialPath, finalPath);
  fsyncDirectory(dirname(finalPath));
};

export const copyToPartial = async (from: string, partialPath: string): Promise<void> => {
  await copyFile(from, partialPath);
};

export const writeSidecar = (path: string, sidecar: BackupSidecar): void =>
  writeFileAtomic(path, `${JSON.stringify(sidecar, null, 2)}\n`);

export const removeQuietly = (...paths: string[]): void => {
  for (const path of paths) rmSync(path, { force: true });
};
