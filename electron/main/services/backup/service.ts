import { hostname } from 'node:os';
import { isAbsolute, relative, resolve } from 'node:path';
import { repositories } from '../../../../db';
import type { BackupRunDto, BackupSettingsDto } from '../../../contract/backup';
import { ChartroomError } from '../../../contract/errors';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import type { Vault } from '../vault';
import { describeBackup } from './backup-info';
import { probeDestination } from './destinations';
import { BackupLookups } from './lookup';
import { reconcileBackupRecords } from './reconcile';
import { restoreBackup } from './restore';
import { type BackupActor, BackupRunner, type RunTrigger } from './runner';
import { BackupScheduler } from './scheduler';
import { backupStatus } from './status';
import type { BackupUnlock } from './unlock';
import { BackupVerifier } from './verification';

/** True when `path` is `folder` or inside it (a plain prefix test would take /data-2 to be inside /data). */
const isInside = (folder: string, path: string): boolean => {
  const rel = relative(resolve(folder), resolve(path));
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
};

/** Backups and restore behind one face, for the router, the CLI and the scheduler. */
export class BackupService {
  readonly #vault: Vault;
  readonly #now: () => Date;
  readonly runner: BackupRunner;
  readonly verifier: BackupVerifier;
  readonly lookups: BackupLookups;
  readonly scheduler: BackupScheduler;
  #storeSeen: unknown = null;

