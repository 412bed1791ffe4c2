import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { keyring } from '../../db';
import type { Result } from '../../electron/contract/result';
import { createTestPractice, staffPasswords, type TestPractice } from '../helpers/practice';
import { auditRowsAfter, lastAuditId } from '../helpers/sentinel';

/**
 * S5: login throttling and no user enumeration. A wrong password and an unknown username must be
 * indistinguishable (same code, message, field, and both pay for Argon2id); five failures lock the
 * username out, across restarts, and every failure ends up in the audit log.
 */
const physician = staffPasswords.physician;
const nurse = staffPasswords.nurse;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

describe('S5 login throttling and no user enumeration', () => {
  let practice: TestPractice;
  const sqlite = () => practice.app.services.vault.store.sqlite;

  beforeAll(async () => {
    practice = await createTestPractice();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  afterAll(() => practice.cleanup());

  it('answers a wrong password and an unknown username identically, and both run Argon2id', async () => {
    const caller = practice.connect('ws-enum');
    const timed = async (username: string, password: string) => {
      const started = performance.now();
      const result = await caller.raw('auth.login', { username, password });
      return { result, ms: performance.now() - started };
    };
    // What one Argon2id derivation at the slot's parameters costs on this machine, measured alongside.
    const ring = practice.app.services.vault.keyring();
    expect(ring.slots.find((s) => s.kind === 'password')?.kdf.name).toBe('argon2id');
    const argon = async () => {
      const started = performance.now();
      await keyring.unlockWithPassword({ ...ring, slots: [] }, 'nobody', 'x');
      return performance.now() - started;
    };

    const wrong: number[] = [];
    const unknown: number[] = [];
    const baseline: number[] = [];
    let wrongResult: Result<unknown> | undefined;
    let unknownResult: Result<unknown> | undefined;
    for (let i = 0; i < 9; i++) {
      // Three wrong passwords, then the right one, so the real user never reaches the lockout.
      if (i % 3 === 2) await caller.must('auth.login', { username: physician.username, password: physician.password });
      const a = await timed(physician.username, `wrong-password-${i}`);
      const b = await timed(`ghost-${i}`, `wrong-password-${i}`);
      baseline.push(await argon());
      wrong.push(a.ms);
      unknown.push(b.ms);
      wrongResult = a.result;
      unknownResult = b.result;
    }
    expect(wrongResult).toEqual({
      ok: false,
      error: {
        code: 'INVALID_CREDENTIALS',
        message: 'The username or password is not right. Check both and try again.',
        field: 'password',
      },
    });
    expect(unknownResult).toEqual(wrongResult);
    // Both pay for a full Argon2id derivation; a fast path for unknown names would take well under 1 ms.
    const floor = Math.max(0.5 * median(baseline), 2);
    expect(median(wrong)).toBeGreaterThan(floor);
    expect(median(unknown)).toBeGreaterThan(floor);
    expect(median(unknown) / median(wrong)).toBeGreaterThan(1 / 3);
    expect(median(unknown) / median(wrong)).toBeLessThan(3);
  });

  it('locks a username out after 5 failures, even against the right password, and audits each step', async () => {
    const caller = practice.connect('ws-throttle');
    const before = lastAuditId(sqlite());
    const codes: string[] = [];
    for (let i = 0; i < 5; i++) {
      const result = await caller.raw('auth.login', { username: nurse.username, password: `guess-${i}-wrong` });
      codes.push(result.ok ? 'ok' : result.error.code);
    }
    expect(codes).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'LOCKED_OUT',
    ]);
    const right = await caller.raw('auth.login', { username: nurse.username, password: nurse.password });
    expect(right).toMatchObject({
      ok: false,
      error: { code: 'LOCKED_OUT', message: expect.stringMatching(/Try again in 15 minutes/) },
    });
    expect(await caller.raw('patients.search', { query: 'x' })).toMatchObject({ error: { code: 'UNAUTHENTICATED' } });

    const rows = auditRowsAfter(sqlite(), before);
    expect(rows.map((r) => [r.action, r.username, r.userId, r.outcome, r.workstation])).toEqual([
      ...Array.from({ length: 5 }, () => ['login.failed', nurse.username, null, 'failure', 'ws-throttle']),
      ['login.locked-out', nurse.username, null, 'failure', 'ws-throttle'],
      ['login.failed', nurse.username, null, 'failure', 'ws-throttle'],
    ]);
    expect(rows.at(-1)?.detail).toMatch(/locked out/);

    // Unknown usernames lock out the same way, with the same words: no enumeration through the lockout either.
    const ghost: Result<unknown>[] = [];
    for (let i = 0; i < 6; i++)
      ghost.push(await caller.raw('auth.login', { username: 'ghost-lock', password: `guess-${i}` }));
    expect(ghost[5]).toEqual(right);

    // The lockout survives a restart (it is kept beside the keyring), and lifts after 15 minutes.
    practice = practice.reopen();
    const fresh = practice.connect('ws-throttle-2');
    expect(await fresh.raw('auth.login', { username: nurse.username, password: nurse.password })).toMatchObject({
      error: { code: 'LOCKED_OUT' },
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() + 16 * 60_000);
    await fresh.must('auth.login', { username: nurse.username, password: nurse.password });
  });

  it('writes failures made before the store was unlocked into the audit log at the next sign-in', async () => {
    practice = practice.reopen();
    expect(practice.app.services.vault.isOpen).toBe(false);
    const early = practice.connect('ws-cold-start');
    for (const username of [physician.username, 'no-such-user']) {
      expect(await early.raw('auth.login', { username, password: 'cold-wrong-1' })).toMatchObject({
        error: { code: 'INVALID_CREDENTIALS' },
      });
    }
    expect(practice.app.services.vault.isOpen).toBe(false);

    const later = practice.connect('ws-later');
    await later.must('auth.login', { username: physician.username, password: physician.password });
    const rows = auditRowsAfter(sqlite(), 0).filter((r) => r.detail === 'before the store was unlocked');
    expect(rows.map((r) => [r.action, r.username, r.userId, r.workstation, r.outcome])).toEqual([
      ['login.failed', physician.username, null, 'ws-cold-start', 'failure'],
      ['login.failed', 'no-such-user', null, 'ws-cold-start', 'failure'],
    ]);
    // Written before the successful sign-in's own row, and only once.
    const all = auditRowsAfter(sqlite(), 0);
    const lastLogin = all.filter((r) => r.action === 'login').at(-1)!;
    expect(rows.every((r) => r.id < lastLogin.id)).toBe(true);
    practice = practice.reopen();
    await practice
      .connect('ws-again')
      .must('auth.login', { username: physician.username, password: physician.password });
    expect(auditRowsAfter(sqlite(), 0).filter((r) => r.detail === 'before the store was unlocked')).toHaveLength(2);
  });
});
