import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Caller, createTestPractice, patientInput, type TestPractice } from '../../helpers/practice';

/** Issue 4, allergies: states, the banner, versions, retiring with a reason, and the wrong-patient guard. */
describe('allergies', () => {
  let practice: TestPractice;
  let nurse: Caller;
  let desk: Caller;
  let patientId = 0;
  let otherPatientId = 0;

  beforeAll(async () => {
    practice = await createTestPractice();
    nurse = await practice.signIn('nurse');
    desk = await practice.signIn('front_desk');
    const registered = await desk.must('patients.register', { patient: patientInput() });
    const other = await desk.must('patients.register', {
      patient: patientInput({ legalGivenName: 'Other', legalFamilyName: 'Person', birthDate: '1955-05-05' }),
    });
    if (registered.status !== 'registered' || other.status !== 'registered') throw new Error('expected registrations');
    patientId = registered.patient.id;
    otherPatientId = other.patient.id;
  });
  afterAll(() => practice.cleanup());

  it('reads "not recorded", then "no known allergies" with who said so, then the recorded list in the banner', async () => {
    expect((await desk.must('patients.get', { patientId })).allergies).toEqual({ state: 'not-recorded', summary: [] });
    const nka = await nurse.must('allergies.markNoKnown', { patientId });
    expect([nka.state, nka.reviewedBy]).toEqual(['no-known-allergies', 'Amy Nurse']);
    expect((await desk.must('patients.get', { patientId })).allergies.state).toBe('no-known-allergies');

    await nurse.must('allergies.add', {
      patientId,
      allergy: { substance: 'Penicillin', category: 'drug', reaction: 'Hives', severity: 'severe' },
    });
    const banner = (await desk.must('patients.get', { patientId })).allergies;
    expect(banner).toEqual({ state: 'recorded', summary: ['Penicillin (severe): Hives'] });
    const refused = await nurse.call('allergies.markNoKnown', { patientId });
    expect(refused.ok ? '' : refused.error.code).toBe('CONFLICT');
  });

  it('refuses the same substance twice, and keeps every version of an edit', async () => {
    const twice = await nurse.call('allergies.add', {
      patientId,
      allergy: { substance: 'penicillin', category: 'drug', severity: 'mild' },
    });
    expect(twice.ok ? '' : `${twice.error.code} ${twice.error.field}`).toBe('CONFLICT substance');
    const [penicillin] = (await nurse.must('allergies.list', { patientId })).active;
    const edited = await nurse.must('allergies.update', {
      patientId,
      allergyId: penicillin!.id,
      expectedVersion: penicillin!.version,
      allergy: { substance: 'Penicillin', category: 'drug', reaction: 'Anaphylaxis', severity: 'severe' },
    });
    expect(edited.version).toBe(2);
    const stale = await nurse.call('allergies.update', {
      patientId,
      allergyId: penicillin!.id,
      expectedVersion: 1,
      allergy: { substance: 'Penicillin', category: 'drug', severity: 'mild' },
    });
    expect(stale.ok ? '' : stale.error.code).toBe('CONFLICT');
    const history = await nurse.must('allergies.history', { patientId, allergyId: penicillin!.id });
    expect(history.map((v) => [v.version, v.action, v.by])).toEqual([
      [1, 'created', 'Amy Nurse'],
      [2, 'edited', 'Amy Nurse'],
    ]);
    expect(history[1]?.changes).toEqual([{ field: 'reaction', before: 'Hives', after: 'Anaphylaxis' }]);
  });

  it("never changes an allergy through another patient's chart", async () => {
    const [penicillin] = (await nurse.must('allergies.list', { patientId })).active;
    const wrongChart = await nurse.call('allergies.retire', {
      patientId: otherPatientId,
      allergyId: penicillin!.id,
      reason: 'entered in error',
    });
    expect(wrongChart.ok ? '' : wrongChart.error.code).toBe('BAD_REQUEST');
    expect((await nurse.must('allergies.list', { patientId })).active).toHaveLength(1);
  });

  it('retires with a reason, never deletes, and the banner falls back to "not recorded"', async () => {
    const [penicillin] = (await nurse.must('allergies.list', { patientId })).active;
    const noReason = await nurse.call('allergies.retire', { patientId, allergyId: penicillin!.id, reason: '  ' });
    expect(noReason.ok ? '' : noReason.error.code).toBe('BAD_REQUEST');
    await nurse.must('allergies.retire', { patientId, allergyId: penicillin!.id, reason: 'entered in error' });
    const list = await nurse.must('allergies.list', { patientId });
    expect(list.state).toBe('not-recorded');
    expect(list.retired.map((a) => [a.substance, a.retiredReason])).toEqual([['Penicillin', 'entered in error']]);
    const remove = () => practice.app.services.vault.store.sqlite.prepare('DELETE FROM allergies').run();
    expect(remove).toThrow(/never deleted/);
    const rows = practice.app.services.vault.store.sqlite
      .prepare("SELECT action FROM audit_log WHERE action LIKE 'allergy.%' ORDER BY id")
      .pluck()
      .all();
    expect(rows).toEqual(['allergy.no-known', 'allergy.add', 'allergy.update', 'allergy.retire']);
  });

  it('refuses impossible input with a message that says what to fix', async () => {
    const noSubstance = await nurse.call('allergies.add', {
      patientId,
      allergy: { substance: ' ', category: 'food', severity: 'mild' },
    });
    expect(noSubstance.ok ? '' : noSubstance.error.message).toBe('Enter the substance.');
    const badSeverity = await nurse.call('allergies.add', {
      patientId,
      allergy: { substance: 'Peanuts', category: 'food', severity: 'fatal' as never },
    });
    expect(badSeverity.ok ? '' : badSeverity.error.message).toMatch(/severity/);
  });
});
