import { randomBytes, timingSafeEqual } from 'node:crypto';
import { rmSync, statSync } from 'node:fs';
import {
  type ChartStore,
  type DataDirPaths,
  dataDirPaths,
  ensureDataDir,
  generateRecoveryKey,
  inspectDataDir,
  keyring as keyrings,
  loadMigrations,
  migrate,
  openStore,
  parseRecoveryKey,
  preflightDatabaseFile,
  type RecoveryKey,
  schemaVersion,
  withTransaction,
} from '../../../db';
import { ChartroomError } from '../../contract/errors';
import { takeSafetySnapshot } from './backup/snapshot';
import { runWorkerTask } from './backup/worker-client';

/**
 * Stores up to this size are quick_checked before the first sign-in returns (a few hundred
 * milliseconds at most); larger ones are checked by a worker thread while staff work, because reading
 * every page of a gigabyte store takes seconds (ARCHITECTURE.md section 9: login <= 1 s). Every page
 * is also authenticated by the cipher whenever it is read, so a damaged page is never served as data.
 */
export const inlineIntegrityCheckMaxBytes = 64 * 1024 * 1024;

const fileSize = (path: string): number => {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
};

/**
 * Owns the data folder: the keyring and the open chart store (Signal Desktop's model: the main
 * process alone holds the key). The store opens at the first successful login and stays open while
 * the screen is locked, so the backup scheduler keeps working; the key never leaves this object.
 */
export class Vault {
  readonly paths: DataDirPaths;
  readonly migrationsDir: string;
  readonly appVersion: string;
  readonly #inlineCheckMaxBytes: number;
  #store: ChartStore | null = null;
  #dataKey: Buffer | null = null;
  /** Set when the background integrity check found the store damaged: it stays closed until a restore. */
  #damage: ChartroomError | null = null;
  #integrityChecked: Promise<void> = Promise.resolve();
  /** Stops a background check still running when the store closes (sign-out of the last user, app quit). */
  #stopCheck: AbortController | null = null;

  constructor(
    dataDir: string,
    migrationsDir: string,
    appVersion: string,
    options: { inlineIntegrityCheckMaxBytes?: number } = {},
  ) {
    this.paths = dataDirPaths(dataDir);
    this.migrationsDir = migrationsDir;
    this.appVersion = appVersion;
    this.#inlineCheckMaxBytes = options.inlineIntegrityCheckMaxBytes ?? inlineIntegrityCheckMaxBytes;
  }

  get isOpen(): boolean {
    return this.#store !== null;
  }

