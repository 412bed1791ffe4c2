import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type * as KeyringModule from '../../db/store/keyring';
import { startChartroom } from '../../electron/main/bootstrap';
import {
  addPatients,
  createPracticeAt,
  hashDataFolder,
  manager as managerLogin,
  namesIn,
  type Practice,
  readSidecarFile,
} from '../helpers/backup-fixtures';
import { callerFor, tempDir } from '../helpers/practice';

/**
 * Issue 3 "Faults that must be tested": the wrong recovery key (another practice's valid key) and a
 * recovery key with a typo get different errors, and the typo is caught by the key's own checksum,
 * which names the group, before any decryption is tried (SECURITY.md: "checksum catches typos before
 * any decrypt"); and a backup made under an older key (before a key change; simulated by restoring
 * it onto a practice whose keyring has another key id) shows currentKey=false and restores with its
 * own recovery key, not with the current one.
 */
const decryptions = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../db/store/keyring', async (importOriginal) => {
  const actual = await importOriginal<typeof KeyringModule>();
  return {
    ...actual,
    unlockWithRecoverySecret: (...args: Parameters<typeof actual.unlockWithRecoverySecret>) => {
      decryptions.count++;
      return actual.unlockWithRecoverySecret(...args);
    },
  };
});

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** The key with the first character of group `group` (1-based) replaced by the next one in the alphabet. */
const withTypo = (key: string, group: number) => {
  const groups = key.split('-');
  const chars = [...groups[group - 1]!];
  chars[0] = alphabet[(alphabet.indexOf(chars[0]!) + 1) % 32]!;
  groups[group - 1] = chars.join('');
  return groups.join('-');
};

