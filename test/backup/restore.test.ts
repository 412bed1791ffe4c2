import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintDatabase, keyring as keyrings, repositories } from '../../db';
import { startChartroom } from '../../electron/main/bootstrap';
import {
  addPatients,
  backupsIn,
  createPracticeAt,
  dataKeyOf,
  manager as managerLogin,
  mountTmpfs,
  namesIn,
  openPracticeAt,
  type Practice,
  readSidecarFile,
  unmountAll,
  verifyOnDisk,
} from '../helpers/backup-fixtures';
import { callerFor, tempDir } from '../helpers/practice';
import { auditRowsAfter, openKeyedConnection } from '../helpers/sentinel';

/**
 * Restore (issue 3; SECURITY.md S18). Onto a fresh data folder with no keyring, from a backup and the
 * recovery key alone, through setup.restore and through `npm run cli -- restore`: the counts equal the
 * manifest, sign-in works and the charts are there. In place: the previous store is kept aside in
 * replaced-<time>/, a verified pre-restore safety snapshot is in safety/, every session ends, the
 * restore is audited in the restored store; and when copying in fails midway (the data folder's
 * disk fills up), the original files are put back and the practice still signs in.
 */
const root = resolve(import.meta.dirname, '../..');

/**
 * After a restore every table equals the manifest, row counts and checksums, except the audit log,
 * which gains the restore's own row, and the backup bookkeeping, which is brought in line with the
 * destination folders (the run that made this backup was still "running" inside it).
 */
const bookkeeping = ['backup_runs', 'backup_copies', 'backup_checks'];
const expectCountsEqualManifest = (sqlite: Parameters<typeof fingerprintDatabase>[0], backup: string) => {
  const { manifest } = readSidecarFile(backup);
  const now = fingerprintDatabase(sqlite);
  for (const [table, expected] of Object.entries(manifest.tables)) {
    if (table === 'audit_log' || bookkeeping.includes(table)) continue;
    expect(now.tables[table], table).toEqual(expected);
  }
  expect(Object.keys(now.tables).sort()).toEqual(Object.keys(manifest.tables).sort());
  expect(now.tables.audit_log?.rows).toBe(manifest.tables.audit_log!.rows + 1);
  expect(now.tables.backup_runs?.rows).toBe(manifest.tables.backup_runs!.rows);
  const runs = sqlite.prepare('SELECT status FROM backup_runs').pluck().all();
  expect(runs, 'a restored history never shows a run as still running').not.toContain('running');
  expect(now.schemaVersion).toBe(manifest.schemaVersion);
  expect(manifest.tables.patients?.rows).toBe(30);
};