  /** The open store; only callable after an unlock, and never once the store was found damaged. */
  get store(): ChartStore {
    if (this.#damage) throw this.#damage;
    if (!this.#store) throw new ChartroomError('UNAUTHENTICATED', 'Sign in first: the charts are locked.');
    return this.#store;
  }

  /** Settles when the open store's integrity check has finished, inline or in the worker. */
  get integrityChecked(): Promise<void> {
    return this.#integrityChecked;
  }

  /** 'empty' for a first run; throws a plain-language problem when the folder is damaged. */
  inspect(): 'empty' | 'initialised' {
    if (this.#damage) throw this.#damage;
    const state = inspectDataDir(this.paths);
    if (state === 'initialised' && !this.#store) {
      keyrings.readKeyring(this.paths.keyring);
      preflightDatabaseFile(this.paths.database);
    }
    return state;
  }

  keyring(): keyrings.Keyring {
    return keyrings.readKeyring(this.paths.keyring);
  }

  /**
   * First run: a fresh random data key, a new encrypted database filled by `populate` (practice and
   * first user, in one transaction), then the keyring with that user's slot and the recovery slot.
   * The keyring is written last: a failure before it removes the new database, so the folder reads
   * as "not set up" again instead of a keyring that points at nothing.
   */
  async create(
    firstUser: { username: string; password: string },
    populate: (store: ChartStore, keyId: string) => void,
  ): Promise<RecoveryKey> {
    if (this.inspect() !== 'empty') {
      throw new ChartroomError('ALREADY_INITIALISED', 'This practice is already set up. Sign in instead.');
    }
    ensureDataDir(this.paths);
    const dataKey = randomBytes(32);
    const recoveryKey = generateRecoveryKey();
    const fresh = keyrings.newKeyring();
    const ring: keyrings.Keyring = {
      ...fresh,
      slots: [
        await keyrings.passwordSlot(fresh, dataKey, firstUser.username, firstUser.password),
        await keyrings.recoverySlot(fresh, dataKey, recoveryKey.secret),
      ],
    };
    const store = openStore({ path: this.paths.database, dataKey, migrationsDir: this.migrationsDir, create: true });
    try {
      withTransaction(store, () => populate(store, ring.keyId));
      keyrings.writeKeyring(this.paths.keyring, ring);
    } catch (error) {
      store.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(`${this.paths.database}${suffix}`, { force: true });
      throw error;
    }
    this.#store = store;
    this.#dataKey = dataKey;
    return recoveryKey;
  }

  /** Checks a password against the user's key slot; opens the store if it is not open yet. */
  async unlockWithPassword(username: string, password: string): Promise<boolean> {
    const ring = this.keyring();
    const dataKey = await keyrings.unlockWithPassword(ring, username, password);
    if (!dataKey) return false;
    await this.#adopt(ring, dataKey);
    return true;
  }

  async unlockWithRecoveryKey(typed: string): Promise<void> {
    const secret = parseRecoveryKey(typed).secret;
    const ring = this.keyring();
    const dataKey = await keyrings.unlockWithRecoverySecret(ring, secret);
    if (!dataKey) {
      throw new ChartroomError(
        'WRONG_RECOVERY_KEY',
        "This recovery key is not the one for this practice. Check that it is this practice's printed sheet; the key was not changed.",
        'recoveryKey',
      );
    }
    await this.#adopt(ring, dataKey);
  }

  /**
   * Opens the store with a proven key. When this build has migrations the store lacks, a verified
   * safety snapshot is taken first and the migrations then run in one transaction; if they fail, the
   * store is closed unchanged (SECURITY.md S20).
   */
  async #adopt(ring: keyrings.Keyring, dataKey: Buffer): Promise<void> {
    if (this.#dataKey) {
      if (!timingSafeEqual(this.#dataKey, dataKey))
        throw new ChartroomError(
          'KEYRING_CORRUPT',
          'The key file does not match the open chart database. Restart Chartroom.',
        );
      return;
    }
    if (this.#damage) throw this.#damage;
    const deferCheck =
      fileSize(this.paths.database) + fileSize(`${this.paths.database}-wal`) > this.#inlineCheckMaxBytes;
    const store = openStore({
      path: this.paths.database,
      dataKey,
      migrationsDir: this.migrationsDir,
      expectedKeyId: ring.keyId,
      migrate: false,
      integrityCheck: deferCheck ? 'deferred' : 'now',
    });
    this.#store = store;
    this.#dataKey = dataKey;
    this.#integrityChecked = deferCheck ? this.#checkInBackground(store) : Promise.resolve();
    const migrations = loadMigrations(this.migrationsDir);
    if (schemaVersion(store.sqlite) >= migrations.length) return;
    try {
      await takeSafetySnapshot(this, 'pre-migration', this.appVersion, new Date());
      migrate(store.sqlite, migrations);
    } catch (error) {
      this.close();
      throw error;
    }
  }

  /**
   * quick_check on the worker's own connection. A damaged store is closed and every later call gets
   * the plain STORE_CORRUPT message (restore from a backup); the next backup cannot copy it either.
   * A worker that fails for another reason proves nothing either way and leaves the store open.
   */
  async #checkInBackground(store: ChartStore): Promise<void> {
    const stop = new AbortController();
    this.#stopCheck = stop;
    try {
      await runWorkerTask({ kind: 'check-store', databasePath: store.path, keyHex: this.dataKeyHex() }, stop.signal);
    } catch (error) {
      if (!(error instanceof ChartroomError) || error.code !== 'STORE_CORRUPT' || this.#store !== store) return;
      this.close();
      this.#damage = error;
    } finally {
      if (this.#stopCheck === stop) this.#stopCheck = null;
    }
  }

  async setPassword(username: string, password: string): Promise<void> {
    if (!this.#dataKey) throw new ChartroomError('UNAUTHENTICATED', 'Sign in first: the charts are locked.');
    const ring = this.keyring();
    const slot = await keyrings.passwordSlot(ring, this.#dataKey, username, password);
    keyrings.writeKeyring(this.paths.keyring, keyrings.withPasswordSlot(ring, username, slot));
  }

  removePassword(username: string): void {
    keyrings.writeKeyring(this.paths.keyring, keyrings.withoutPasswordSlot(this.keyring(), username));
  }

  /** The data key as hex, for a backup worker's own connection; only while the store is open. */
  dataKeyHex(): string {
    if (!this.#dataKey) throw new ChartroomError('UNAUTHENTICATED', 'Sign in first: the charts are locked.');
    return this.#dataKey.toString('hex');
  }

  /** Opens the store with a key proven by a restore (the keyring has just been replaced). */
  async openWithKey(dataKey: Buffer): Promise<void> {
    this.close();
    await this.#adopt(this.keyring(), Buffer.from(dataKey));
  }

  close(): void {
    this.#stopCheck?.abort();
    this.#stopCheck = null;
    this.#damage = null;
    this.#store?.close();
    this.#store = null;
    this.#dataKey?.fill(0);
    this.#dataKey = null;
  }
}
