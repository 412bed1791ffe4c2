import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BackupManifest,
  backupExtension,
  type ChartStore,
  repositories,
  sha256File,
  sidecarPathOf,
  withTransaction,
} from '../../../../db';
import { readSidecar } from './sidecar';

interface FoundCopy {
  destinationId: number;
  path: string;
  runId: number;
  manifest: BackupManifest;
  intact: boolean;
}

const runIdOf = (name: string) => Number(/-r(\d+)\.chartroom-backup$/.exec(name)?.[1]);

/** Backup files of this practice's key found in the active destination folders, each hashed against its manifest. */
const findCopies = async (store: ChartStore, keyId: string): Promise<FoundCopy[]> => {
  const found: FoundCopy[] = [];
  for (const destination of repositories.backups.listDestinations(store.db).filter((d) => d.active)) {
    if (!existsSync(destination.path)) continue;
    for (const name of readdirSync(destination.path).filter((n) => n.endsWith(backupExtension))) {
      const path = join(destination.path, name);
      const runId = runIdOf(name);
      if (!existsSync(sidecarPathOf(path)) || !Number.isInteger(runId)) continue;
      try {
        const { manifest } = readSidecar(path);
        if (manifest.keyId !== keyId) continue;
        const intact = statSync(path).size === manifest.sizeBytes && (await sha256File(path)) === manifest.sha256;
        found.push({ destinationId: destination.id, path, runId, manifest, intact });
      } catch {
        // A damaged manifest is left for "Verify now" to report.
      }
    }
  }
  return found;
};

/**
 * After a restore, the backup history inside the store is the history as it was when that backup was
 * made: the run that made it still says "running", and copies made, damaged or pruned since are
 * unknown. The destination folders are the truth: each file found is hashed against its manifest
 * before it is called verified, and the records are brought in line with what is there.
 */
export const reconcileBackupRecords = async (store: ChartStore, keyId: string, now: Date): Promise<void> => {
  const found = await findCopies(store, keyId);
  const db = store.db;
  const at = now.toISOString();
  withTransaction(store, () => {
    const runs = new Map(repositories.backups.listRuns(db, 100_000).map((r) => [r.id, r]));
    for (const copy of found) {
      if (!runs.has(copy.runId)) continue; // made after the restored backup: not part of this history
      const known = repositories.backups.copiesAt(db, copy.destinationId).find((c) => c.path === copy.path);
      const status = copy.intact ? 'verified' : 'damaged';
      const error = copy.intact ? '' : 'Its contents no longer match its manifest (found when the store was restored).';
      if (known) repositories.backups.updateCopy(db, known.id, { status, lastCheckedAt: at, error });
      else {
        repositories.backups.insertCopy(db, {
          runId: copy.runId,
          destinationId: copy.destinationId,
          path: copy.path,
          createdAt: copy.manifest.createdAt,
          status,
          sizeBytes: copy.manifest.sizeBytes,
          sha256: copy.manifest.sha256,
          lastCheckedAt: at,
          error,
        });
      }
    }
    for (const copy of repositories.backups.verifiedCopies(db)) {
      if (existsSync(copy.path)) continue;
      repositories.backups.updateCopy(db, copy.id, {
        status: 'pruned',
        error: 'Not found when the store was restored: removed after the restored backup was made.',
      });
    }
    for (const run of [...runs.values()].filter((r) => r.status === 'running')) {
      const copies = found.filter((c) => c.runId === run.id);
      const made = copies.find((c) => c.intact) ?? copies[0];
      repositories.backups.finishRun(db, run.id, {
        status: made ? 'succeeded' : 'failed',
        finishedAt: run.finishedAt ?? made?.manifest.createdAt ?? at,
        sizeBytes: made?.manifest.sizeBytes ?? 0,
        fileName: made ? (made.path.split(/[\\/]/).pop() ?? '') : run.fileName,
        error: made ? '' : 'In progress when the restored backup was made; its outcome is not known.',
      });
    }
  });
};
