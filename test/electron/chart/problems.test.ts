import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestPractice, registerChartPair, type TestPractice } from '../../helpers/practice';

/** Issue 4, the problem list: ICD-10-CM codes from the shipped starter set, versions, retire, the wrong-patient guard. */
describe('problem list', () => {
  let practice: TestPractice;
  let doctor: Caller;
  let patientId = 0;
  let otherPatientId = 0;

  beforeAll(async () => {
    practice = await createTestPractice();
    doctor = await practice.signIn('physician');
    ({ patientId, otherPatientId } = await registerChartPair(doctor));
  });
  afterAll(() => practice.cleanup());

  it('finds codes by code prefix and by words in any order', async () => {
    const byCode = await doctor.must('codes.searchIcd10', { query: 'e11.9' });
    expect(byCode.map((c) => c.code)).toContain('E11.9');
    const byWords = await doctor.must('codes.searchIcd10', { query: 'type 2 diab' });
    expect(byWords[0]?.code).toMatch(/^E11/);
    expect(byWords.slice(0, 5).every((c) => /type 2 diabetes/i.test(c.name))).toBe(true);
    expect(await doctor.must('codes.searchIcd10', { query: '' })).toEqual([]);
  });

  it('adds a coded problem, refuses one without a code or with an onset in the future', async () => {
    const added = await doctor.must('patients.get', { patientId }).then(() =>
      doctor.must('problems.add', {
        patientId,
        item: {
          code: 'e11.9',
          description: 'Type 2 diabetes mellitus without complications',
          onset: '2015-06-01',
          clinicalStatus: 'active',
        },
      }),
    );
    expect(added.code).toBe('E11.9');
    const noCode = await doctor.call('problems.add', {
      patientId,
      item: { code: '', description: 'Something', clinicalStatus: 'active' },
    });
    expect(noCode.ok ? '' : noCode.error.message).toMatch(/needs an ICD-10-CM code/);
    const notACode = await doctor.call('problems.add', {
      patientId,
      item: { code: 'diabetes', description: 'Diabetes', clinicalStatus: 'active' },
    });
    expect(notACode.ok ? '' : notACode.error.message).toMatch(/not an ICD-10-CM code/);
    const future = await doctor.call('problems.add', {
      patientId,
      item: { code: 'I10', description: 'Hypertension', onset: '2999-01-01', clinicalStatus: 'active' },
    });
    expect(future.ok ? '' : future.error.message).toMatch(/in the future/);
    const twice = await doctor.call('problems.add', {
      patientId,
      item: { code: 'E11.9', description: 'Again', clinicalStatus: 'active' },
    });
    expect(twice.ok ? '' : `${twice.error.code} ${twice.error.field}`).toBe('CONFLICT code');
  });

  it('resolving keeps the problem on the chart; retiring needs a reason and keeps every version', async () => {
    const [diabetes] = (await doctor.must('problems.list', { patientId })).active;
    const resolved = await doctor.must('problems.update', {
      patientId,
      itemId: diabetes!.id,
      expectedVersion: diabetes!.version,
      item: {
        code: 'E11.9',
        description: diabetes!.description,
        onset: diabetes!.onset,
        clinicalStatus: 'resolved',
        comment: 'remission',
      },
    });
    expect(resolved.version).toBe(2);
    expect((await doctor.must('problems.list', { patientId })).resolved.map((p) => p.code)).toEqual(['E11.9']);
    const wrongChart = await doctor.call('problems.retire', {
      patientId: otherPatientId,
      itemId: diabetes!.id,
      reason: 'entered in error',
    });
    expect(wrongChart.ok ? '' : wrongChart.error.code).toBe('BAD_REQUEST');
    await doctor.must('problems.retire', { patientId, itemId: diabetes!.id, reason: 'entered in error' });
    const list = await doctor.must('problems.list', { patientId });
    expect([list.active.length, list.resolved.length, list.retired.map((p) => p.retiredReason)]).toEqual([
      0,
      0,
      ['entered in error'],
    ]);
    const history = await doctor.must('problems.history', { patientId, itemId: diabetes!.id });
    expect(history.map((v) => v.action)).toEqual(['created', 'edited', 'retired']);
    expect(history[1]?.changes).toEqual(
      expect.arrayContaining([{ field: 'clinicalStatus', before: 'active', after: 'resolved' }]),
    );
    expect(() => practice.app.services.vault.store.sqlite.prepare('DELETE FROM problems').run()).toThrow(
      /never deleted/,
    );
  });

  it('the front desk cannot read the problem list', async () => {
    const desk = await practice.signIn('front_desk');
    const refused = await desk.call('problems.list', { patientId });
    expect(refused.ok ? '' : refused.error.code).toBe('FORBIDDEN');
  });
});
