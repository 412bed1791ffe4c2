import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Keyring } from '../../db/store/keyring';
import type { Result } from '../../electron/contract/result';
import { startChartroom } from '../../electron/main/bootstrap';
import {
  type Caller,
  callerFor,
  createTestPractice,
  practiceInput,
  staffPasswords,
  type TestPractice,
  tempDir,
} from '../helpers/practice';
import { countRows, fingerprintDir, listFiles, scanFiles } from '../helpers/sentinel';

/**
 * S6: NIST 800-63B passwords. Every way a password is chosen (setup, a new account, a change) refuses
 * short, common/breached, sequential, repetitive and context passwords with the reason, and changes
 * nothing; accepted passwords are kept only as Argon2id key slots (>= 19 MiB, t >= 2).
 */
const reasons = {
  common: /commonly used and breached passwords/,
  sequence: /simple sequence/,
  repeated: /repeats one character/,
  context: /must not contain your name, your username or the word Chartroom/,
};

/** [password, reason], for a user named "harbourmaster" / "Penelope Quay" unless noted. */
const weakPasswords: [string, RegExp][] = [
  ['password1', reasons.common],
  ['iloveyou', reasons.common],
  ['Password123', reasons.common],
  ['trustno1', reasons.common],
  ['12345678', reasons.sequence],
  ['87654321', reasons.sequence],
  ['qwertyuiop', reasons.sequence],
  ['abcdefghij', reasons.sequence],
  ['aaaaaaaa', reasons.repeated],
  ['!!!!!!!!!!!!', reasons.repeated],
  ['harbourmaster-2026', reasons.context],
  ['penelope-sails-far', reasons.context],
  ['MyChartroom-2026!', reasons.context],
];
const shortPasswords = ['', 'a', 'Xy7#kq2'];

const expectWeak = (result: Result<unknown>, reason: RegExp) => {
  expect(result).toMatchObject({ ok: false, error: { code: 'WEAK_PASSWORD', message: expect.stringMatching(reason) } });
};
/** Under 8 characters is refused by the input schema itself, before any service runs, with the reason. */
const expectTooShort = (result: Result<unknown>, field: string) => {
  expect(result).toMatchObject({
    ok: false,
    error: { code: 'BAD_REQUEST', field, message: expect.stringMatching(/at least 8 characters|Enter the password/) },
  });
};

describe('S6 password policy', () => {
  let practice: TestPractice;
  let admin: Caller;
  const keyringPath = () => join(practice.dir, 'keyring.json');
  const sqlite = () => practice.app.services.vault.store.sqlite;

  beforeAll(async () => {
    practice = await createTestPractice();
    admin = await practice.signIn('office_manager');
  });
  afterAll(() => practice.cleanup());

  it('refuses weak passwords for a new account with the reason, creating no user and no key slot', async () => {
    const usersBefore = countRows(sqlite(), 'users');
    const keyringBefore = fingerprintDir(practice.dir)['keyring.json'];
    for (const [password, reason] of weakPasswords) {
      const result = await admin.raw('users.create', {
        username: 'harbourmaster',
        fullName: 'Penelope Quay',
        role: 'nurse',
        password,
      });
      expectWeak(result, reason);
    }
    for (const password of shortPasswords) {
      expectTooShort(
        await admin.raw('users.create', {
          username: 'harbourmaster',
          fullName: 'Penelope Quay',
          role: 'nurse',
          password,
        }),
        'password',
      );
    }
    expect(countRows(sqlite(), 'users')).toBe(usersBefore);
    expect(fingerprintDir(practice.dir)['keyring.json']).toEqual(keyringBefore);
    // Control: a passphrase is accepted.
    await admin.must('users.create', {
      username: 'harbourmaster',
      fullName: 'Penelope Quay',
      role: 'nurse',
      password: 'gentle-anchor-rain-14',
    });
    expect(countRows(sqlite(), 'users')).toBe(usersBefore + 1);
  });

  it('refuses weak passwords on a password change and keeps the old password working', async () => {
    const physician = staffPasswords.physician;
    const caller = await practice.signIn('physician');
    const keyringBefore = fingerprintDir(practice.dir)['keyring.json'];
    const change = (newPassword: string) =>
      caller.raw('auth.changePassword', { currentPassword: physician.password, newPassword });
    for (const [password, reason] of [
      ...weakPasswords.filter(([, reason]) => reason !== reasons.context),
      ['drpark-loves-jazz', reasons.context],
      ['jun-park-on-call', reasons.context],
      ['new-chartroom-pass', reasons.context],
    ] as [string, RegExp][]) {
      expectWeak(await change(password), reason);
    }
    for (const password of shortPasswords) expectTooShort(await change(password), 'newPassword');
    expectWeak(await change(physician.password), /differs from the current one/);
    expect(fingerprintDir(practice.dir)['keyring.json']).toEqual(keyringBefore);
    await practice.connect().must('auth.login', { username: physician.username, password: physician.password });
  });

  it('refuses weak passwords at setup and leaves the folder empty', async () => {
    const dir = tempDir('chartroom-s6-setup-');
    const app = startChartroom({ dataDir: dir, appVersion: 'test', validateOutputs: true, log: () => {} });
    try {
      const caller = callerFor(app, app.openConnection('http', 'ws-setup'));
      const setup = (password: string) =>
        caller.raw('setup.initialise', {
          practice: practiceInput,
          admin: { username: 'harbourmaster', fullName: 'Penelope Quay', password },
        });
      for (const [password, reason] of weakPasswords) expectWeak(await setup(password), reason);
      for (const password of shortPasswords) expectTooShort(await setup(password), 'admin.password');
      expect(listFiles(dir)).toEqual([]);
      expect((await caller.must('setup.status', {})).state).toBe('needs-setup');
      await caller.must('setup.initialise', {
        practice: practiceInput,
        admin: { username: 'harbourmaster', fullName: 'Penelope Quay', password: 'gentle-anchor-rain-14' },
      });
      expect((await caller.must('setup.status', {})).state).toBe('ready');
    } finally {
      app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps every password only as an Argon2id key slot (>= 19 MiB, t >= 2), never the password or the username', () => {
    const text = readFileSync(keyringPath(), 'utf8');
    const ring = JSON.parse(text) as Keyring;
    const passwordSlots = ring.slots.filter((s) => s.kind === 'password');
    // One per active user: the four test users, 'harbourmaster' and no more.
    expect(passwordSlots).toHaveLength(5);
    for (const slot of passwordSlots) {
      expect(slot.kdf).toMatchObject({ name: 'argon2id' });
      if (slot.kdf.name !== 'argon2id') continue;
      expect(slot.kdf.memoryKiB).toBeGreaterThanOrEqual(19_456);
      expect(slot.kdf.iterations).toBeGreaterThanOrEqual(2);
      expect(slot.kdf.parallelism).toBeGreaterThanOrEqual(1);
      expect(Buffer.from(slot.kdf.salt, 'base64')).toHaveLength(16);
    }
    expect(new Set(ring.slots.map((s) => s.kdf.salt)).size).toBe(ring.slots.length);
    expect(ring.slots.filter((s) => s.kind === 'recovery')).toHaveLength(1);
    const secrets = [
      ...Object.values(staffPasswords).flatMap((s) => [s.password, s.username]),
      'gentle-anchor-rain-14',
      'harbourmaster',
    ];
    expect(
      scanFiles(
        [keyringPath()],
        secrets.map((s) => ({ label: s, bytes: Buffer.from(s) })),
      ),
    ).toEqual([]);
  });
});
