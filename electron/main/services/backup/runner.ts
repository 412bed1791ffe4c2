import { existsSync } from 'node:fs';
import { join } from 'node:path';
import {
  type BackupManifest,
  backupExtension,
  loadMigrations,
  repositories,
  sha256File,
  sidecarPathOf,
  withTransaction,
} from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import { recordAudit } from '../audit';
import type { Vault } from '../vault';
import { probeDestination, removeStalePartials } from './destinations';
import { copyToPartial, promote, removeQuietly } from './file-ops';
import { copiesToKeep } from './retention';
import { fileStamp, snapshotVerified } from './snapshot';
import { runWorkerTask } from './worker-client';

export type RunTrigger = repositories.backups.RunRow['trigger'];
export interface BackupActor {
  userId: number | null;
  username: string;
  workstation: string;
}

export interface RunOutcome {
  runId: number;
  status: 'succeeded' | 'partial' | 'failed';
  files: string[];
  error: string;
}

const plainError = (error: unknown) =>
  error instanceof ChartroomError ? error.message : 'The backup step failed unexpectedly; nothing from it was kept.';

/**
 * One backup run (ARCHITECTURE.md section 5): VACUUM INTO a .partial at the first reachable
 * destination, verify it by opening it, fsync and rename, write the manifest and keyring copy,
 * copy to every other destination verifying each, then prune by retention where this run
 * succeeded. A failure at any step leaves no .partial promoted and prunes nothing.
 */
export class BackupRunner {
  readonly #vault: Vault;
  readonly #appVersion: string;
  readonly #now: () => Date;
  #running = false;

  constructor(vault: Vault, appVersion: string, now: () => Date) {
    this.#vault = vault;
    this.#appVersion = appVersion;
    this.#now = now;
  }

  get running(): boolean {
    return this.#running;
  }

