import { randomBytes } from 'node:crypto';
import { copyFileSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateRecoveryKey } from '../../db';
import type { Result } from '../../electron/contract/result';
import { startChartroom } from '../../electron/main/bootstrap';
import {
  type Caller,
  callerFor,
  createTestPractice,
  patientInput,
  staffPasswords,
  type TestPractice,
  tempDir,
} from '../helpers/practice';
import { fingerprintDir, scanFiles } from '../helpers/sentinel';

/**
 * S2: no read without a staff credential or the recovery key. Every refusal must name the problem in
 * plain words and leave the data folder exactly as it was: same files, same sizes, mtimes and bytes.
 */
const manager = staffPasswords.office_manager;

const expectFailure = (result: Result<unknown>, code: string, message?: RegExp) => {
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  if (message) expect(result.error.message).toMatch(message);
};

describe('S2 no read without a staff credential or the recovery key', () => {
  let practice: TestPractice;
  let pristine: string;
  let dir: string;

  /** A fresh app on the folder, as after a restart; closed again before the folder is inspected. */
  const freshApp = async <T>(run: (caller: Caller) => Promise<T>): Promise<T> => {
    const app = startChartroom({ dataDir: dir, appVersion: 'test', validateOutputs: true, log: () => {} });
    try {
      return await run(callerFor(app, app.openConnection('http', 'ws-s2')));
    } finally {
      app.close();
    }
  };

  /** Puts the folder back to the state saved after setup (database and keyring only). */
  const restore = () => {
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true });
    for (const name of readdirSync(pristine)) copyFileSync(join(pristine, name), join(dir, name));
  };

  beforeAll(async () => {
    practice = await createTestPractice({ staff: false });
    dir = practice.dir;
    const admin = await practice.signIn('office_manager');
    await admin.must('patients.register', { patient: patientInput() });
    practice.close();
    pristine = tempDir('chartroom-s2-pristine-');
    for (const name of readdirSync(dir)) copyFileSync(join(dir, name), join(pristine, name));
    expect(readdirSync(pristine).sort()).toEqual(['chartroom.db', 'keyring.json']);
  });
  afterAll(() => {
    practice.cleanup();
    rmSync(pristine, { recursive: true, force: true });
  });

  it('gives nothing without a session: every chart procedure is refused before the store is opened', async () => {
    restore();
    const before = fingerprintDir(dir);
    await freshApp(async (caller) => {
      expect((await caller.must('setup.status', {})).state).toBe('ready');
      expect(await caller.must('auth.session', {})).toBeNull();
      expectFailure(await caller.raw('patients.search', { query: 'lopez' }), 'UNAUTHENTICATED');
      expectFailure(await caller.raw('patients.get', { patientId: 1 }), 'UNAUTHENTICATED');
      expectFailure(await caller.raw('audit.list', {}), 'UNAUTHENTICATED');
    });
    expect(fingerprintDir(dir)).toEqual(before);
  });

  it('cannot be read by SQLite without the key, or with a key that is not the data key', () => {
    restore();
    const before = fingerprintDir(dir);
    for (const key of [null, randomBytes(32)]) {
      const sqlite = new Database(join(dir, 'chartroom.db'), { readonly: true, fileMustExist: true });
      try {
        if (key) sqlite.pragma(`key="x'${key.toString('hex')}'"`);
        expect(() => sqlite.prepare('SELECT count(*) FROM sqlite_master').get()).toThrow(/not a database/);
      } finally {
        sqlite.close();
      }
    }
    expect(fingerprintDir(dir)).toEqual(before);
  });

  it('refuses a wrong password plainly; only the throttle file records the attempt', async () => {
    restore();
    const before = fingerprintDir(dir);
    const wrong = 'tidal-compass-19';
    await freshApp(async (caller) => {
      expectFailure(
        await caller.raw('auth.login', { username: manager.username, password: wrong }),
        'INVALID_CREDENTIALS',
        /username or password is not right/,
      );
      expectFailure(await caller.raw('patients.search', { query: 'lopez' }), 'UNAUTHENTICATED');
    });
    const after = fingerprintDir(dir);
    // login-throttle.json is new (S5 keeps failures across restarts); everything else is byte for byte the same.
    expect(Object.keys(after).sort()).toEqual([...Object.keys(before), 'login-throttle.json'].sort());
    const { 'login-throttle.json': _throttle, ...rest } = after;
    expect(rest).toEqual(before);
    expect(scanFiles([join(dir, 'login-throttle.json')], [{ label: 'password', bytes: Buffer.from(wrong) }])).toEqual(
      [],
    );
  });

  it("refuses another practice's recovery key (valid checksum) without changing anything", async () => {
    restore();
    const before = fingerprintDir(dir);
    const otherKey = generateRecoveryKey().formatted;
    await freshApp(async (caller) => {
      expectFailure(
        await caller.raw('auth.recover', {
          recoveryKey: otherKey,
          username: manager.username,
          newPassword: 'brand-new-harbour-77',
        }),
        'WRONG_RECOVERY_KEY',
        /not the one for this practice/,
      );
      expectFailure(await caller.raw('patients.search', { query: 'lopez' }), 'UNAUTHENTICATED');
    });
    expect(fingerprintDir(dir)).toEqual(before);
    // The manager's password was not replaced.
    await freshApp(async (caller) => {
      await caller.must('auth.login', { username: manager.username, password: manager.password });
    });
  });

  it('names the group of a typo in the recovery key before trying to decrypt', async () => {
    restore();
    const before = fingerprintDir(dir);
    const groups = practice.recoveryKey.split('-');
    const typoGroup = 2; // the third group
    const group = groups[typoGroup]!;
    const swapped = group[0] === 'A' ? 'B' : 'A';
    const typo = groups.map((g, i) => (i === typoGroup ? `${swapped}${g.slice(1)}` : g)).join('-');
    const tooShort = groups.slice(0, 11).join('-');
    await freshApp(async (caller) => {
      const input = (recoveryKey: string) => ({
        recoveryKey,
        username: manager.username,
        newPassword: 'brand-new-harbour-77',
      });
      expectFailure(await caller.raw('auth.recover', input(typo)), 'RECOVERY_KEY_TYPO', /Group 3 /);
      expectFailure(await caller.raw('auth.recover', input(tooShort)), 'RECOVERY_KEY_TYPO', /12 groups of 5/);
    });
    expect(fingerprintDir(dir)).toEqual(before);
  });

  it('reports a missing keyring as unavailable and never sets up a new practice over the charts', async () => {
    restore();
    rmSync(join(dir, 'keyring.json'));
    const before = fingerprintDir(dir);
    await freshApp(async (caller) => {
      const status = await caller.must('setup.status', {});
      expect(status.state).toBe('unavailable');
      expect(status.problem?.code).toBe('KEYRING_MISSING');
      expect(status.problem?.message).toMatch(/key file \(keyring\.json\) is missing/);
      expectFailure(
        await caller.raw('auth.login', { username: manager.username, password: manager.password }),
        'KEYRING_MISSING',
      );
      expectFailure(
        await caller.raw('auth.recover', {
          recoveryKey: practice.recoveryKey,
          username: manager.username,
          newPassword: 'brand-new-harbour-77',
        }),
        'KEYRING_MISSING',
      );
      const setup = await caller.raw('setup.initialise', {
        practice: { name: 'Impostor Practice' },
        admin: { username: 'mallory', fullName: 'Mallory', password: 'quiet-lantern-58' },
      });
      expectFailure(setup, 'KEYRING_MISSING');
    });
    expect(fingerprintDir(dir)).toEqual(before);
  });

  it.each([
    ['truncated JSON', (text: string) => text.slice(0, text.length / 2)],
    ['not JSON at all', () => '\u0000\u0001garbage'],
    ['an empty file', () => ''],
    ['JSON of another shape', () => JSON.stringify({ format: 'chartroom-keyring', version: 1, slots: 'none' })],
    ['a keyring with its slots stripped of their salts', (text: string) => text.replace(/"salt"/g, '"sugar"')],
  ])('reports a corrupted keyring (%s) as KEYRING_CORRUPT and changes nothing', async (_label, corrupt) => {
    restore();
    const path = join(dir, 'keyring.json');
    writeFileSync(path, corrupt(readFileSync(path, 'utf8')));
    const before = fingerprintDir(dir);
    await freshApp(async (caller) => {
      const status = await caller.must('setup.status', {});
      expect(status.state).toBe('unavailable');
      expect(status.problem?.code).toBe('KEYRING_CORRUPT');
      expectFailure(
        await caller.raw('auth.login', { username: manager.username, password: manager.password }),
        'KEYRING_CORRUPT',
        /key file \(keyring\.json\) is damaged/,
      );
      expectFailure(
        await caller.raw('auth.recover', {
          recoveryKey: practice.recoveryKey,
          username: manager.username,
          newPassword: 'brand-new-harbour-77',
        }),
        'KEYRING_CORRUPT',
      );
    });
    expect(fingerprintDir(dir)).toEqual(before);
  });

  it('still opens with the right password after all of the above', async () => {
    restore();
    await freshApp(async (caller) => {
      await caller.must('auth.login', { username: manager.username, password: manager.password });
      expect((await caller.must('patients.search', { query: 'lopez' })).results).toHaveLength(1);
    });
  });
});
