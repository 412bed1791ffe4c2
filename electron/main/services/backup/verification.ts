import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { loadMigrations, repositories, sha256File } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import { recordAudit } from '../audit';
import type { Vault } from '../vault';
import type { BackupActor } from './runner';
import { readSidecar } from './sidecar';
import { runWorkerTask } from './worker-client';

export interface CheckResult {
  path: string;
  ok: boolean;
  detail: string;
}

const rehashAgeMs = 28 * 86_400_000;
const drillIntervalMs = 7 * 86_400_000;

/**
 * Checks of backups already made: "Verify now" opens every kept copy against its manifest; the
 * weekly restore drill restores the newest copy into a sandbox; the re-hash finds bit rot in copies a
 * month old before anyone needs them (issue 3, "Restore drill").
 */
export class BackupVerifier {
  readonly #vault: Vault;
  readonly #now: () => Date;

  constructor(vault: Vault, now: () => Date) {
    this.#vault = vault;
    this.#now = now;
  }

  async #verifyCopy(copy: repositories.backups.CopyRow, full: boolean): Promise<CheckResult> {
    const db = this.#vault.store.db;
    const at = this.#now().toISOString();
    if (!existsSync(copy.path)) {
      repositories.backups.updateCopy(db, copy.id, {
        status: 'missing',
        lastCheckedAt: at,
        error: 'The file is no longer there.',
      });
      return {
        path: copy.path,
        ok: false,
        detail: 'The backup file is no longer there (deleted, or the drive is not connected).',
      };
    }
    try {
      const { manifest } = readSidecar(copy.path);
      const sha256 = await sha256File(copy.path);
      if (sha256 !== manifest.sha256)
        throw new ChartroomError('BACKUP_DAMAGED', 'Its contents changed since it was made (bit rot or tampering).');
      if (full) {
        await runWorkerTask({
          kind: 'verify',
          path: copy.path,
          keyHex: this.#vault.dataKeyHex(),
          manifest,
          sha256,
          maxSchemaVersion: loadMigrations(this.#vault.migrationsDir).length,
        });
      }
      repositories.backups.updateCopy(db, copy.id, { lastCheckedAt: at, error: '' });
      return { path: copy.path, ok: true, detail: full ? 'Opened and matched its manifest.' : 'Checksum matches.' };
    } catch (error) {
      const detail = error instanceof ChartroomError ? error.message : 'It could not be checked.';
      // A copy under an older key is not damaged: it needs the recovery key that was current then.
      if (error instanceof ChartroomError && error.code === 'BACKUP_WRONG_KEY')
        return { path: copy.path, ok: true, detail };
      repositories.backups.updateCopy(db, copy.id, { status: 'damaged', lastCheckedAt: at, error: detail });
      return { path: copy.path, ok: false, detail };
    }
  }

  async verifyAll(actor: BackupActor): Promise<CheckResult[]> {
    const store = this.#vault.store;
    const results: CheckResult[] = [];
    for (const copy of repositories.backups.verifiedCopies(store.db)) {
      const result = await this.#verifyCopy(copy, true);
      repositories.backups.insertCheck(store.db, {
        kind: 'verify',
        copyId: copy.id,
        at: this.#now().toISOString(),
        ok: result.ok,
        detail: result.detail,
      });
      results.push(result);
    }
    const damaged = results.filter((r) => !r.ok).length;
    recordAudit(store, {
      ...actor,
      action: 'backup.verify',
      outcome: damaged === 0 ? 'success' : 'failure',
      detail: `${results.length} checked, ${damaged} damaged`,
    });
    return results;
  }

  /** Restores the newest verified copy into a sandbox folder and checks it there, then removes the sandbox. */
  async drill(actor: BackupActor): Promise<CheckResult | null> {
    const store = this.#vault.store;
    const newest = repositories.backups.verifiedCopies(store.db)[0];
    if (!newest) return null;
    const sandbox = mkdtempSync(join(this.#vault.paths.dir, 'restore-drill-'));
    let result: CheckResult;
    try {
      if (!existsSync(newest.path))
        throw new ChartroomError('BACKUP_NOT_FOUND', 'The newest backup file is not there.');
      const { manifest } = readSidecar(newest.path);
      const restored = join(sandbox, 'chartroom.db');
      cpSync(newest.path, restored);
      const sha256 = await sha256File(restored);
      await runWorkerTask({
        kind: 'verify',
        path: restored,
        keyHex: this.#vault.dataKeyHex(),
        manifest,
        sha256,
        maxSchemaVersion: loadMigrations(this.#vault.migrationsDir).length,
      });
      const patients = manifest.tables.patients?.rows ?? 0;
      result = {
        path: newest.path,
        ok: true,
        detail: `Restored into a sandbox and verified: ${patients} patients, all tables match.`,
      };
    } catch (error) {
      result = {
        path: newest.path,
        ok: false,
        detail: error instanceof ChartroomError ? error.message : 'The drill could not restore the backup.',
      };
      repositories.backups.updateCopy(store.db, newest.id, { status: 'damaged', error: result.detail });
    } finally {
      rmSync(sandbox, { recursive: true, force: true });
    }
    repositories.backups.insertCheck(store.db, {
      kind: 'drill',
      copyId: newest.id,
      at: this.#now().toISOString(),
      ok: result.ok,
      detail: result.detail,
    });
    recordAudit(store, {
      ...actor,
      action: 'backup.drill',
      outcome: result.ok ? 'success' : 'failure',
      detail: result.detail,
    });
    return result;
  }

  drillDue(): boolean {
    const last = repositories.backups.lastCheck(this.#vault.store.db, 'drill');
    return !last || this.#now().getTime() - new Date(last.at).getTime() >= drillIntervalMs;
  }

  /** Re-hashes copies at least a month old whose last check is a month old. */
  async rehashOld(): Promise<CheckResult[]> {
    const db = this.#vault.store.db;
    const now = this.#now().getTime();
    const results: CheckResult[] = [];
    for (const copy of repositories.backups.verifiedCopies(db)) {
      const age = now - new Date(copy.createdAt).getTime();
      const sinceCheck = now - new Date(copy.lastCheckedAt ?? copy.createdAt).getTime();
      if (age < rehashAgeMs || sinceCheck < rehashAgeMs) continue;
      const result = await this.#verifyCopy(copy, false);
      repositories.backups.insertCheck(db, {
        kind: 'rehash',
        copyId: copy.id,
        at: this.#now().toISOString(),
        ok: result.ok,
        detail: result.detail,
      });
      results.push(result);
    }
    return results;
  }
}
