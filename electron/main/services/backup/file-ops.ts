import { closeSync, fsyncSync, openSync, renameSync, rmSync } from 'node:fs';
import { copyFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { type BackupSidecar, fsyncDirectory, sidecarPathOf, writeFileAtomic } from '../../../../db';

/** fsync a file's data before it is renamed into place (SQLite's "How to corrupt", section 3). */
export const fsyncFile = (path: string): void => {
  const fd = openSync(path, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};

/**
 * Promote a verified .partial: fsync it, write its manifest and keyring copy, rename it, fsync the
 * folder. The manifest is written before the rename, so a .chartroom-backup never exists without
 * one, even when the process is killed in between; a manifest left alone by such a kill is removed
 * by the next run (destinations.ts, removeStalePartials).
 */
export const promote = (partialPath: string, finalPath: string, sidecar: BackupSidecar): void => {
  fsyncFile(partialPath);
  const sidecarPath = sidecarPathOf(finalPath);
  writeSidecar(sidecarPath, sidecar);
  try {
    renameSync(partialPath, finalPath);
  } catch (error) {
    rmSync(sidecarPath, { force: true });
    throw error;
  }
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
