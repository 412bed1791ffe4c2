import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadMigrations } from '../../db';
import type { Result } from '../../electron/contract/result';
import { type ChartroomApp, startChartroom } from '../../electron/main/bootstrap';
import {
  type Caller,
  callerFor,
  createTestPractice,
  patientInput,
  staffPasswords,
  type TestPractice,
  tempDir,
} from '../helpers/practice';
import { fingerprintDir, listFiles, openKeyedConnection, unwrapDataKey } from '../helpers/sentinel';

/**
 * The storage faults of SECURITY.md ("Faults and bad inputs") and issue 2: each damaged or foreign
 * file gets its own plain message, the files are left exactly as they were, and no fresh empty store
 * is ever created in place of what is missing (S2, S20).
 */
const manager = staffPasswords.office_manager;
const internalMessage = /Something went wrong inside Chartroom/;
const pageSize = 4096;

interface Expectation {
  code: string;
  message: RegExp;
  /** What the recovery key gets, when it differs from a password sign-in. */
  recover?: { code: string; message: RegExp };
  /** setup.status without a key: 'ready' when the damage is only visible once decrypting. */
  status: 'ready' | 'unavailable';
}

const damaged: Expectation = {
  code: 'STORE_CORRUPT',
  message: /cannot be read with this practice's key: the file is damaged/,
  status: 'ready',
};

