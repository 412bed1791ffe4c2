import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  statSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import {
  type BackupSidecar,
  backupExtension,
  defaultMigrationsDir,
  loadMigrations,
  sidecarPathOf,
  verifyBackupDatabase,
} from '../../db';
import type { OutputOf } from '../../electron/contract/procedures';
import { type ChartroomApp, startChartroom } from '../../electron/main/bootstrap';
import { addSyntheticPatients } from '../../electron/main/services/synthetic/practice';
import { type Caller, callerFor, practiceInput, staffPasswords, testPassword } from './practice';
import { listFiles, unwrapDataKey } from './sentinel';

/**
 * Shared pieces of the backup fault suite (test/backup): a practice in a folder of the test's
 * choosing (a tmpfs, say), what a folder holds byte for byte, checks of backup files made straight
 * with the library's own verifier, file damage, and real mounts (tmpfs, read-only bind) that are
 * always undone.
 */

export const manager = staffPasswords.office_manager;

export interface Practice {
  dir: string;
  app: ChartroomApp;
  recoveryKey: string;
  migrationsDir: string;
  /** A new connection signed in as the office manager. */
  manager(): Promise<Caller>;
  close(): void;
  /** Closes this app and starts a new one on the same folder (not signed in). */
  reopen(migrationsDir?: string): Practice;
}

const start = (dir: string, migrationsDir: string) =>
  startChartroom({
    dataDir: dir,
    appVersion: 'test',
    migrationsDir,
    validateOutputs: true,
    log: () => {},
    scheduleBackups: false,
  });

const wrap = (dir: string, app: ChartroomApp, recoveryKey: string, migrationsDir: string): Practice => ({
  dir,
  app,
  recoveryKey,
  migrationsDir,
  async manager() {
    const caller = callerFor(app, app.openConnection('http', 'backup-test-ws'));
    await caller.must('auth.login', { username: manager.username, password: manager.password });
    return caller;
  },
  close: () => app.close(),
  reopen(nextMigrations = migrationsDir) {
    app.close();
    return wrap(dir, start(dir, nextMigrations), recoveryKey, nextMigrations);
  },
});

/** Sets up a practice (office manager only) in `dir`, which may or may not exist yet. */
export const createPracticeAt = async (
  dir: string,
  options: { migrationsDir?: string; name?: string } = {},
): Promise<Practice> => {
  const migrationsDir = options.migrationsDir ?? defaultMigrationsDir();
  const app = start(dir, migrationsDir);
  const setup = callerFor(app, app.openConnection('http', 'setup-ws'));
  const { recoveryKey } = await setup.must('setup.initialise', {
    practice: { ...practiceInput, name: options.name ?? practiceInput.name },
    admin: { username: manager.username, fullName: manager.fullName, password: testPassword },
  });
  return wrap(dir, app, recoveryKey, migrationsDir);
};

/** Opens an existing practice folder (not signed in). */
export const openPracticeAt = (dir: string, recoveryKey: string, migrationsDir = defaultMigrationsDir()): Practice =>
  wrap(dir, start(dir, migrationsDir), recoveryKey, migrationsDir);

/** The office manager (the first user of every practice made here) as a service-level actor. */
export const managerActor = {
  userId: 1,
  username: manager.username,
  role: 'office_manager',
  workstation: 'backup-test-ws',
} as const;

export const addPatients = (practice: Practice, count: number, seed = 7): void =>
  addSyntheticPatients(practice.app.services.vault.store, managerActor, { count, seed });

/**
 * Makes the store `megabytes` bigger with unsaved-form drafts of random text, so that copying it
 * takes a measurable time (the snapshot copies at file speed: a few synthetic patients take a few
 * milliseconds). Drafts live in the store like any chart data and are backed up with it.
 */
export const addBulk = (practice: Practice, megabytes: number): void => {
  practice.app.services.vault.store.sqlite
    .prepare(
      `WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?)
       INSERT INTO drafts (user_id, key, patient_id, content, updated_at)
       SELECT 1, 'bulk-' || i, NULL, hex(randomblob(524288)), '2026-11-22T00:00:00.000Z' FROM n`,
    )
    .run(megabytes);
};

export const systemActor = { userId: null, username: 'backup test', workstation: 'backup-test-ws' };

/** The data key, unwrapped from a practice folder's keyring with the office manager's password. */
export const dataKeyOf = (dir: string): Promise<Buffer> => unwrapDataKey(dir, manager.username, manager.password);

export const sha256Of = (path: string): string => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Every file under a folder (recursively), relative path -> sha256. */
export const hashTree = (dir: string): Record<string, string> => {
  const tree: Record<string, string> = {};
  if (!existsSync(dir)) return tree;
  for (const file of listFiles(dir).sort()) tree[file.slice(dir.length + 1)] = sha256Of(file);
  return tree;
};

/**
 * A live data folder's files without the WAL and shared-memory files: a refused restore writes its
 * audit row (SECURITY.md S8), which changes the WAL and nothing else.
 */
export const hashDataFolder = (dir: string): Record<string, string> =>
  Object.fromEntries(Object.entries(hashTree(dir)).filter(([name]) => !/\.db-(wal|shm)$/.test(name)));

