import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestPractice, staffPasswords, type TestPractice } from '../../helpers/practice';

/** Issue 2, item 2: the office manager creates, edits, deactivates users, resets passwords, changes roles. */
describe('staff accounts', () => {
  let practice: TestPractice;
  let manager: Caller;

  beforeAll(async () => {
    practice = await createTestPractice();
    manager = await practice.signIn('office_manager');
  });
  afterAll(() => practice.cleanup());

  it('a new user must change the temporary password at first sign-in', async () => {
    await manager.must('users.create', {
      username: 'tempnurse',
      fullName: 'Tia Temp',
      role: 'nurse',
      password: 'lunar-harvest-28',
    });
    const window = practice.connect();
    const session = await window.must('auth.login', { username: 'tempnurse', password: 'lunar-harvest-28' });
    expect(session.mustChangePassword).toBe(true);
    await window.must('auth.changePassword', { currentPassword: 'lunar-harvest-28', newPassword: 'silver-thicket-55' });
    expect((await window.must('auth.session', {}))?.mustChangePassword).toBe(false);
    const again = practice.connect();
    expect((await again.call('auth.login', { username: 'tempnurse', password: 'lunar-harvest-28' })).ok).toBe(false);
    expect((await again.call('auth.login', { username: 'tempnurse', password: 'silver-thicket-55' })).ok).toBe(true);
  });

  it('a deactivated user is signed out and cannot sign in, even after a restart; a reset reactivates', async () => {
    const users = await manager.must('users.list', {});
    const nurse = users.find((u) => u.username === staffPasswords.nurse.username)!;
    const nurseWindow = await practice.signIn('nurse');
    await manager.must('users.setActive', { userId: nurse.id, active: false });
    expect((await nurseWindow.call('patients.search', { query: 'x' })).ok).toBe(false);
    const reopened = practice.reopen();
    practice = reopened;
    const retry = await reopened
      .connect()
      .call('auth.login', { username: staffPasswords.nurse.username, password: staffPasswords.nurse.password });
    expect(retry.ok ? 'signed in' : retry.error.code).toBe('INVALID_CREDENTIALS');
    manager = await reopened.signIn('office_manager');
    await manager.must('users.resetPassword', { userId: nurse.id, newPassword: 'orchid-tundra-19' });
    const back = await reopened
      .connect()
      .must('auth.login', { username: staffPasswords.nurse.username, password: 'orchid-tundra-19' });
    expect(back.mustChangePassword).toBe(true);
    expect((await manager.must('users.list', {})).find((u) => u.id === nurse.id)?.active).toBe(true);
  });

  it('keeps at least one active office manager', async () => {
    const me = (await manager.must('users.list', {})).find((u) => u.role === 'office_manager')!;
    const selfDeactivate = await manager.call('users.setActive', { userId: me.id, active: false });
    expect(selfDeactivate.ok ? '' : selfDeactivate.error.message).toMatch(/your own account/);
    const demote = await manager.call('users.update', { userId: me.id, fullName: me.fullName, role: 'physician' });
    expect(demote.ok ? '' : demote.error.message).toMatch(/only active office manager/);
  });

  it('changes a role, and the new role takes effect at the next sign-in', async () => {
    const desk = (await manager.must('users.list', {})).find((u) => u.username === staffPasswords.front_desk.username)!;
    await manager.must('users.update', { userId: desk.id, fullName: desk.fullName, role: 'nurse' });
    const window = await practice.signIn('front_desk');
    expect((await window.must('auth.session', {}))?.user.role).toBe('nurse');
  });

  it('refuses a taken username', async () => {
    const taken = await manager.call('users.create', {
      username: staffPasswords.physician.username,
      fullName: 'X',
      role: 'nurse',
      password: 'cobalt-prairie-44',
    });
    expect(taken.ok ? '' : `${taken.error.code} ${taken.error.field}`).toBe('CONFLICT username');
  });
});
