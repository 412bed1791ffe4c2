import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../electron/contract/procedures';
import { type Caller, createTestPractice, registerChartPair, type TestPractice } from '../../helpers/practice';

type FamilyItem = InputOf<'familyHistory.add'>['item'];

/** Issue 4, histories: family history entries (versioned, retired with a reason) and one social history record. */
describe('family and social history', () => {
  let practice: TestPractice;
  let doctor: Caller;
  let nurse: Caller;
  let patientId = 0;
  let otherPatientId = 0;

  const sqlite = () => practice.app.services.vault.store.sqlite;
  const count = (sql: string) => (sqlite().prepare(sql).get() as { n: number }).n;
  const counts = () => ({
    family: count('SELECT count(*) AS n FROM family_history'),
    social: count('SELECT count(*) AS n FROM social_history'),
    versions: count("SELECT count(*) AS n FROM chart_item_versions WHERE kind IN ('family-history', 'social-history')"),
    audit: count("SELECT count(*) AS n FROM audit_log WHERE action LIKE '%-history.%'"),
  });

  beforeAll(async () => {
    practice = await createTestPractice();
    doctor = await practice.signIn('physician');
    nurse = await practice.signIn('nurse');
    ({ patientId, otherPatientId } = await registerChartPair(doctor));
  });
  afterAll(() => practice.cleanup());

  describe('family history', () => {
    it.each<[string, Partial<FamilyItem>, string, RegExp]>([
      [
        'no condition',
        { condition: '  ' },
        'item.condition',
        /Enter the condition, or pick it from the ICD-10-CM list/,
      ],
      [
        'a relative not on the list',
        { relative: 'cousin' as never },
        'item.relative',
        /Pick the relative from the list/,
      ],
      ['an age at onset of 130', { ageAtOnset: 130 }, 'item.ageAtOnset', /must be 120 or less/],
      ['a negative age at onset', { ageAtOnset: -2 }, 'item.ageAtOnset', /cannot be below 0/],
      ['an age at onset of 45.5', { ageAtOnset: 45.5 }, 'item.ageAtOnset', /in whole years/],
      ['a code that is not ICD-10-CM', { code: 'diabetes' }, 'item.code', /not an ICD-10-CM code/],
      ['"other relative" without saying who', { relative: 'other' }, 'item.comment', /Say who the relative is/],
      ['a condition with a control character', { condition: 'Gout\u0000' }, 'item.condition', /control characters/],
    ])('refuses %s with a clear message and writes nothing', async (_label, values, field, message) => {
      const before = counts();
      const result = await nurse.call('familyHistory.add', {
        patientId,
        item: { relative: 'mother', condition: 'Hypertension', ...values },
      });
      expect(result.ok ? null : [result.error.code, result.error.field]).toEqual(['BAD_REQUEST', field]);
      expect(result.ok ? '' : result.error.message).toMatch(message);
      expect(counts()).toEqual(before);
    });

    it('records coded and typed conditions, refuses the same relative and condition twice', async () => {
      const diabetes = await nurse.must('familyHistory.add', {
        patientId,
        item: {
          relative: 'father',
          condition: 'Type 2 diabetes mellitus without complications',
          code: 'e11.9',
          ageAtOnset: 52,
          deceased: true,
        },
      });
      expect(diabetes).toMatchObject({ relative: 'father', code: 'E11.9', ageAtOnset: 52, deceased: true, version: 1 });
      const typed = await nurse.must('familyHistory.add', {
        patientId,
        item: { relative: 'maternal-grandmother', condition: 'Breast cancer', ageAtOnset: 61 },
      });
      expect([typed.code, typed.deceased]).toEqual(['', false]);
      const cousin = await nurse.must('familyHistory.add', {
        patientId,
        item: { relative: 'other', condition: 'Breast cancer', comment: 'first cousin' },
      });
      expect(cousin.comment).toBe('first cousin');

      const sameCode = await nurse.call('familyHistory.add', {
        patientId,
        item: { relative: 'father', condition: 'Diabetes', code: 'E11.9' },
      });
      const sameWords = await nurse.call('familyHistory.add', {
        patientId,
        item: { relative: 'maternal-grandmother', condition: 'breast CANCER' },
      });
      for (const refused of [sameCode, sameWords]) {
        expect(refused.ok ? '' : `${refused.error.code} ${refused.error.field}`).toBe('CONFLICT condition');
        expect(refused.ok ? '' : refused.error.message).toMatch(/already recorded\. Edit that entry instead\./);
      }

      const list = await doctor.must('familyHistory.list', { patientId });
      expect(list.active.map((entry) => entry.relative)).toEqual(['father', 'maternal-grandmother', 'other']);
      const audit = sqlite()
        .prepare("SELECT detail FROM audit_log WHERE action = 'family-history.add' AND entity_id = ?")
        .get(String(diabetes.id)) as { detail: string };
      expect(audit.detail).toBe('father; E11.9');
    });

    it('edits with the version seen, retires with a reason, keeps every version, guards the chart', async () => {
      const [father] = (await doctor.must('familyHistory.list', { patientId })).active;
      const edited = await doctor.must('familyHistory.update', {
        patientId,
        itemId: father!.id,
        expectedVersion: 1,
        item: { relative: 'father', condition: father!.condition, code: 'E11.9', ageAtOnset: 48, deceased: true },
      });
      expect(edited.version).toBe(2);
      const stale = await nurse.call('familyHistory.update', {
        patientId,
        itemId: father!.id,
        expectedVersion: 1,
        item: { relative: 'father', condition: father!.condition, ageAtOnset: 50 },
      });
      expect(stale.ok ? '' : stale.error.code).toBe('CONFLICT');

      const before = counts();
      const wrongChart = await nurse.call('familyHistory.retire', {
        patientId: otherPatientId,
        itemId: father!.id,
        reason: 'entered in error',
      });
      expect(wrongChart.ok ? '' : wrongChart.error.message).toMatch(/belongs to another patient's chart/);
      expect(counts()).toEqual(before);

      await nurse.must('familyHistory.retire', { patientId, itemId: father!.id, reason: 'entered in error' });
      const list = await nurse.must('familyHistory.list', { patientId });
      expect(list.retired.map((entry) => entry.retiredReason)).toEqual(['entered in error']);
      const history = await nurse.must('familyHistory.history', { patientId, itemId: father!.id });
      expect(history.map((v) => [v.action, v.by])).toEqual([
        ['created', 'Amy Nurse'],
        ['edited', 'Dr. Jun Park'],
        ['retired', 'Amy Nurse'],
      ]);
      expect(history[1]?.changes).toEqual([{ field: 'ageAtOnset', before: '52', after: '48' }]);
      expect(() => sqlite().prepare('DELETE FROM family_history').run()).toThrow(/never deleted/);
    });
  });

  describe('social history', () => {
    it('is empty until the first save, which creates it; later saves name the version they edited', async () => {
      expect(await nurse.must('socialHistory.get', { patientId })).toBeNull();
      expect(await nurse.must('socialHistory.history', { patientId })).toEqual([]);

      const first = await nurse.must('socialHistory.save', {
        patientId,
        expectedVersion: null,
        item: { smokingStatus: '8517006', tobaccoComment: 'Quit 2015, 20 pack-years', occupation: 'Teacher' },
      });
      expect(first).toMatchObject({ version: 1, smokingStatus: '8517006', alcohol: '', occupation: 'Teacher' });

      // A second "first save" means someone else created it meanwhile.
      const before = counts();
      const secondCreate = await doctor.call('socialHistory.save', {
        patientId,
        expectedVersion: null,
        item: { occupation: 'Nurse' },
      });
      expect(secondCreate.ok ? '' : secondCreate.error.code).toBe('CONFLICT');
      expect(secondCreate.ok ? '' : secondCreate.error.message).toMatch(/Someone else recorded this social history/);

      const second = await doctor.must('socialHistory.save', {
        patientId,
        expectedVersion: 1,
        item: {
          smokingStatus: '8517006',
          tobaccoComment: 'Quit 2015, 20 pack-years',
          alcohol: '2 glasses of wine a week',
          occupation: 'Teacher',
          livingSituation: 'Lives with spouse',
        },
      });
      expect(second.version).toBe(2);
      const stale = await nurse.call('socialHistory.save', {
        patientId,
        expectedVersion: 1,
        item: { occupation: 'Retired' },
      });
      expect(stale.ok ? '' : stale.error.code).toBe('CONFLICT');
      expect(counts()).toEqual({ ...before, versions: before.versions + 1, audit: before.audit + 1 });

      expect(await nurse.must('socialHistory.get', { patientId })).toMatchObject({
        version: 2,
        alcohol: '2 glasses of wine a week',
      });
      const history = await nurse.must('socialHistory.history', { patientId });
      expect(history.map((v) => [v.version, v.action, v.by])).toEqual([
        [1, 'created', 'Amy Nurse'],
        [2, 'edited', 'Dr. Jun Park'],
      ]);
      expect(history[1]?.changes).toEqual([
        { field: 'alcohol', before: '', after: '2 glasses of wine a week' },
        { field: 'livingSituation', before: '', after: 'Lives with spouse' },
      ]);
      const audit = sqlite()
        .prepare("SELECT detail FROM audit_log WHERE action = 'social-history.save' ORDER BY id")
        .all() as { detail: string }[];
      expect(audit.map((row) => row.detail)).toEqual(['smoking 8517006', 'v2']);
    });

    it('refuses a smoking status outside the SNOMED CT value set, an empty record, and the wrong chart', async () => {
      const before = counts();
      const badCode = await nurse.call('socialHistory.save', {
        patientId: otherPatientId,
        expectedVersion: null,
        item: { smokingStatus: '12345' as never },
      });
      expect(badCode.ok ? '' : badCode.error.message).toBe('Pick the smoking status from the list.');
      const empty = await nurse.call('socialHistory.save', {
        patientId: otherPatientId,
        expectedVersion: null,
        item: { occupation: '   ' },
      });
      expect(empty.ok ? '' : empty.error.message).toBe(
        'Fill in at least one part of the social history before saving.',
      );
      // The other patient has no record: an edit naming a version finds nothing to edit.
      const noRecord = await nurse.call('socialHistory.save', {
        patientId: otherPatientId,
        expectedVersion: 2,
        item: { occupation: 'Farmer' },
      });
      expect(noRecord.ok ? '' : noRecord.error.code).toBe('NOT_FOUND');
      const missingPatient = await nurse.call('socialHistory.save', {
        patientId: 999_999,
        expectedVersion: null,
        item: { occupation: 'Farmer' },
      });
      expect(missingPatient.ok ? '' : missingPatient.error.code).toBe('NOT_FOUND');
      expect(counts()).toEqual(before);
    });

    it('the front desk cannot read or write histories', async () => {
      const desk = await practice.signIn('front_desk');
      const results = await Promise.all([
        desk.call('socialHistory.get', { patientId }),
        desk.call('familyHistory.list', { patientId }),
        desk.call('socialHistory.save', { patientId, expectedVersion: 2, item: { occupation: 'x' } }),
      ]);
      expect(results.map((r) => (r.ok ? '' : r.error.code))).toEqual(['FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN']);
    });
  });
});
