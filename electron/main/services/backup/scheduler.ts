import { repositories } from '../../../../db';
import type { Vault } from '../vault';
import type { BackupActor, BackupRunner } from './runner';
import { scheduledRunDue } from './schedule';
import type { BackupVerifier } from './verification';

/**
 * The nightly schedule, run in the main process while the app is open, locked or not (issue 3).
 * Checked every minute, at start and on resume from sleep, so a missed night is caught up once;
 * the runner refuses a second concurrent run. The store must have been unlocked once since start:
 * the data key exists only in memory.
 */
export class BackupScheduler {
  readonly #vault: Vault;
  readonly #runner: BackupRunner;
  readonly #verifier: BackupVerifier;
  readonly #now: () => Date;
  readonly #actor: BackupActor;
  readonly #log: (line: string) => void;
  #timer: NodeJS.Timeout | null = null;
  #ticking = false;

  constructor(options: {
    vault: Vault;
    runner: BackupRunner;
    verifier: BackupVerifier;
    now: () => Date;
    actor: BackupActor;
    log: (line: string) => void;
  }) {
    this.#vault = options.vault;
    this.#runner = options.runner;
    this.#verifier = options.verifier;
    this.#now = options.now;
    this.#actor = options.actor;
    this.#log = options.log;
  }

  start(intervalMs = 60_000): void {
    this.#timer ??= setInterval(() => void this.tick(), intervalMs);
    this.#timer.unref();
  }

  stop(): void {
    if (this.#timer) clearInterval(this.#timer);
    this.#timer = null;
  }

  /** One check: the nightly run if due, then the weekly drill and the monthly re-hash. */
  async tick(): Promise<void> {
    if (this.#ticking || !this.#vault.isOpen || this.#runner.running) return;
    this.#ticking = true;
    try {
      const db = this.#vault.store.db;
      const settings = repositories.backups.getSettings(db);
      const last = repositories.backups.lastRunCoveringSchedule(db);
      const hasDestination = repositories.backups.listDestinations(db).some((d) => d.active);
      if (
        hasDestination &&
        scheduledRunDue(this.#now(), settings.scheduleTime, last ? new Date(last.startedAt) : null)
      ) {
        await this.#runner.run(this.#actor, 'scheduled');
      }
      if (this.#vault.isOpen && this.#verifier.drillDue()) await this.#verifier.drill(this.#actor);
      if (this.#vault.isOpen) await this.#verifier.rehashOld();
    } catch (error) {
      // Failures are recorded in the run history and shown as alerts; the log gets no details (S14).
      this.#log(`backup scheduler: ${(error as { code?: string }).code ?? (error as Error).constructor.name}`);
    } finally {
      this.#ticking = false;
    }
  }
}