  constructor(options: { vault: Vault; appVersion: string; now?: () => Date; log: (line: string) => void }) {
    this.#vault = options.vault;
    this.#now = options.now ?? (() => new Date());
    this.runner = new BackupRunner(this.#vault, options.appVersion, this.#now);
    this.verifier = new BackupVerifier(this.#vault, this.#now);
    this.lookups = new BackupLookups(this.#vault);
    this.scheduler = new BackupScheduler({
      vault: this.#vault,
      runner: this.runner,
      verifier: this.verifier,
      now: this.#now,
      actor: { userId: null, username: 'backup schedule', workstation: hostname() },
      log: options.log,
    });
  }

  /**
   * Runs that a crash left "running" are closed as failed the first time a store is seen open with
   * no run in progress (a run under way now would be marked failed too, so wait until it is over).
   */
  #settleInterruptedRuns(): void {
    const store = this.#vault.store;
    if (this.#storeSeen === store || this.runner.running) return;
    this.#storeSeen = store;
    repositories.backups.failInterruptedRuns(store.db, this.#now().toISOString());
  }

  status() {
    this.#settleInterruptedRuns();
    return backupStatus(this.#vault.store.db, this.#now(), this.runner.running);
  }

  indicator(): { state: 'ok' | 'attention' | 'not-configured'; message: string } {
    const status = this.status();
    if (status.destinations.length === 0)
      return { state: 'not-configured', message: 'Backups are not set up yet. The office manager can set them up.' };
    if (status.alerts.length > 0)
      return { state: 'attention', message: 'Backups need attention. The office manager has the details.' };
    return { state: 'ok', message: 'Backups are up to date.' };
  }

  getSettings(): BackupSettingsDto {
    const { scheduleTime, keepDaily, keepWeekly, keepMonthly, keepYearly } = repositories.backups.getSettings(
      this.#vault.store.db,
    );
    return { scheduleTime, keepDaily, keepWeekly, keepMonthly, keepYearly };
  }

  updateSettings(actor: Actor, settings: BackupSettingsDto): BackupSettingsDto {
    const store = this.#vault.store;
    store.sqlite.transaction(() => {
      repositories.backups.updateSettings(store.db, { ...settings, updatedAt: this.#now().toISOString() });
      recordAudit(store, {
        ...actor,
        action: 'backup.settings',
        detail: `nightly at ${settings.scheduleTime}; keep ${settings.keepDaily}/${settings.keepWeekly}/${settings.keepMonthly}/${settings.keepYearly}`,
      });
    })();
    return this.getSettings();
  }

  listDestinations() {
    return repositories.backups
      .listDestinations(this.#vault.store.db)
      .map(({ id, label, path, offsite, active }) => ({ id, label, path, offsite, active }));
  }

  addDestination(actor: Actor, input: { label: string; path: string; offsite: boolean }) {
    const problem = probeDestination(input.path);
    if (problem) throw new ChartroomError('DESTINATION_UNAVAILABLE', problem, 'path');
    const store = this.#vault.store;
    if (repositories.backups.listDestinations(store.db).some((d) => d.active && d.path === input.path)) {
      throw new ChartroomError('CONFLICT', 'That folder is already a backup destination.', 'path');
    }
    if (isInside(this.#vault.paths.dir, input.path)) {
      throw new ChartroomError(
        'BAD_REQUEST',
        "Choose a folder outside Chartroom's own data folder, ideally on another disk: a backup beside the original is lost with it.",
        'path',
      );
    }
    return store.sqlite.transaction(() => {
      const row = repositories.backups.insertDestination(store.db, { ...input, createdAt: this.#now().toISOString() });
      recordAudit(store, {
        ...actor,
        action: 'backup.destination',
        entity: 'backup_destination',
        entityId: row.id,
        detail: `added ${row.label}`,
      });
      return { id: row.id, label: row.label, path: row.path, offsite: row.offsite, active: row.active };
    })();
  }

  updateDestination(actor: Actor, input: { destinationId: number; label: string; offsite: boolean; active: boolean }) {
    const store = this.#vault.store;
    return store.sqlite.transaction(() => {
      const row = repositories.backups.updateDestination(store.db, input.destinationId, {
        label: input.label,
        offsite: input.offsite,
        active: input.active,
      });
      if (!row) throw new ChartroomError('NOT_FOUND', 'That destination no longer exists. Reload the page.');
      recordAudit(store, {
        ...actor,
        action: 'backup.destination',
        entity: 'backup_destination',
        entityId: row.id,
        detail: `${row.active ? 'updated' : 'retired'} ${row.label}`,
      });
      return { id: row.id, label: row.label, path: row.path, offsite: row.offsite, active: row.active };
    })();
  }

  run(actor: BackupActor, trigger: RunTrigger) {
    this.#settleInterruptedRuns();
    return this.runner.run(actor, trigger);
  }

  history(limit: number): BackupRunDto[] {
    this.#settleInterruptedRuns();
    const db = this.#vault.store.db;
    const runs = repositories.backups.listRuns(db, limit);
    const labels = new Map(repositories.backups.listDestinations(db).map((d) => [d.id, d.label]));
    const copies = repositories.backups.copiesOfRuns(
      db,
      runs.map((r) => r.id),
    );
    return runs.map((run) => ({
      id: run.id,
      trigger: run.trigger,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      status: run.status,
      sizeBytes: run.sizeBytes,
      durationMs: run.durationMs,
      error: run.error,
      copies: copies
        .filter((c) => c.runId === run.id)
        .map((c) => ({
          id: c.id,
          destinationLabel: labels.get(c.destinationId) ?? '',
          path: c.path,
          status: c.status,
          sizeBytes: c.sizeBytes,
          error: c.error,
        })),
    }));
  }

  inspect(path: string) {
    const currentKeyId = this.#vault.inspect() === 'initialised' ? this.#vault.keyring().keyId : null;
    return describeBackup(path, currentKeyId);
  }

  /** Before replacing a live store, take one more verified copy of it into the data folder's safety/ folder. */
  async restore(actor: BackupActor, path: string, unlock: BackupUnlock, safetyCopy: () => Promise<void>) {
    this.lookups.closeAll();
    let result: Awaited<ReturnType<typeof restoreBackup>>;
    try {
      result = await restoreBackup(this.#vault, actor, path, unlock, this.#now, safetyCopy);
    } catch (error) {
      // A refused or failed restore is audited too (SECURITY.md S8), in the store that is still in place.
      if (this.#vault.isOpen) {
        recordAudit(this.#vault.store, {
          ...actor,
          action: 'backup.restore',
          outcome: 'failure',
          detail: `from ${path}: ${(error as { code?: string }).code ?? 'INTERNAL'}`,
        });
      }
      throw error;
    }
    // The restored history is the history as of that backup; the destination folders say what is there now.
    await reconcileBackupRecords(this.#vault.store, this.#vault.keyring().keyId, this.#now());
    this.#storeSeen = this.#vault.store;
    return result;
  }
}