/** How many restores were refused and audited so far. */
export const refusedRestores = (practice: Practice): number =>
  practice.app.services.vault.store.sqlite
    .prepare("SELECT count(*) FROM audit_log WHERE action = 'backup.restore' AND outcome = 'failure'")
    .pluck()
    .get() as number;

export const namesIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).sort() : []);
export const backupsIn = (dir: string): string[] => namesIn(dir).filter((n) => n.endsWith(backupExtension));
export const partialsIn = (dir: string): string[] => namesIn(dir).filter((n) => n.includes('.partial'));

export const readSidecarFile = (backupPath: string): BackupSidecar =>
  JSON.parse(readFileSync(sidecarPathOf(backupPath), 'utf8')) as BackupSidecar;

/**
 * Checks a backup file with the library's verifier, outside the app: against its manifest when the
 * sidecar is there (size, sha256, per-table counts and checksums), otherwise as a whole chart database.
 */
export const verifyOnDisk = (path: string, dataKey: Buffer, migrationsDir = defaultMigrationsDir()) => {
  const maxSchemaVersion = loadMigrations(migrationsDir).length;
  if (!existsSync(sidecarPathOf(path)))
    return { sidecar: false, ...verifyBackupDatabase(path, dataKey, { maxSchemaVersion }) };
  const { manifest } = readSidecarFile(path);
  return {
    sidecar: true,
    ...verifyBackupDatabase(path, dataKey, { manifest, sha256: sha256Of(path), maxSchemaVersion }),
  };
};

/** Flips one bit in the middle of a file (a data page, not the header). */
export const flipBit = (path: string, at = Math.floor(statSync(path).size / 2)): void => {
  const fd = openSync(path, 'r+');
  try {
    const byte = Buffer.alloc(1);
    readSync(fd, byte, 0, 1, at);
    byte[0] = byte[0]! ^ 0x10;
    writeSync(fd, byte, 0, 1, at);
  } finally {
    closeSync(fd);
  }
};

export const truncateTo = (path: string, size: number): void => {
  const bytes = readFileSync(path).subarray(0, size);
  writeFileSync(path, bytes);
};

/** Copies a backup and its sidecar under a new name (the copy has the same manifest). */
export const copyBackup = (from: string, to: string): string => {
  cpSync(from, to);
  cpSync(sidecarPathOf(from), sidecarPathOf(to));
  return to;
};

/**
 * A copy of the migrations folder with the journal cut to the first `keep` entries, and optionally
 * an extra migration: an older build's migrations, or a newer build's broken one (SECURITY.md S20).
 */
export const migrationsCopy = (target: string, extras: readonly { tag: string; sql: string }[] = []): string => {
  const source = defaultMigrationsDir();
  cpSync(source, target, { recursive: true });
  const journalPath = join(target, 'meta', '_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; tag: string }[] };
  for (const extra of extras) {
    journal.entries.push({ ...journal.entries.at(-1)!, idx: journal.entries.length, tag: extra.tag });
    writeFileSync(join(target, `${extra.tag}.sql`), extra.sql);
  }
  writeFileSync(journalPath, JSON.stringify(journal, null, 2));
  return target;
};

// ---- Mounts -----------------------------------------------------------------------------------

const mounted: string[] = [];

const tryRun = (command: string, args: string[]): string | null => {
  try {
    execFileSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'] });
    return null;
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error).trim();
  }
};

/**
 * Mounts a tmpfs of `bytes` at `dir` (created if needed). Returns false, with a loud warning, where
 * mounting is not allowed (not root): the caller then injects the fault or skips that case.
 */
export const mountTmpfs = (dir: string, bytes: number, why: string): boolean => {
  mkdirSync(dir, { recursive: true });
  const problem = tryRun('mount', [
    '-t',
    'tmpfs',
    '-o',
    `size=${Math.ceil(bytes / 4096) * 4096},mode=0700`,
    'tmpfs',
    dir,
  ]);
  if (problem) {
    console.warn(`[backup tests] cannot mount a tmpfs at ${dir} (${problem}); ${why}`);
    return false;
  }
  mounted.push(dir);
  return true;
};

/** Makes `dir` read-only by bind-mounting it over itself with -o ro. False (and a warning) where not allowed. */
export const bindReadOnly = (dir: string, why: string): boolean => {
  const problem = tryRun('mount', ['--bind', '-o', 'ro', dir, dir]);
  if (problem) {
    console.warn(`[backup tests] cannot bind-mount ${dir} read-only (${problem}); ${why}`);
    return false;
  }
  mounted.push(dir);
  return true;
};

/** Unmounts one mount made here (lazily if it is busy). */
export const unmount = (dir: string): void => {
  const index = mounted.lastIndexOf(dir);
  if (index < 0) return;
  mounted.splice(index, 1);
  if (tryRun('umount', [dir]) !== null) {
    const lazy = tryRun('umount', ['-l', dir]);
    if (lazy !== null) console.warn(`[backup tests] could not unmount ${dir}: ${lazy}`);
  }
};

/** Undoes every mount made by this process, newest first: for afterEach/afterAll, pass or fail. */
export const unmountAll = (): void => {
  for (const dir of [...mounted].reverse()) unmount(dir);
};

export type RunDto = OutputOf<'backup.runNow'>;