describe('storage faults: clear errors, files unchanged, nothing created', () => {
  let practice: TestPractice;
  let pristine: string;
  let dir: string;
  let db: string;
  let original: Buffer;

  const freshApp = async <T>(
    dataDir: string,
    run: (caller: Caller, app: ChartroomApp) => Promise<T>,
    options: { inlineIntegrityCheckMaxBytes?: number } = {},
  ): Promise<T> => {
    const app = startChartroom({ dataDir, appVersion: 'test', validateOutputs: true, log: () => {}, ...options });
    try {
      return await run(callerFor(app, app.openConnection('http', 'ws-faults')), app);
    } finally {
      app.close();
    }
  };

  const restore = () => {
    for (const name of readdirSync(dir)) rmSync(join(dir, name), { force: true });
    for (const name of readdirSync(pristine)) copyFileSync(join(pristine, name), join(dir, name));
  };

  /** Every door into the store is tried; each must refuse the same way and leave every byte in place. */
  const expectRefused = async (expected: Expectation) => {
    const before = fingerprintDir(dir);
    await freshApp(dir, async (caller) => {
      const status = await caller.must('setup.status', {});
      expect(status.state).toBe(expected.status);
      if (expected.status === 'unavailable') {
        expect(status.problem?.code).toBe(expected.code);
        expect(status.problem?.message).toMatch(expected.message);
      }
      const attempts: [Result<unknown>, { code: string; message: RegExp }][] = [
        [await caller.raw('auth.login', { username: manager.username, password: manager.password }), expected],
        [
          await caller.raw('auth.recover', {
            recoveryKey: practice.recoveryKey,
            username: manager.username,
            newPassword: 'brand-new-harbour-77',
          }),
          expected.recover ?? expected,
        ],
      ];
      for (const [result, wanted] of attempts) {
        expect(result.ok).toBe(false);
        if (result.ok) continue;
        expect(result.error.message).not.toMatch(internalMessage);
        expect({ code: result.error.code, message: result.error.message }).toEqual({
          code: wanted.code,
          message: expect.stringMatching(wanted.message),
        });
      }
      const setup = await caller.raw('setup.initialise', {
        practice: { name: 'Fresh Start Practice' },
        admin: { username: 'newadmin', fullName: 'New Admin', password: 'quiet-lantern-58' },
      });
      expect(setup.ok).toBe(false);
      expect(await caller.raw('patients.search', { query: 'lopez' })).toMatchObject({
        ok: false,
        error: { code: 'UNAUTHENTICATED' },
      });
    });
    expect(fingerprintDir(dir)).toEqual(before);
  };

  beforeAll(async () => {
    practice = await createTestPractice({ staff: false });
    dir = practice.dir;
    db = join(dir, 'chartroom.db');
    const admin = await practice.signIn('office_manager');
    for (let i = 0; i < 40; i++) {
      await admin.must('patients.register', {
        patient: patientInput({
          legalGivenName: `Given${String.fromCharCode(97 + (i % 26))}`,
          legalFamilyName: `Family${String.fromCharCode(97 + (i % 26))}${i}`,
          birthDate: `19${50 + i}-01-02`,
        }),
      });
    }
    practice.close();
    original = readFileSync(db);
    expect(original.length).toBeGreaterThanOrEqual(8 * pageSize);
    pristine = tempDir('chartroom-faults-pristine-');
    for (const name of readdirSync(dir)) copyFileSync(join(dir, name), join(pristine, name));
  });
  afterAll(() => {
    practice.cleanup();
    rmSync(pristine, { recursive: true, force: true });
  });

  it.each<[string, (bytes: Buffer) => Buffer]>([
    ['truncated to half', (bytes) => bytes.subarray(0, bytes.length / 2)],
    ['truncated mid-page', (bytes) => bytes.subarray(0, 5 * pageSize + 1234)],
    ['truncated to its first page', (bytes) => bytes.subarray(0, pageSize)],
    [
      'one flipped bit in a data page',
      (bytes) => {
        const copy = Buffer.from(bytes);
        copy[4 * pageSize + 1500]! ^= 0x04;
        return copy;
      },
    ],
    [
      'one flipped bit in the last page',
      (bytes) => {
        const copy = Buffer.from(bytes);
        copy[bytes.length - 700]! ^= 0x80;
        return copy;
      },
    ],
    [
      'its header bytes overwritten',
      (bytes) => {
        const copy = Buffer.from(bytes);
        copy.fill(0x5a, 0, 100);
        return copy;
      },
    ],
    ['random bytes of the same size', (bytes) => randomBytes(bytes.length)],
  ])('refuses a database %s as damaged', async (_label, damage) => {
    restore();
    writeFileSync(db, damage(original));
    await expectRefused(damaged);
  });

  it('checks a large store after sign-in, then closes it as damaged without changing a byte', async () => {
    restore();
    const copy = Buffer.from(original);
    copy[4 * pageSize + 1500]! ^= 0x04;
    writeFileSync(db, copy);
    const before = fingerprintDir(dir);
    // Any store above 0 bytes counts as large here, so the check runs in the worker after sign-in.
    await freshApp(
      dir,
      async (caller, app) => {
        // Sign-in opens the store without the full check; it fails only if it reads the damaged page itself.
        const login = await caller.raw('auth.login', { username: manager.username, password: manager.password });
        if (!login.ok) expect(login.error).toMatchObject({ code: 'STORE_CORRUPT', message: damaged.message });
        await app.services.vault.integrityChecked;
        const search = await caller.raw('patients.search', { query: 'family' });
        expect(search).toMatchObject({ ok: false });
        if (!search.ok && login.ok)
          expect(search.error).toMatchObject({ code: 'STORE_CORRUPT', message: damaged.message });
        expect((await caller.must('setup.status', {})).problem?.code).toBe('STORE_CORRUPT');
        const again = await callerFor(app, app.openConnection('http', 'ws-faults-2')).raw('auth.login', {
          username: manager.username,
          password: manager.password,
        });
        expect(again).toMatchObject({ ok: false, error: { code: 'STORE_CORRUPT' } });
      },
      { inlineIntegrityCheckMaxBytes: 0 },
    );
    expect(fingerprintDir(dir)).toEqual(before);
  });

  it('checks an intact large store after sign-in and keeps it open', async () => {
    restore();
    await freshApp(
      dir,
      async (caller, app) => {
        await caller.must('auth.login', { username: manager.username, password: manager.password });
        await app.services.vault.integrityChecked;
        expect((await caller.must('patients.search', { query: 'family' })).results.length).toBeGreaterThan(0);
      },
      { inlineIntegrityCheckMaxBytes: 0 },
    );
  });

  it('refuses a 0-byte database (a killed VACUUM INTO) as empty, not as a first run', async () => {
    restore();
    writeFileSync(db, '');
    await expectRefused({ code: 'STORE_CORRUPT', message: /empty \(0 bytes\)/, status: 'unavailable' });
  });

  it('refuses an unencrypted SQLite database where the store should be', async () => {
    restore();
    rmSync(db);
    const plain = new Database(db);
    plain.exec("CREATE TABLE practice (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO practice VALUES (1, 'Plain');");
    plain.close();
    await expectRefused({ code: 'STORE_CORRUPT', message: /unencrypted SQLite database/, status: 'unavailable' });
  });

  it('refuses a missing database whose keyring is present, and creates none in its place', async () => {
    restore();
    rmSync(db);
    await expectRefused({ code: 'STORE_MISSING', message: /chart database is missing/, status: 'unavailable' });
    expect(existsSync(db)).toBe(false);
  });

  it('refuses a -wal left without its database', async () => {
    restore();
    rmSync(db);
    writeFileSync(`${db}-wal`, randomBytes(3 * pageSize));
    await expectRefused({ code: 'STORE_MISSING', message: /chart database is missing/, status: 'unavailable' });
    // And with the keyring gone too, the folder is still not mistaken for a first run.
    rmSync(join(dir, 'keyring.json'));
    await expectRefused({
      code: 'KEYRING_MISSING',
      message: /key file \(keyring\.json\) is missing/,
      status: 'unavailable',
    });
    expect(existsSync(db)).toBe(false);
  });

  it('refuses a database written by a newer version, without migrating it', async () => {
    restore();
    const key = await unwrapDataKey(dir, manager.username, manager.password);
    const known = loadMigrations(practice.app.services.vault.migrationsDir).length;
    const second = openKeyedConnection(db, key);
    second.pragma(`user_version = ${known + 5}`);
    second.close();
    await expectRefused({
      code: 'DB_FROM_FUTURE',
      message: /written by a newer version of Chartroom/,
      status: 'ready',
    });
    const check = openKeyedConnection(db, key);
    expect(check.pragma('user_version', { simple: true })).toBe(known + 5);
    check.close();
  });

  it('refuses the data key of another practice (its keyring beside this database) as a wrong key', async () => {
    const other = await createTestPractice({ staff: false });
    try {
      other.close();
      restore();
      copyFileSync(join(other.dir, 'keyring.json'), join(dir, 'keyring.json'));
      // Same username and password in both practices: the slot opens, but its key does not fit this database.
      // This practice's recovery key does not fit the other keyring at all.
      await expectRefused({
        ...damaged,
        recover: { code: 'WRONG_RECOVERY_KEY', message: /not the one for this practice/ },
      });
    } finally {
      other.cleanup();
    }
  });

  it.each([
    ['WAL', 'wal'],
    ['rollback-journal', 'delete'],
  ])(
    'refuses a valid but empty encrypted (%s) database under a keyring that says the practice is set up',
    async (_label, journalMode) => {
      restore();
      const key = await unwrapDataKey(dir, manager.username, manager.password);
      rmSync(db);
      const empty = new Database(db);
      empty.pragma(`key="x'${key.toString('hex')}'"`);
      empty.pragma(`journal_mode = ${journalMode}`);
      empty.exec('CREATE TABLE scratch (x); DROP TABLE scratch;');
      empty.close();
      await expectRefused({
        code: 'STORE_CORRUPT',
        message: /empty although this practice was set up/,
        status: 'ready',
      });
    },
  );

  it.each([
    ['with "?" (SQLite URI syntax)', 'clinic?mode=memory'],
    ['with "file:"', 'file:clinic'],
    ['with "key="', 'clinic-key=abc'],
    ['inside a Dropbox folder', 'Dropbox/clinic'],
    ['inside OneDrive', 'OneDrive - Clinic/data'],
  ])('refuses a data folder path %s, and writes nothing there', async (_label, relative) => {
    const root = tempDir('chartroom-paths-');
    try {
      const dataDir = join(root, relative);
      await freshApp(dataDir, async (caller) => {
        const status = await caller.must('setup.status', {});
        expect(status).toMatchObject({ state: 'unavailable', problem: { code: 'BAD_REQUEST' } });
        const setup = await caller.raw('setup.initialise', {
          practice: { name: 'Path Practice' },
          admin: { username: 'newadmin', fullName: 'New Admin', password: 'quiet-lantern-58' },
        });
        expect(setup).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
      });
      expect(listFiles(root)).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('refuses a data folder path that is a file', async () => {
    const root = tempDir('chartroom-paths-');
    try {
      const notAFolder = join(root, 'data');
      writeFileSync(notAFolder, 'hello');
      await freshApp(notAFolder, async (caller) => {
        expect(await caller.must('setup.status', {})).toMatchObject({
          state: 'unavailable',
          problem: { code: 'BAD_REQUEST' },
        });
      });
      expect(readFileSync(notAFolder, 'utf8')).toBe('hello');
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });

  it('opens the restored original afterwards: the faults above were in the files, not in the app', async () => {
    restore();
    await freshApp(dir, async (caller) => {
      await caller.must('auth.login', { username: manager.username, password: manager.password });
      expect((await caller.must('patients.search', { query: 'family' })).results.length).toBeGreaterThan(0);
    });
  });
});