describe('restore', () => {
  let base: string;
  let practice: Practice;
  let backup: string;

  beforeAll(async () => {
    base = tempDir('chartroom-restore-');
    mkdirSync(join(base, 'usb'));
    practice = await createPracticeAt(join(base, 'data'));
    const manager = await practice.manager();
    addPatients(practice, 30);
    await manager.must('backup.addDestination', { label: 'USB', path: join(base, 'usb'), offsite: true });
    backup = (await manager.must('backup.runNow', {})).copies[0]!.path;
  }, 120_000);

  afterEach(() => unmountAll());
  afterAll(() => {
    practice?.close();
    unmountAll();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it('S18: onto a fresh data folder with no keyring, through setup.restore, from backup + recovery key', async () => {
    const fresh = join(base, 'new-machine', 'chartroom');
    const app = startChartroom({
      dataDir: fresh,
      appVersion: 'test',
      validateOutputs: true,
      log: () => {},
      scheduleBackups: false,
    });
    try {
      const caller = callerFor(app, app.openConnection('http', 'new-ws'));
      // Nothing there yet: no keyring, no database.
      expect(existsSync(join(fresh, 'keyring.json'))).toBe(false);
      const result = await caller.must('setup.restore', {
        path: backup,
        unlock: { recoveryKey: practice.recoveryKey },
      });
      expect(result).toEqual({ restoredFrom: backup, previousKeptAt: '' });
      expect(namesIn(fresh).filter((n) => !n.startsWith('chartroom.db'))).toEqual(['keyring.json']);
      expect(keyrings.readKeyring(join(fresh, 'keyring.json'))).toEqual(readSidecarFile(backup).keyring);

      const sqlite = app.services.vault.store.sqlite;
      expectCountsEqualManifest(sqlite, backup);
      expect(repositories.audit.verifyAuditChain(app.services.vault.store.db)).toMatchObject({ firstBrokenId: null });
      const [restoreRow] = auditRowsAfter(sqlite, readSidecarFile(backup).manifest.tables.audit_log!.rows);
      expect(restoreRow).toMatchObject({ action: 'backup.restore', username: 'recovery key', outcome: 'success' });
      // A second setup.restore over it is refused.
      const again = await caller.call('setup.restore', { path: backup, unlock: { recoveryKey: practice.recoveryKey } });
      expect(again.ok ? null : again.error.code).toBe('ALREADY_INITIALISED');
    } finally {
      app.close();
    }

    // A restart on the new machine: the office manager signs in with the password from the backup.
    const reopened = openPracticeAt(fresh, practice.recoveryKey);
    try {
      const manager = await reopened.manager();
      const patient = await manager.must('patients.get', { patientId: 30 });
      const found = await manager.must('patients.search', { query: patient.legalFamilyName, limit: 100 });
      expect(found.results.map((r) => r.mrn)).toContain(patient.mrn);
      expect(reopened.app.services.vault.store.sqlite.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(30);
    } finally {
      reopened.close();
    }
  }, 60_000);

  it('S18: `npm run cli -- restore --from BACKUP --recovery-key-file F --data-dir NEW_DIR`', async () => {
    const keyFile = join(base, 'recovery.txt');
    writeFileSync(
      keyFile,
      `Chartroom recovery key for Test Family Practice\n${practice.recoveryKey}\nKeep this in a safe.\n`,
    );
    const fresh = join(base, 'cli-machine');
    const cli = (...args: string[]) =>
      spawnSync(process.execPath, ['--import', 'tsx', join(root, 'electron/main/cli.ts'), ...args], {
        cwd: root,
        encoding: 'utf8',
        timeout: 60_000,
      });
    const run = cli('restore', '--from', backup, '--recovery-key-file', keyFile, '--data-dir', fresh);
    expect(run.stderr).toBe('');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/Patients\t30/);

    // Before anyone signs in (a sign-in updates the users table), straight from the file with the key.
    const restored = openKeyedConnection(join(fresh, 'chartroom.db'), await dataKeyOf(fresh));
    try {
      expectCountsEqualManifest(restored, backup);
    } finally {
      restored.close();
    }
    const reopened = openPracticeAt(fresh, practice.recoveryKey);
    try {
      await reopened.manager();
    } finally {
      reopened.close();
    }
    // Onto a folder that holds a practice: refused, one plain line, non-zero.
    const refused = cli('restore', '--from', backup, '--recovery-key-file', keyFile, '--data-dir', fresh);
    expect(refused.status).not.toBe(0);
    expect(refused.stderr.trim().split('\n'), refused.stderr).toHaveLength(1);
    expect(refused.stderr).toMatch(/already has a practice/);
  }, 60_000);

  it('in place: previous store kept in replaced-<time>/, pre-restore safety snapshot, sessions ended, audited', async () => {
    const manager = await practice.manager();
    const otherSession = await practice.manager();
    addPatients(practice, 5, 77);
    const key = await dataKeyOf(practice.dir);

    const result = await manager.must('restore.apply', { path: backup, unlock: { recoveryKey: practice.recoveryKey } });
    expect(result.previousKeptAt).toMatch(new RegExp(`^${practice.dir}/replaced-\\d{8}-\\d{6}$`));

    // The previous store, whole, with its keyring: 35 patients.
    const kept = result.previousKeptAt;
    expect(readdirSync(kept)).toEqual(expect.arrayContaining(['chartroom.db', 'keyring.json']));
    const keptDb = openKeyedConnection(join(kept, 'chartroom.db'), key);
    try {
      expect(keptDb.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(keptDb.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(35);
    } finally {
      keptDb.close();
    }
    // A verified safety snapshot of the store as it was just before.
    const safety = join(practice.dir, 'safety');
    const snapshots = backupsIn(safety).filter((n) => n.startsWith('pre-restore-'));
    expect(snapshots).toHaveLength(1);
    const snapshot = verifyOnDisk(join(safety, snapshots[0]!), key);
    expect(snapshot.sidecar).toBe(true);
    expect(snapshot.tables.patients?.rows).toBe(35);

    // Every session ended; signing in again shows the restored charts and the audited restore.
    for (const caller of [manager, otherSession]) {
      const after = await caller.call('backup.status', {});
      expect(after.ok ? null : after.error.code).toBe('UNAUTHENTICATED');
    }
    expect(practice.app.services.sessions.all()).toEqual([]);
    const again = await practice.manager();
    const sqlite = practice.app.services.vault.store.sqlite;
    expect(sqlite.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(30);
    const rows = auditRowsAfter(sqlite, readSidecarFile(backup).manifest.tables.audit_log!.rows);
    expect(rows[0]).toMatchObject({ action: 'backup.restore', username: managerLogin.username, outcome: 'success' });
    expect(rows[0]!.detail).toContain(backup);
    expect(rows[0]!.detail).toContain(kept);
    expect((await again.call('backup.status', {})).ok).toBe(true);
  }, 60_000);

  it('in place, when copying in fails midway (data folder disk full): originals put back, sign-in still works', async (ctx) => {
    // A bigger backup from another practice, to be restored onto a small practice on a small disk.
    const bigDir = join(base, 'big');
    mkdirSync(join(base, 'big-usb'));
    const big = await createPracticeAt(bigDir, { name: 'Big Practice' });
    const bigManager = await big.manager();
    addPatients(big, 400, 5);
    await bigManager.must('backup.addDestination', { label: 'USB', path: join(base, 'big-usb'), offsite: true });
    const bigBackup = (await bigManager.must('backup.runNow', {})).copies[0]!.path;
    big.close();

    const disk = join(base, 'small-disk');
    if (!mountTmpfs(disk, 32 * 1024 * 1024, 'the restore-onto-a-full-disk case is SKIPPED'))
      return ctx.skip('no tmpfs');
    const small = await createPracticeAt(join(disk, 'chartroom'), { name: 'Small Practice' });
    try {
      const manager = await small.manager();
      addPatients(small, 20, 3);
      const before = fingerprintDatabase(small.app.services.vault.store.sqlite);
      const database = join(small.dir, 'chartroom.db');
      const live = statSync(database).size + (existsSync(`${database}-wal`) ? statSync(`${database}-wal`).size : 0);
      // Room for the pre-restore safety snapshot of the small store, but only for half the big backup.
      const { bavail, bsize } = statfsSync(disk);
      const room = live + 128 * 1024 + Math.floor(statSync(bigBackup).size / 2);
      expect(bavail * bsize).toBeGreaterThan(room);
      writeFileSync(join(disk, 'other-files.bin'), Buffer.alloc(bavail * bsize - room));

      const result = await manager.call('restore.apply', { path: bigBackup, unlock: { recoveryKey: big.recoveryKey } });
      expect(result.ok).toBe(false);
      if (!result.ok) {
        expect(result.error.message).toMatch(/left as it was.*free disk space|full/);
        expect(result.error.message).not.toMatch(/ENOSPC|SQLITE_|Error:/);
      }
      // The safety snapshot was taken (the copy-in failed after it, not the snapshot).
      expect(backupsIn(join(small.dir, 'safety')).filter((n) => n.startsWith('pre-restore-'))).toHaveLength(1);
      // The original files are back, nothing half-restored is left, nothing kept aside.
      const names = namesIn(small.dir);
      expect(names).toContain('chartroom.db');
      expect(names).toContain('keyring.json');
      expect(names.filter((n) => n.startsWith('replaced-') || n.includes('.restoring'))).toEqual([]);
      expect(JSON.parse(readFileSync(join(small.dir, 'keyring.json'), 'utf8')).keyId).not.toBe(
        readSidecarFile(bigBackup).manifest.keyId,
      );

      // The practice still signs in, with its own data, unchanged.
      rmSync(join(disk, 'other-files.bin'));
      const again = await small.manager();
      const after = fingerprintDatabase(small.app.services.vault.store.sqlite);
      // Every table as it was; the new sign-in added its audit row and its time of last login.
      expect({ ...after.tables, audit_log: null, users: null }).toEqual({
        ...before.tables,
        audit_log: null,
        users: null,
      });
      expect(after.tables.users!.rows).toBe(before.tables.users!.rows);
      expect(after.tables.audit_log!.rows).toBe(before.tables.audit_log!.rows + 1);
      expect(repositories.audit.verifyAuditChain(small.app.services.vault.store.db)).toMatchObject({
        firstBrokenId: null,
      });
      expect((await again.call('backup.status', {})).ok).toBe(true);
    } finally {
      small.close();
    }
  }, 120_000);
});