describe('recovery keys and backups made under another key', () => {
  let base: string;
  let practice: Practice;
  let other: Practice;
  let backup: string;
  let othersBackup: string;

  beforeAll(async () => {
    base = tempDir('chartroom-keys-');
    for (const d of ['usb', 'other-usb']) mkdirSync(join(base, d));
    practice = await createPracticeAt(join(base, 'data'));
    const manager = await practice.manager();
    addPatients(practice, 25);
    await manager.must('backup.addDestination', { label: 'USB', path: join(base, 'usb'), offsite: true });
    backup = (await manager.must('backup.runNow', {})).copies[0]!.path;

    other = await createPracticeAt(join(base, 'other-data'), { name: 'Riverside Clinic' });
    const otherManager = await other.manager();
    addPatients(other, 5, 99);
    await otherManager.must('backup.addDestination', { label: 'USB', path: join(base, 'other-usb'), offsite: true });
    othersBackup = (await otherManager.must('backup.runNow', {})).copies[0]!.path;
  }, 120_000);

  afterAll(() => {
    practice?.close();
    other?.close();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  it('the wrong recovery key and a typo get distinct errors; the typo names its group, before any decryption', async () => {
    const manager = await practice.manager();
    const before = hashDataFolder(practice.dir);

    decryptions.count = 0;
    const wrong = await manager.call('restore.apply', { path: backup, unlock: { recoveryKey: other.recoveryKey } });
    expect(wrong.ok).toBe(false);
    if (!wrong.ok) {
      expect(wrong.error.code).toBe('WRONG_RECOVERY_KEY');
      expect(wrong.error.field).toBe('recoveryKey');
      expect(wrong.error.message).toMatch(/does not open this backup/);
    }
    expect(decryptions.count, 'the wrong key was tried against the recovery slot').toBe(1);

    for (const group of [1, 7, 12]) {
      decryptions.count = 0;
      const typo = withTypo(practice.recoveryKey, group);
      for (const procedure of ['restore.apply', 'restore.openLookup'] as const) {
        const result = await manager.call(procedure, { path: backup, unlock: { recoveryKey: typo } });
        expect(result.ok).toBe(false);
        if (!result.ok) {
          expect(result.error.code, procedure).toBe('RECOVERY_KEY_TYPO');
          expect(result.error.message).toMatch(
            new RegExp(`^Group ${group} of the recovery key \\(${typo.split('-')[group - 1]}\\) has a typo`),
          );
        }
      }
      expect(decryptions.count, `group ${group}: no decryption for a typo`).toBe(0);
    }
    // Two groups swapped: each group's check character depends on its position, so it is caught too.
    const groups = practice.recoveryKey.split('-');
    [groups[3], groups[4]] = [groups[4]!, groups[3]!];
    const swapped = await manager.call('restore.apply', { path: backup, unlock: { recoveryKey: groups.join('-') } });
    expect(swapped.ok ? null : swapped.error.message).toMatch(/^Group 4 of the recovery key/);
    // A key cut short says how long a key is.
    const short = await manager.call('restore.apply', {
      path: backup,
      unlock: { recoveryKey: groups.slice(0, 11).join('-') },
    });
    expect(short.ok ? null : short.error).toMatchObject({
      code: 'RECOVERY_KEY_TYPO',
      message: expect.stringMatching(/12 groups of 5/),
    });
    expect(decryptions.count).toBe(0);

    // On a new workstation too (setup.restore), and nothing is created there.
    const fresh = join(base, 'fresh');
    const app = startChartroom({
      dataDir: fresh,
      appVersion: 'test',
      validateOutputs: true,
      log: () => {},
      scheduleBackups: false,
    });
    try {
      const caller = callerFor(app, app.openConnection('http', 'new-ws'));
      const typo = await caller.call('setup.restore', {
        path: backup,
        unlock: { recoveryKey: withTypo(practice.recoveryKey, 5) },
      });
      expect(typo.ok ? null : typo.error.code).toBe('RECOVERY_KEY_TYPO');
      const foreign = await caller.call('setup.restore', { path: backup, unlock: { recoveryKey: other.recoveryKey } });
      expect(foreign.ok ? null : foreign.error.code).toBe('WRONG_RECOVERY_KEY');
      expect(namesIn(fresh)).toEqual([]);
    } finally {
      app.close();
    }
    expect(decryptions.count).toBe(1);
    // Nothing changed in the live practice; the office manager is still signed in.
    expect(hashDataFolder(practice.dir)).toEqual(before);
    expect((await manager.call('backup.status', {})).ok).toBe(true);
  }, 60_000);

  it('a backup made under an older key: currentKey=false, refused with the current key, restored with its own', async () => {
    // `other` stands for this practice after a key change: its keyring has another key id than the backup's.
    const backupKeyId = readSidecarFile(backup).manifest.keyId;
    expect(other.app.services.vault.keyring().keyId).not.toBe(backupKeyId);
    const manager = await other.manager();

    const own = await manager.must('restore.inspect', { path: othersBackup });
    expect(own.currentKey).toBe(true);
    const info = await manager.must('restore.inspect', { path: backup });
    expect(info).toMatchObject({ currentKey: false, intact: true, practiceName: 'Test Family Practice' });
    expect(info.counts.find((c) => c.label === 'Patients')?.rows).toBe(25);

    const withCurrent = await manager.call('restore.apply', {
      path: backup,
      unlock: { recoveryKey: other.recoveryKey },
    });
    expect(withCurrent.ok).toBe(false);
    if (!withCurrent.ok) {
      expect(withCurrent.error.code).toBe('WRONG_RECOVERY_KEY');
      expect(withCurrent.error.message).toMatch(/use the recovery key that was current then/);
    }

    const restored = await manager.must('restore.apply', {
      path: backup,
      unlock: { recoveryKey: practice.recoveryKey },
    });
    expect(restored.previousKeptAt).toMatch(/replaced-\d{8}-\d{6}$/);
    // The restored store runs under the backup's key, with the backup's keyring; the session ended.
    expect(other.app.services.vault.keyring().keyId).toBe(backupKeyId);
    expect((await manager.call('backup.status', {})).ok).toBe(false);
    const again = callerFor(other.app, other.app.openConnection('http', 'ws-2'));
    await again.must('auth.login', { username: managerLogin.username, password: managerLogin.password });
    const sqlite = other.app.services.vault.store.sqlite;
    expect(sqlite.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(25);
    expect(sqlite.prepare('SELECT name FROM practice').pluck().get()).toBe('Test Family Practice');
    expect(readdirSync(restored.previousKeptAt).sort()).toContain('keyring.json');
    // And now that backup is made under the current key.
    expect((await again.must('restore.inspect', { path: backup })).currentKey).toBe(true);
  }, 60_000);
});
