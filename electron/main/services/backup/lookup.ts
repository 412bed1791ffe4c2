import { randomUUID } from 'node:crypto';
import { type ChartStore, openStore } from '../../../../db';
import type { BackupInfoDto } from '../../../contract/backup';
import { ChartroomError } from '../../../contract/errors';
import type { PatientDto, PatientSummary } from '../../../contract/patients';
import { recordAudit } from '../audit';
import { PatientService } from '../patients/service';
import type { Vault } from '../vault';
import { describeBackup } from './backup-info';
import { unlockAndVerify } from './restore';
import type { BackupActor } from './runner';
import type { BackupUnlock } from './unlock';

interface OpenLookup {
  store: ChartStore;
  patients: PatientService;
  info: BackupInfoDto;
  openedBy: number | null;
}

/**
 * "Open read-only to look something up" (issue 3): a verified backup opened on a read-only connection
 * beside the live store, searched and read with the same patient code, nothing written to it. Every
 * look is audited in the live store, where the practice's audit report will show it.
 */
export class BackupLookups {
  readonly #vault: Vault;
  readonly #open = new Map<string, OpenLookup>();

  constructor(vault: Vault) {
    this.#vault = vault;
  }

  async open(
    actor: BackupActor,
    path: string,
    unlock: BackupUnlock,
  ): Promise<{ lookupId: string; info: BackupInfoDto }> {
    const { key } = await unlockAndVerify(this.#vault, path, unlock);
    this.closeAll();
    let store: ChartStore;
    try {
      store = openStore({ path, dataKey: key, migrationsDir: this.#vault.migrationsDir, readonly: true });
    } finally {
      key.fill(0);
    }
    const info = await describeBackup(path, this.#vault.keyring().keyId);
    const lookupId = randomUUID();
    this.#open.set(lookupId, { store, patients: new PatientService(() => store), info, openedBy: actor.userId });
    recordAudit(this.#vault.store, { ...actor, action: 'backup.lookup', detail: `opened ${path} read-only` });
    return { lookupId, info };
  }

  #get(lookupId: string, actor: BackupActor): OpenLookup {
    const lookup = this.#open.get(lookupId);
    if (!lookup || lookup.openedBy !== actor.userId) {
      throw new ChartroomError('NOT_FOUND', 'This backup is no longer open. Open it again from the restore page.');
    }
    return lookup;
  }

  search(actor: BackupActor, lookupId: string, query: string): { interpretation: string; results: PatientSummary[] } {
    const { interpretation, results } = this.#get(lookupId, actor).patients.search(query, 50);
    return { interpretation, results };
  }

  patient(actor: BackupActor, lookupId: string, patientId: number): PatientDto {
    const lookup = this.#get(lookupId, actor);
    const patient = lookup.patients.read(patientId);
    recordAudit(this.#vault.store, {
      ...actor,
      action: 'backup.lookup',
      detail: `viewed MRN ${patient.mrn} in the backup made ${lookup.info.createdAt}`,
    });
    return patient;
  }

  close(lookupId: string): void {
    this.#open.get(lookupId)?.store.close();
    this.#open.delete(lookupId);
  }

  /** A user's lookups close when they sign out or lock: an open backup is PHI on a connection. */
  closeForUser(userId: number): void {
    for (const [id, lookup] of this.#open) if (lookup.openedBy === userId) this.close(id);
  }

  closeAll(): void {
    for (const id of [...this.#open.keys()]) this.close(id);
  }
}
