import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { backupExtension, type ChartStore, repositories, sidecarPathOf, withTransaction } from '../../../../db';
import { readSidecar } from './sidecar';

/**
 * After a restore, the backup history inside the store is the history as it was when that backup was
 * made: the run that made it still says "running", copies made or pruned since are unknown. The
 * destination folders are the truth, so they are read and the records brought in line with them.
 */
export const reconcileBackupRecords = (
  store: ChartStore,
  keyId: string,
  now: Date,
): { added: number; gone: number; settled: number } => {
  const db = store.db;
  const at = now.toISOString();
  let added = 0;
  let gone = 0;
  let settled = 0;
  withTransaction(store, () => {
    const destinations = repositories.backups.listDestinations(db).filter((d) => d.active);
    for (const destination of destinations) {
      const known = new Set(repositories.backups.copiesAt(db, destination.id).map((c) => c.path));
      if (!existsSync(destination.path)) continue;
      for (const name of readdirSync(destination.path).filter((n) => n.endsWith(backupExtension))) {
        const path = join(destination.path, name);
        const runId = Number(/-r(\d+)\.chartroom-backup$/.exec(name)?.[1]);
        if (known.has(path) || !existsSync(sidecarPathOf(path)) || !Number.isInteger(runId)) continue;
        try {
          const { manifest } = readSidecar(path);
          if (manifest.keyId !== keyId || !repositories.backups.listRuns(db, 10_000).some((r) => r.id === runId))
            continue;
          repositories.backups.insertCopy(db, {
            runId,
            destinationId: destination.id,
            path,
            createdAt: manifest.createdAt,
            status: 'verified',
            sizeBytes: manifest.sizeBytes,
            sha256: manifest.sha256,
            lastCheckedAt: at,
            error: '',
          });
          added++;
        } catch {
          // A damaged sidecar is left for "Verify now" to report.
        }
      }
    }
    for (const copy of repositories.backups.verifiedCopies(db)) {
      if (existsSync(copy.path)) continue;
      repositories.backups.updateCopy(db, copy.id, {
        status: 'pruned',
        error: 'Not found when the store was restored: removed after the restored backup was made.',
      });
      gone++;
    }
    for (const run of repositories.backups.listRuns(db, 10_000).filter((r) => r.status === 'running')) {
      const hasCopy = repositories.backups
        .copiesOfRuns(db, [run.id])
        .some((c) => c.status === 'verified' || c.status === 'pruned');
      repositories.backups.finishRun(db, run.id, {
        status: hasCopy ? 'succeeded' : 'failed',
        finishedAt: run.finishedAt ?? at,
        error: hasCopy ? '' : 'In progress when the restored backup was made; its outcome is not known.',
      });
      settled++;
    }
  });
  return { added, gone, settled };
};
