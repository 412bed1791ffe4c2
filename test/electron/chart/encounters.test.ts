import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  createTestPractice,
  registerChartPair,
  staffPasswords,
  type TestPractice,
} from '../../helpers/practice';
import { auditRowsAfter, lastAuditId } from '../../helpers/sentinel';

/** Issue 4, encounters: the timeline (newest first, by type and provider), validation, versions, retire. */
describe('encounters', () => {
  let practice: TestPractice;
  let doctor: Caller;
  let nurse: Caller;
  let patientId = 0;
  let otherPatientId = 0;
  let physicianId = 0;
  let secondPhysicianId = 0;
  let nurseId = 0;
  const sqlite = () => practice.app.services.vault.store.sqlite;

  beforeAll(async () => {
    practice = await createTestPractice();
    const admin = await practice.signIn('office_manager');
    const second = await admin.must('users.create', {
      username: 'drlee',
      fullName: 'Dr. Ana Lee',
      role: 'physician',
      password: 'harbor-violet-28',
    });
    secondPhysicianId = second.id;
    const users = await admin.must('users.list', {});
    physicianId = users.find((u) => u.username === staffPasswords.physician.username)!.id;
    nurseId = users.find((u) => u.username === staffPasswords.nurse.username)!.id;
    doctor = await practice.signIn('physician');
    nurse = await practice.signIn('nurse');
    ({ patientId, otherPatientId } = await registerChartPair(doctor));
  });
  afterAll(() => practice.cleanup());

  const visit = (overrides: Record<string, unknown> = {}) => ({
    date: '2026-03-02',
    providerId: physicianId,
    type: 'office-visit' as const,
    reason: 'Cough for two weeks',
    ...overrides,
  });

  it('lists active physicians as providers', async () => {
    const providers = await nurse.must('encounters.providers', {});
    expect(providers.map((p) => p.id).sort()).toEqual([physicianId, secondPhysicianId].sort());
  });

  it('adds encounters, audits each with type and date only, and lists them newest first', async () => {
    const before = lastAuditId(sqlite());
    const first = await nurse.must('encounters.add', { patientId, item: visit({ date: '2025-11-10' }) });
    expect(first).toMatchObject({ version: 1, providerName: staffPasswords.physician.fullName, notes: [] });
    const audit = auditRowsAfter(sqlite(), before);
    expect(audit).toEqual([
      expect.objectContaining({ action: 'encounter.add', patientId, detail: 'office-visit 2025-11-10' }),
    ]);
    await doctor.must('encounters.add', {
      patientId,
      item: visit({ date: '2026-02-01', type: 'telephone', providerId: secondPhysicianId, reason: '' }),
    });
    await doctor.must('encounters.add', { patientId, item: visit({ date: '2026-03-01', type: 'follow-up' }) });
    const list = await doctor.must('encounters.list', { patientId });
    expect(list.active.map((e) => e.date)).toEqual(['2026-03-01', '2026-02-01', '2025-11-10']);
    expect(list.retired).toEqual([]);
  });

  it('filters the timeline by type and by provider', async () => {
    const phone = await doctor.must('encounters.list', { patientId, type: 'telephone' });
    expect(phone.active.map((e) => e.type)).toEqual(['telephone']);
    const byLee = await doctor.must('encounters.list', { patientId, providerId: secondPhysicianId });
    expect(byLee.active.map((e) => e.providerName)).toEqual(['Dr. Ana Lee']);
    const both = await doctor.must('encounters.list', { patientId, type: 'telephone', providerId: physicianId });
    expect(both.active).toEqual([]);
    const badType = await doctor.raw('encounters.list', { patientId, type: 'house-call' });
    expect(badType.ok ? '' : badType.error.message).toMatch(/Pick an encounter type/);
  });

  it('refuses each bad input with a message saying what to do, and saves nothing', async () => {
    const count = () => (sqlite().prepare('SELECT count(*) AS n FROM encounters').get() as { n: number }).n;
    const before = count();
    const cases: [Record<string, unknown>, RegExp, string][] = [
      [{ date: '' }, /Enter the encounter date/, 'item.date'],
      [{ date: '03/02/2026' }, /YYYY-MM-DD/, 'item.date'],
      [{ date: '2026-02-30' }, /not a real calendar date/, 'item.date'],
      [{ date: '2999-01-01' }, /in the future/, 'item.date'],
      [{ providerId: null }, /Pick the provider/, 'item.providerId'],
      [{ type: 'house-call' }, /Pick the type of encounter/, 'item.type'],
      [{ reason: 'x'.repeat(301) }, /under 300 characters/, 'item.reason'],
      [{ reason: 'tab\there' }, /single line/, 'item.reason'],
    ];
    for (const [overrides, message, field] of cases) {
      const result = await doctor.raw('encounters.add', { patientId, item: visit(overrides) });
      expect(result.ok ? '' : `${result.error.message} @${result.error.field}`).toMatch(message);
      expect(result.ok ? '' : result.error.field).toBe(field);
    }
    const nurseAsProvider = await doctor.call('encounters.add', { patientId, item: visit({ providerId: nurseId }) });
    expect(nurseAsProvider.ok ? '' : nurseAsProvider.error.message).toMatch(/must be an active physician/);
    const missingPatient = await doctor.call('encounters.add', { patientId: 999_999, item: visit() });
    expect(missingPatient.ok ? '' : missingPatient.error.code).toBe('NOT_FOUND');
    expect(count()).toBe(before);
  });

  it('edits with the version the user saw, keeps history, refuses the wrong chart, and retires with a reason', async () => {
    const [latest] = (await doctor.must('encounters.list', { patientId })).active;
    const before = lastAuditId(sqlite());
    const edited = await doctor.must('encounters.update', {
      patientId,
      itemId: latest!.id,
      expectedVersion: latest!.version,
      item: visit({ date: latest!.date, type: 'follow-up', reason: 'Cough, better' }),
    });
    expect(edited.version).toBe(2);
    const stale = await doctor.call('encounters.update', {
      patientId,
      itemId: latest!.id,
      expectedVersion: 1,
      item: visit({ date: latest!.date, type: 'acute' }),
    });
    expect(stale.ok ? '' : stale.error.code).toBe('CONFLICT');
    const wrongChart = await doctor.call('encounters.update', {
      patientId: otherPatientId,
      itemId: latest!.id,
      expectedVersion: 2,
      item: visit(),
    });
    expect(wrongChart.ok ? '' : wrongChart.error.message).toMatch(/another patient's chart/);
    const noReason = await doctor.call('encounters.retire', { patientId, itemId: latest!.id, reason: ' ' });
    expect(noReason.ok ? '' : noReason.error.message).toMatch(/Enter the reason/);
    await doctor.must('encounters.retire', { patientId, itemId: latest!.id, reason: 'entered in error' });
    // Refused writes leave no trace; the edit and the retire one row each.
    expect(auditRowsAfter(sqlite(), before).map((r) => [r.action, r.patientId, r.detail])).toEqual([
      ['encounter.update', patientId, 'v2'],
      ['encounter.retire', patientId, 'entered in error'],
    ]);
    const list = await doctor.must('encounters.list', { patientId });
    expect(list.retired.map((e) => [e.id, e.retiredReason])).toEqual([[latest!.id, 'entered in error']]);
    const history = await doctor.must('encounters.history', { patientId, itemId: latest!.id });
    expect(history.map((v) => v.action)).toEqual(['created', 'edited', 'retired']);
    expect(history[1]?.changes).toEqual(
      expect.arrayContaining([{ field: 'reason', before: 'Cough for two weeks', after: 'Cough, better' }]),
    );
    expect(() => sqlite().prepare('DELETE FROM encounters').run()).toThrow(/never deleted/);
  });

  it('the front desk and the office manager cannot read the timeline', async () => {
    for (const role of ['front_desk', 'office_manager'] as const) {
      const caller = await practice.signIn(role);
      const refused = await caller.call('encounters.list', { patientId });
      expect(refused.ok ? '' : refused.error.code).toBe('FORBIDDEN');
    }
  });
});
