import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { repositories } from '../../db';
import type { ChartroomEvent } from '../../electron/contract/api';
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
import { auditRowsAfter, lastAuditId } from '../helpers/sentinel';

/**
 * S4: automatic lock after inactivity, measured on a monotonic clock. The clock here is a fake one
 * handed to startChartroom, advanced by hand: no test waits ten real minutes.
 */
const minute = 60_000;
const desk = staffPasswords.front_desk;
const nurse = staffPasswords.nurse;

describe('S4 automatic lock after inactivity', () => {
  let practice: TestPractice;
  let app: ChartroomApp;
  let now = 1_000_000;
  const clock = () => now;

  const start = (idleSweepMs: number) =>
    startChartroom({
      dataDir: practice.dir,
      appVersion: 'test',
      validateOutputs: true,
      log: () => {},
      monotonicClock: clock,
      idleSweepMs,
    });
  const sqlite = () => app.services.vault.store.sqlite;
  const signIn = async (who: { username: string; password: string }, workstation: string): Promise<Caller> => {
    const caller = callerFor(app, app.openConnection('http', workstation));
    await caller.must('auth.login', { username: who.username, password: who.password });
    return caller;
  };

  beforeAll(async () => {
    practice = await createTestPractice();
    practice.close();
    // A sweep that never fires during a test: the router alone must notice the idle time.
    app = start(3_600_000);
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(() => {
    app.close();
    practice.cleanup();
  });

  it('expires an idle session at the next call, keeps it locked, and resumes with the password; the draft survives', async () => {
    const caller = await signIn(desk, 'ws-front-1');
    const draft = { key: 'patient:register', patientId: null, content: '{"legalGivenName":"Half-typed"}' };
    await caller.must('drafts.save', draft);

    now += 10 * minute - 1; // just under the default 10 minutes: still signed in, and the call counts as activity
    expect((await caller.raw('patients.search', { query: 'lopez' })).ok).toBe(true);

    now += 10 * minute + 1;
    const before = lastAuditId(sqlite());
    const expired = await caller.raw('drafts.save', { ...draft, content: '{"legalGivenName":"Overwritten"}' });
    expect(expired).toMatchObject({ ok: false, error: { code: 'SESSION_EXPIRED' } });
    expect(await caller.raw('patients.search', { query: 'lopez' })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_LOCKED' },
    });
    expect(await caller.must('auth.session', {})).toMatchObject({ locked: true, user: { username: desk.username } });
    expect(await caller.raw('auth.unlock', { password: 'not-my-password' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_CREDENTIALS' },
    });
    expect(await caller.raw('drafts.get', { key: draft.key })).toMatchObject({
      ok: false,
      error: { code: 'SESSION_LOCKED' },
    });

    expect(await caller.must('auth.unlock', { password: desk.password })).toMatchObject({ locked: false });
    // The draft is the one saved before the lock; the save attempted at expiry did not run.
    expect(await caller.must('drafts.get', { key: draft.key })).toMatchObject({ content: draft.content });

    const rows = auditRowsAfter(sqlite(), before);
    expect(rows.map((r) => r.action)).toEqual(['session.expired', 'login.failed', 'session.unlock']);
    expect(rows.filter((r) => r.action !== 'login.failed')).toEqual([
      expect.objectContaining({ username: desk.username, workstation: 'ws-front-1', detail: 'idle' }),
      expect.objectContaining({ username: desk.username, workstation: 'ws-front-1' }),
    ]);
  });

  it("lets another user sign in on the locked window with their own session, without the first user's draft", async () => {
    const window = await signIn(desk, 'ws-shared');
    await window.must('drafts.save', { key: 'note:today', patientId: null, content: 'desk private text' });
    now += 11 * minute;
    expect(await window.raw('patients.search', { query: 'x' })).toMatchObject({ error: { code: 'SESSION_EXPIRED' } });

    const before = lastAuditId(sqlite());
    const session = await window.must('auth.login', { username: nurse.username, password: nurse.password });
    expect(session).toMatchObject({ locked: false, user: { username: nurse.username, role: 'nurse' } });
    expect(await window.must('drafts.get', { key: 'note:today' })).toBeNull();
    await window.must('drafts.save', { key: 'note:today', patientId: null, content: 'nurse text' });
    expect(auditRowsAfter(sqlite(), before).map((r) => [r.action, r.username, r.detail])).toEqual([
      ['logout', desk.username, `replaced by sign-in of ${nurse.username}`],
      ['login', nurse.username, ''],
    ]);

    // The first user's draft was neither read nor overwritten.
    const back = await signIn(desk, 'ws-shared-2');
    expect(await back.must('drafts.get', { key: 'note:today' })).toMatchObject({ content: 'desk private text' });
  });

  it('uses the idle limit set by the office manager', async () => {
    const manager = await signIn(staffPasswords.office_manager, 'ws-office');
    await manager.must('practice.update', { ...practiceInput, idleLockMinutes: 1, temperatureUnit: 'F' });
    try {
      const caller = await signIn(desk, 'ws-front-2');
      now += minute - 1;
      expect((await caller.raw('patients.search', { query: 'lopez' })).ok).toBe(true);
      now += minute + 1;
      expect(await caller.raw('patients.search', { query: 'lopez' })).toMatchObject({
        error: { code: 'SESSION_EXPIRED' },
      });
    } finally {
      const again = await signIn(staffPasswords.office_manager, 'ws-office');
      await again.must('practice.update', { ...practiceInput, idleLockMinutes: 10, temperatureUnit: 'F' });
    }
  });

  it('ignores the wall clock: jumping it back or forward neither locks nor extends a session, and audit time never goes back', async () => {
    const caller = await signIn(desk, 'ws-front-3');
    const registered = await caller.must('patients.register', {
      patient: patientInput({ legalGivenName: 'Clock', legalFamilyName: 'Jumper', birthDate: '1966-06-06' }),
    });
    if (registered.status !== 'registered') throw new Error('expected a registration');
    const patientId = registered.patient.id;
    const lastAt = () => auditRowsAfter(sqlite(), lastAuditId(sqlite()) - 1)[0]!.at;
    const realNow = Date.now();

    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(realNow - 3 * 60 * minute); // wall clock three hours back
    const beforeJump = lastAt();
    await caller.must('patients.get', { patientId });
    expect(lastAt() >= beforeJump).toBe(true);
    expect(lastAt()).toBe(beforeJump); // clamped, never earlier than the row before it

    vi.setSystemTime(realNow + 2 * 24 * 60 * minute); // two days ahead: still not idle on the monotonic clock
    expect((await caller.raw('patients.get', { patientId })).ok).toBe(true);
    expect(lastAt() > beforeJump).toBe(true);
    vi.useRealTimers();

    // appendAudit itself refuses to go back in time, whatever `now` it is given.
    const previous = lastAt();
    const row = repositories.audit.appendAudit(
      app.services.vault.store.db,
      {
        userId: null,
        username: 'clock-test',
        action: 'audit.view',
        outcome: 'success',
        patientId: null,
        workstation: 'ws',
      },
      new Date('2001-01-01T00:00:00Z'),
    );
    expect(row.at).toBe(previous);
    const ats = sqlite().prepare('SELECT at FROM audit_log ORDER BY id').all() as { at: string }[];
    for (let i = 1; i < ats.length; i++) expect(ats[i]!.at >= ats[i - 1]!.at).toBe(true);

    // And the monotonic clock still rules: advance it, and the session expires.
    now += 11 * minute;
    expect(await caller.raw('patients.get', { patientId })).toMatchObject({ error: { code: 'SESSION_EXPIRED' } });
  });

  it('locks idle sessions in the background sweep and on OS lock or sleep, telling each window', async () => {
    app.close();
    app = start(10);
    const events: [string, ChartroomEvent][] = [];
    const stop = app.onEvent((connectionId, event) => events.push([connectionId, event]));
    try {
      const idle = await signIn(desk, 'ws-sweep');
      const before = lastAuditId(sqlite());
      now += 10 * minute + 1;
      await vi.waitFor(
        () => expect(events).toEqual([[idle.connection.id, { type: 'session.locked', reason: 'idle' }]]),
        {
          timeout: 5_000,
          interval: 10,
        },
      );
      // Already locked by the sweep: the next call is told it is locked, and no second expiry is written.
      expect(await idle.raw('patients.search', { query: 'lopez' })).toMatchObject({
        error: { code: 'SESSION_LOCKED' },
      });
      expect(auditRowsAfter(sqlite(), before).map((r) => [r.action, r.username, r.workstation])).toEqual([
        ['session.expired', desk.username, 'ws-sweep'],
      ]);

      await idle.must('auth.unlock', { password: desk.password });
      const other = await signIn(nurse, 'ws-sweep-2');
      events.length = 0;
      const beforeOsLock = lastAuditId(sqlite());
      app.lockAll('os-lock');
      expect(events.map(([id, e]) => [id, e.reason])).toEqual(
        expect.arrayContaining([
          [idle.connection.id, 'os-lock'],
          [other.connection.id, 'os-lock'],
        ]),
      );
      expect(auditRowsAfter(sqlite(), beforeOsLock).map((r) => [r.action, r.detail])).toEqual([
        ['session.lock', 'os-lock'],
        ['session.lock', 'os-lock'],
      ]);
      for (const caller of [idle, other]) {
        expect(await caller.raw('patients.search', { query: 'lopez' })).toMatchObject({
          error: { code: 'SESSION_LOCKED' },
        });
      }
      await other.must('auth.unlock', { password: nurse.password });
      app.lockAll('sleep');
      expect(await other.raw('drafts.get', { key: 'x' })).toMatchObject({ error: { code: 'SESSION_LOCKED' } });
    } finally {
      stop();
    }
  });
});
