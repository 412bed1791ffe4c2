import { closeSync, fsyncSync, openSync, renameSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';

/**
 * Write-then-rename with fsync of the file and its folder, so a crash leaves either the old file or
 * the new one, never half of either (SQLite's "How to corrupt", section 3).
 */
export const writeFileAtomic = (path: string, content: string): void => {
  const temporary = `${path}.${process.pid}.tmp`;
  const fd = openSync(temporary, 'w', 0o600);
  try {
    writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, path);
  fsyncDirectory(dirname(path));
};

export const fsyncDirectory = (directory: string): void => {
  if (process.platform === 'win32') return; // Windows cannot open a directory for fsync; NTFS journals the rename.
  const fd = openSync(directory, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
};
