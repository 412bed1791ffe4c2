import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ChartroomApp, startChartroom } from '../../electron/main/bootstrap';
import {
  type Caller,
  callerFor,
  createTestPractice,
  patientInput,
  practiceInput,
  staffPasswords,
  type TestPractice,
} from '../helpers/practice';
import { type AuditRecord, auditRowsAfter, lastAuditId } from '../helpers/sentinel';

/**
 * S8: every audited action writes exactly one row saying who (user id and name), what, which patient,
 * when and from which workstation. Each test does one action on its own workstation and checks the
 * complete list of rows that action wrote.
 */
const physician = staffPasswords.physician;
const strong = 'gentle-anchor-rain-14';

describe('S8 audit of every action', () => {
  let practice: TestPractice;
  let app: ChartroomApp;
  let now = 5_000_000;
  let ids: Record<string, number>;
  let admin: Caller;
  let patientId = 0;

  const sqlite = () => app.services.vault.store.sqlite;
  const connect = (workstation: string) => callerFor(app, app.openConnection('http', workstation));
  const signIn = async (who: { username: string; password: string }, workstation: string) => {
    const caller = connect(workstation);
    await caller.must('auth.login', { username: who.username, password: who.password });
    return caller;
  };

  /** Runs one action and returns exactly the rows it wrote, after checking the "when" of each. */
  const audited = async (action: () => Promise<unknown>): Promise<AuditRecord[]> => {
    const before = lastAuditId(sqlite());
    const startedAt = Date.now();
    await action();
    const endedAt = Date.now();
    const rows = auditRowsAfter(sqlite(), before);
    for (const row of rows) {
      expect(row.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
      expect(Date.parse(row.at)).toBeGreaterThanOrEqual(startedAt - 1);
      expect(Date.parse(row.at)).toBeLessThanOrEqual(endedAt + 1);
    }
    return rows;
  };
  const who = (username: string) => ({ userId: ids[username] ?? null, username });

  beforeAll(async () => {
    practice = await createTestPractice();
    practice.close();
    app = startChartroom({
      dataDir: practice.dir,
      appVersion: 'test',
      validateOutputs: true,
      log: () => {},
      monotonicClock: () => now,
      idleSweepMs: 3_600_000,
    });
    admin = await signIn(staffPasswords.office_manager, 'ws-admin');
    for (const username of ['temp-one', 'temp-two', 'temp-three', 'changer']) {
      await admin.must('users.create', { username, fullName: `User ${username}`, role: 'nurse', password: strong });
    }
    await admin.must('users.create', {
      username: 'second-om',
      fullName: 'Second Manager',
      role: 'office_manager',
      password: strong,
    });
    ids = Object.fromEntries((await admin.must('users.list', {})).map((u) => [u.username, u.id]));
    const registered = await admin.must('patients.register', {
      patient: patientInput({ legalGivenName: 'Audit', legalFamilyName: 'Subject', birthDate: '1970-07-07' }),
    });
    if (registered.status !== 'registered') throw new Error('expected a registration');
    patientId = registered.patient.id;
  });
  // A fresh office-manager window per test: the idle test moves the clock past everyone's limit.
  beforeEach(async () => {
    admin = await signIn(staffPasswords.office_manager, 'ws-admin');
  });
  afterAll(() => {
    app.close();
    practice.cleanup();
  });

  it('practice.setup: one row for the whole life of the practice, by the first office manager', () => {
    const rows = auditRowsAfter(sqlite(), 0).filter((r) => r.action === 'practice.setup');
    expect(rows).toEqual([
      expect.objectContaining({
        id: 1,
        ...who('olivia'),
        patientId: null,
        workstation: 'setup-workstation',
        outcome: 'success',
      }),
    ]);
  });

  it('login', async () => {
    const rows = await audited(() => signIn(physician, 'ws-login'));
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'login',
        ...who(physician.username),
        patientId: null,
        workstation: 'ws-login',
        outcome: 'success',
      }),
    ]);
  });

  it('login.failed', async () => {
    const caller = connect('ws-login-failed');
    const rows = await audited(() =>
      caller.raw('auth.login', { username: physician.username, password: 'not-it-at-all' }),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'login.failed',
        userId: null,
        username: physician.username,
        patientId: null,
        workstation: 'ws-login-failed',
        outcome: 'failure',
      }),
    ]);
    await signIn(physician, 'ws-login-failed'); // clears the failure count
  });

  it('login.locked-out', async () => {
    const caller = connect('ws-lockout');
    for (let i = 0; i < 4; i++) await caller.raw('auth.login', { username: 'temp-three', password: `bad-guess-${i}` });
    const rows = await audited(() => caller.raw('auth.login', { username: 'temp-three', password: 'bad-guess-4' }));
    expect(rows.map((r) => [r.action, r.username, r.userId, r.workstation, r.outcome])).toEqual([
      ['login.failed', 'temp-three', null, 'ws-lockout', 'failure'],
      ['login.locked-out', 'temp-three', null, 'ws-lockout', 'failure'],
    ]);
  });

  it('logout, by the user and by closing the window', async () => {
    const caller = await signIn(physician, 'ws-logout');
    expect(await audited(() => caller.must('auth.logout', {}))).toEqual([
      expect.objectContaining({
        action: 'logout',
        ...who(physician.username),
        workstation: 'ws-logout',
        patientId: null,
      }),
    ]);
    const window = await signIn(physician, 'ws-window');
    expect(await audited(async () => app.closeConnection(window.connection))).toEqual([
      expect.objectContaining({ action: 'logout', ...who(physician.username), workstation: 'ws-window' }),
    ]);
  });

  it('session.lock and session.unlock', async () => {
    const caller = await signIn(physician, 'ws-lock');
    expect(await audited(() => caller.must('auth.lock', {}))).toEqual([
      expect.objectContaining({
        action: 'session.lock',
        ...who(physician.username),
        workstation: 'ws-lock',
        detail: 'user',
      }),
    ]);
    expect(await audited(() => caller.must('auth.unlock', { password: physician.password }))).toEqual([
      expect.objectContaining({ action: 'session.unlock', ...who(physician.username), workstation: 'ws-lock' }),
    ]);
  });

  it('session.expired', async () => {
    const caller = await signIn(physician, 'ws-idle');
    now += 11 * 60_000;
    expect(await audited(() => caller.raw('patients.get', { patientId }))).toEqual([
      expect.objectContaining({
        action: 'session.expired',
        ...who(physician.username),
        workstation: 'ws-idle',
        detail: 'idle',
      }),
    ]);
  });

  it('patient.register, and the duplicate override with its reason', async () => {
    const caller = await signIn(physician, 'ws-register');
    let newId = 0;
    const rows = await audited(async () => {
      const result = await caller.must('patients.register', {
        patient: patientInput({ legalGivenName: 'Newly', legalFamilyName: 'Registered', birthDate: '1991-01-19' }),
      });
      if (result.status === 'registered') newId = result.patient.id;
    });
    expect(newId).toBeGreaterThan(0);
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'patient.register',
        ...who(physician.username),
        patientId: newId,
        entity: 'patient',
        entityId: String(newId),
        workstation: 'ws-register',
      }),
    ]);
    const duplicate = await audited(() =>
      caller.must('patients.register', {
        patient: patientInput({ legalGivenName: 'Newly', legalFamilyName: 'Registered', birthDate: '1991-01-19' }),
        duplicateOverride: { reason: 'Twin with the same name' },
      }),
    );
    expect(duplicate.map((r) => [r.action, r.username, r.workstation])).toEqual([
      ['patient.register', physician.username, 'ws-register'],
      ['patient.register-duplicate-override', physician.username, 'ws-register'],
    ]);
    expect(duplicate[1]?.detail).toMatch(/reason=Twin with the same name/);
  });

  it('chart.open (patients.get)', async () => {
    const caller = await signIn(physician, 'ws-chart');
    expect(await audited(() => caller.must('patients.get', { patientId }))).toEqual([
      expect.objectContaining({ action: 'chart.open', ...who(physician.username), patientId, workstation: 'ws-chart' }),
    ]);
  });

  it('patient.update', async () => {
    const caller = await signIn(physician, 'ws-update');
    const current = await caller.must('patients.get', { patientId });
    const rows = await audited(() =>
      caller.must('patients.update', {
        patientId,
        expectedVersion: current.version,
        patient: patientInput({
          legalGivenName: 'Audit',
          legalFamilyName: 'Subject',
          birthDate: '1970-07-07',
          homePhone: '(217) 555-0123',
        }),
      }),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'patient.update',
        ...who(physician.username),
        patientId,
        workstation: 'ws-update',
      }),
    ]);
    expect(rows[0]?.detail).toMatch(/homePhone/);
  });

  it('patient.history', async () => {
    const caller = await signIn(physician, 'ws-history');
    expect(await audited(() => caller.must('patients.history', { patientId }))).toEqual([
      expect.objectContaining({
        action: 'patient.history',
        ...who(physician.username),
        patientId,
        workstation: 'ws-history',
      }),
    ]);
  });

  it('user.create', async () => {
    const rows = await audited(() =>
      admin.must('users.create', {
        username: 'audited-new',
        fullName: 'Audited New',
        role: 'front_desk',
        password: strong,
      }),
    );
    const created = (await admin.must('users.list', {})).find((u) => u.username === 'audited-new')!;
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'user.create',
        ...who('olivia'),
        patientId: null,
        entity: 'user',
        entityId: String(created.id),
        workstation: 'ws-admin',
        detail: 'role=front_desk',
      }),
    ]);
  });

  it('user.update', async () => {
    const rows = await audited(() =>
      admin.must('users.update', { userId: ids['temp-one']!, fullName: 'Renamed One', role: 'physician' }),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'user.update',
        ...who('olivia'),
        entityId: String(ids['temp-one']),
        workstation: 'ws-admin',
        detail: 'role nurse -> physician',
      }),
    ]);
  });

  it('user.deactivate, then user.password-reset with user.reactivate', async () => {
    const target = ids['temp-two']!;
    expect(await audited(() => admin.must('users.setActive', { userId: target, active: false }))).toEqual([
      expect.objectContaining({
        action: 'user.deactivate',
        ...who('olivia'),
        entityId: String(target),
        workstation: 'ws-admin',
      }),
    ]);
    const rows = await audited(() =>
      admin.must('users.resetPassword', { userId: target, newPassword: 'fresh-linen-cloud-33' }),
    );
    expect(rows.map((r) => [r.action, r.username, r.entityId, r.workstation])).toEqual([
      ['user.password-reset', 'olivia', String(target), 'ws-admin'],
      ['user.reactivate', 'olivia', String(target), 'ws-admin'],
    ]);
  });

  it('user.password-reset of an active account', async () => {
    const target = ids['temp-one']!;
    expect(
      await audited(() => admin.must('users.resetPassword', { userId: target, newPassword: 'quiet-harbor-lamp-55' })),
    ).toEqual([
      expect.objectContaining({
        action: 'user.password-reset',
        ...who('olivia'),
        entityId: String(target),
        workstation: 'ws-admin',
      }),
    ]);
  });

  it('password.change, by the user', async () => {
    const caller = await signIn({ username: 'changer', password: strong }, 'ws-password');
    const rows = await audited(() =>
      caller.must('auth.changePassword', { currentPassword: strong, newPassword: 'amber-lighthouse-29' }),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'password.change',
        ...who('changer'),
        patientId: null,
        workstation: 'ws-password',
      }),
    ]);
    await signIn({ username: 'changer', password: 'amber-lighthouse-29' }, 'ws-password');
  });

  it('practice.update', async () => {
    const rows = await audited(() =>
      admin.must('practice.update', {
        ...practiceInput,
        phone: '(217) 555-0199',
        idleLockMinutes: 10,
        temperatureUnit: 'F',
      }),
    );
    expect(rows).toEqual([
      expect.objectContaining({
        action: 'practice.update',
        ...who('olivia'),
        patientId: null,
        workstation: 'ws-admin',
        detail: 'phone',
      }),
    ]);
  });

  it('audit.view, naming the patient filtered on', async () => {
    expect(await audited(() => admin.must('audit.list', { patientId, limit: 10 }))).toEqual([
      expect.objectContaining({ action: 'audit.view', ...who('olivia'), patientId, workstation: 'ws-admin' }),
    ]);
  });

  it('audit.verify', async () => {
    expect(await audited(() => admin.must('audit.verify', {}))).toEqual([
      expect.objectContaining({
        action: 'audit.verify',
        ...who('olivia'),
        outcome: 'success',
        workstation: 'ws-admin',
      }),
    ]);
  });

  it('access.denied', async () => {
    const desk = await signIn(staffPasswords.front_desk, 'ws-denied');
    expect(await audited(() => desk.raw('audit.list', { patientId }))).toEqual([
      expect.objectContaining({
        action: 'access.denied',
        ...who(staffPasswords.front_desk.username),
        patientId,
        workstation: 'ws-denied',
        outcome: 'failure',
        detail: 'audit.list',
      }),
    ]);
  });

  it('password.recover, with the recovery key', async () => {
    const caller = connect('ws-recover');
    expect(
      await audited(() =>
        caller.must('auth.recover', {
          recoveryKey: practice.recoveryKey,
          username: 'second-om',
          newPassword: 'steady-beacon-81',
        }),
      ),
    ).toEqual([
      expect.objectContaining({
        action: 'password.recover',
        ...who('second-om'),
        patientId: null,
        entity: 'user',
        entityId: String(ids['second-om']),
        workstation: 'ws-recover',
      }),
    ]);
    await signIn({ username: 'second-om', password: 'steady-beacon-81' }, 'ws-recover');
  });
});