  async run(actor: BackupActor, trigger: RunTrigger): Promise<RunOutcome> {
    if (this.#running)
      throw new ChartroomError(
        'BACKUP_IN_PROGRESS',
        'A backup is already running. Wait for it to finish, then try again.',
      );
    this.#running = true;
    try {
      return await this.#run(actor, trigger);
    } finally {
      this.#running = false;
    }
  }

  async #run(actor: BackupActor, trigger: RunTrigger): Promise<RunOutcome> {
    const store = this.#vault.store;
    const db = store.db;
    const started = this.#now();
    const destinations = repositories.backups.listDestinations(db).filter((d) => d.active);
    const run = repositories.backups.insertRun(db, { trigger, startedAt: started.toISOString(), status: 'running' });
    const fileName = `chartroom-${fileStamp(started)}-r${run.id}${backupExtension}`;
    const finish = (status: RunOutcome['status'], error: string, files: string[], sizeBytes = 0): RunOutcome => {
      withTransaction(store, () => {
        repositories.backups.finishRun(db, run.id, {
          status,
          finishedAt: this.#now().toISOString(),
          durationMs: Math.round(this.#now().getTime() - started.getTime()),
          fileName,
          sizeBytes,
          error,
        });
        recordAudit(store, {
          ...actor,
          action: 'backup.run',
          outcome: status === 'succeeded' ? 'success' : 'failure',
          entity: 'backup_run',
          entityId: run.id,
          detail: `${trigger}; ${status}${error ? `; ${error}` : ''}`,
        });
      });
      return { runId: run.id, status, files, error };
    };
    if (destinations.length === 0)
      return finish('failed', 'No backup destination is set. Add a folder under Settings, Backups.', []);

    const reachable: typeof destinations = [];
    // Each failure is told with its destination and its reason (unplugged, read-only, full, ...).
    const failures: string[] = [];
    for (const destination of destinations) {
      const problem = probeDestination(destination.path);
      if (problem) {
        failures.push(`${destination.label}: ${problem}`);
        this.#recordCopy(run.id, destination.id, join(destination.path, fileName), 'failed', problem);
      } else {
        removeStalePartials(destination.path);
        reachable.push(destination);
      }
    }

    // The first reachable destination that takes a verified snapshot becomes the source for the others.
    let manifest: BackupManifest | null = null;
    let sourcePath = '';
    const verifiedAt: number[] = [];
    const files: string[] = [];
    for (const destination of reachable) {
      const target = join(destination.path, fileName);
      try {
        if (!manifest) {
          manifest = await snapshotVerified(this.#vault, target, started, this.#appVersion);
          sourcePath = target;
        } else {
          await this.#copyAndVerify(sourcePath, target, manifest);
        }
        this.#recordCopy(run.id, destination.id, target, 'verified', '', manifest);
        verifiedAt.push(destination.id);
        files.push(target);
      } catch (error) {
        // A folder that went away mid-run (drive unplugged, share dropped) says so, rather than the step it broke.
        const message = probeDestination(destination.path) ?? plainError(error);
        failures.push(`${destination.label}: ${message}`);
        this.#recordCopy(run.id, destination.id, target, 'failed', message);
      }
    }
    const status =
      verifiedAt.length === 0 ? 'failed' : verifiedAt.length === destinations.length ? 'succeeded' : 'partial';
    // Prune only after a fully successful run: a day with any failure keeps every older copy.
    if (status === 'succeeded') for (const destinationId of verifiedAt) this.#prune(destinationId, run.id);
    const error = status === 'succeeded' ? '' : failures.join(' ') || 'No destination could be written.';
    return finish(status, error, files, manifest?.sizeBytes ?? 0);
  }

  async #copyAndVerify(source: string, target: string, manifest: BackupManifest): Promise<void> {
    const partial = `${target}.partial`;
    try {
      await copyToPartial(source, partial);
      const sha256 = await sha256File(partial);
      await runWorkerTask({
        kind: 'verify',
        path: partial,
        keyHex: this.#vault.dataKeyHex(),
        manifest,
        sha256,
        maxSchemaVersion: loadMigrations(this.#vault.migrationsDir).length,
      });
      promote(partial, target, { manifest, keyring: this.#vault.keyring() });
    } catch (error) {
      removeQuietly(partial);
      throw error instanceof ChartroomError || (error as { code?: string }).code !== 'ENOSPC'
        ? error
        : new ChartroomError(
            'DISK_FULL',
            'The backup destination is full. Free space there or choose another destination; no earlier backup was removed.',
          );
    }
  }

  #recordCopy(
    runId: number,
    destinationId: number,
    path: string,
    status: 'verified' | 'failed',
    error: string,
    manifest?: BackupManifest,
  ): void {
    repositories.backups.insertCopy(this.#vault.store.db, {
      runId,
      destinationId,
      path,
      createdAt: this.#now().toISOString(),
      status,
      sizeBytes: manifest?.sizeBytes ?? 0,
      sha256: manifest?.sha256 ?? '',
      lastCheckedAt: status === 'verified' ? this.#now().toISOString() : null,
      error,
    });
  }

  /**
   * Grandfather-father-son at one destination; the newest verified copy is always kept, and so is the
   * copy this run has just made, even when a clock set back makes it look older than the others.
   */
  #prune(destinationId: number, runId: number): void {
    const db = this.#vault.store.db;
    const settings = repositories.backups.getSettings(db);
    const verified = repositories.backups.copiesAt(db, destinationId, 'verified');
    const keep = copiesToKeep(
      verified.map((c) => ({ id: c.id, createdAt: new Date(c.createdAt) })),
      settings,
    );
    for (const copy of verified) {
      if (keep.has(copy.id) || copy.runId === runId) continue;
      if (existsSync(copy.path)) removeQuietly(copy.path, sidecarPathOf(copy.path));
      repositories.backups.updateCopy(db, copy.id, { status: 'pruned' });
    }
  }
}
