import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../electron/contract/procedures';
import {
  type Caller,
  createTestPractice,
  localDate,
  registerChartPair,
  type TestPractice,
} from '../../helpers/practice';
import { countRows } from '../../helpers/sentinel';

/** Issue 4, the medication list: RxNorm or uncoded drugs, a numeric dose, dates, stop, review, versions, roles. */

type MedicationItem = InputOf<'medications.add'>['item'];

const lisinopril: MedicationItem = {
  rxcui: '29046',
  name: 'Lisinopril',
  strength: '10 mg',
  doseAmount: '1',
  doseUnit: 'tablet',
  route: 'oral',
  frequency: 'once daily',
  sig: 'Take 1 tablet by mouth every morning',
  quantity: '90 tablets',
  startDate: '2024-01-10',
  prescriber: 'Dr. Jun Park',
  status: 'active',
  comment: 'For blood pressure',
};

describe('medication list', () => {
  let practice: TestPractice;
  let doctor: Caller;
  let nurse: Caller;
  let patientId = 0;
  let otherPatientId = 0;
  const sqlite = () => practice.app.services.vault.store.sqlite;
  const count = (table: string) => countRows(sqlite(), table);
  const lastAudit = () =>
    sqlite().prepare('SELECT action, detail, patient_id AS patientId FROM audit_log ORDER BY id DESC LIMIT 1').get();

  beforeAll(async () => {
    practice = await createTestPractice();
    doctor = await practice.signIn('physician');
    nurse = await practice.signIn('nurse');
    ({ patientId, otherPatientId } = await registerChartPair(doctor));
  });
  afterAll(() => practice.cleanup());

  it('finds drugs by words or RxCUI, single ingredients before combinations', async () => {
    const byWords = await doctor.must('codes.searchRxNorm', { query: 'lisin' });
    expect(byWords[0]).toEqual({ code: '29046', name: 'Lisinopril', combination: false });
    expect(byWords.findIndex((d) => d.combination)).toBeGreaterThan(0);
    const combination = await doctor.must('codes.searchRxNorm', { query: 'amox clav' });
    expect(combination.map((d) => d.name)).toEqual([expect.stringMatching(/amoxicillin.*clavulanate/i)]);
    expect((await doctor.must('codes.searchRxNorm', { query: '6809' }))[0]?.name).toBe('Metformin');
    expect(await doctor.must('codes.searchRxNorm', { query: '  ' })).toEqual([]);
  });

  it('adds a coded drug under its RxNorm name, and a free-text drug as uncoded', async () => {
    const coded = await doctor.must('medications.add', { patientId, item: { ...lisinopril, name: 'lisinopril tabs' } });
    expect(coded).toMatchObject({ rxcui: '29046', name: 'Lisinopril', doseAmount: 1, doseUnit: 'tablet', version: 1 });
    expect(lastAudit()).toEqual({ action: 'medication.add', detail: 'RxNorm 29046; active', patientId });
    const uncoded = await nurse.must('medications.add', {
      patientId,
      item: { name: 'Fish oil', strength: '1000 mg', doseAmount: 0.5, doseUnit: 'capsule', status: 'active' },
    });
    expect(uncoded).toMatchObject({ rxcui: '', name: 'Fish oil', doseAmount: 0.5, route: '' });
    // The typed name is clinical free text: the audit row says only that it was uncoded.
    expect(lastAudit()).toEqual({ action: 'medication.add', detail: 'uncoded; active', patientId });
    const planned = await doctor.must('medications.add', {
      patientId,
      item: { rxcui: '8640', name: 'Prednisone', startDate: localDate(30), status: 'active' },
    });
    expect(planned.startDate).toBe(localDate(30));
    const list = await doctor.must('medications.list', { patientId });
    expect(list.active.map((m) => m.name)).toEqual(['Fish oil', 'Lisinopril', 'Prednisone']);
    expect(list.lastReview).toBeNull();
  });

  const refusals: { case: string; item: MedicationItem; message: RegExp; field: string }[] = [
    {
      case: 'a word for a dose',
      item: { name: 'Aspirin', doseAmount: 'one', doseUnit: 'tablet', status: 'active' },
      message: /^Enter the dose as a number, e\.g\. 1 or 0\.5\.$/,
      field: 'item.doseAmount',
    },
    {
      case: 'a fraction for a dose',
      item: { name: 'Aspirin', doseAmount: '1/2', doseUnit: 'tablet', status: 'active' },
      message: /Enter the dose as a number/,
      field: 'item.doseAmount',
    },
    {
      case: 'a range for a dose',
      item: { name: 'Aspirin', doseAmount: '1-2', doseUnit: 'tablet', status: 'active' },
      message: /Enter the dose as a number/,
      field: 'item.doseAmount',
    },
    {
      case: 'a zero dose',
      item: { name: 'Aspirin', doseAmount: 0, doseUnit: 'tablet', status: 'active' },
      message: /more than 0/,
      field: 'item.doseAmount',
    },
    {
      case: 'a huge dose',
      item: { name: 'Aspirin', doseAmount: 1e9, doseUnit: 'mg', status: 'active' },
      message: /too large/,
      field: 'item.doseAmount',
    },
    {
      case: 'a dose without a unit',
      item: { name: 'Aspirin', doseAmount: '1', status: 'active' },
      message: /Enter the dose unit/,
      field: 'item.doseUnit',
    },
    {
      case: 'a unit without a dose',
      item: { name: 'Aspirin', doseUnit: 'mg', status: 'active' },
      message: /Enter the dose amount/,
      field: 'item.doseAmount',
    },
    {
      case: 'no drug name',
      item: { name: '  ', status: 'active' },
      message: /^Enter the drug name\.$/,
      field: 'item.name',
    },
    {
      case: 'a name with a line break',
      item: { name: 'Asp\nirin', status: 'active' },
      message: /single line/,
      field: 'item.name',
    },
    {
      case: 'directions that are too long',
      item: { name: 'Aspirin', sig: 'x'.repeat(501), status: 'active' },
      message: /too long/,
      field: 'item.sig',
    },
    {
      case: 'an RxCUI that is not a code',
      item: { rxcui: 'abc', name: 'Aspirin', status: 'active' },
      message: /not an RxNorm code/,
      field: 'item.rxcui',
    },
    {
      case: 'an RxCUI not in the list',
      item: { rxcui: '99999999', name: 'Aspirin', status: 'active' },
      message: /not in the drug list/,
      field: 'name',
    },
    {
      case: 'a route not in the list',
      item: { name: 'Aspirin', route: 'by mouth' as never, status: 'active' },
      message: /Pick the route/,
      field: 'item.route',
    },
    {
      case: 'an unknown status',
      item: { name: 'Aspirin', status: 'paused' as never },
      message: /Pick the status/,
      field: 'item.status',
    },
    {
      case: 'a start too far ahead',
      item: { name: 'Aspirin', startDate: localDate(31), status: 'active' },
      message: /more than 30 days away/,
      field: 'item.startDate',
    },
    {
      case: 'a start that is not a date',
      item: { name: 'Aspirin', startDate: 'last week', status: 'active' },
      message: /YYYY-MM-DD/,
      field: 'item.startDate',
    },
    {
      case: 'a start that is not a real date',
      item: { name: 'Aspirin', startDate: '2024-02-30', status: 'active' },
      message: /not a real calendar date/,
      field: 'item.startDate',
    },
    {
      case: 'a stop before the start',
      item: { name: 'Aspirin', startDate: '2024-05-01', stopDate: '2024-04-01', status: 'stopped' },
      message: /before the start date/,
      field: 'item.stopDate',
    },
    {
      case: 'a stopped drug without a stop date',
      item: { name: 'Aspirin', status: 'stopped' },
      message: /Enter the date the medication was stopped/,
      field: 'item.stopDate',
    },
    {
      case: 'a completed drug stopping in the future',
      item: { name: 'Aspirin', stopDate: localDate(5), status: 'completed' },
      message: /stop date is in the future/,
      field: 'item.stopDate',
    },
    {
      case: 'an active drug whose stop date has passed',
      item: { name: 'Aspirin', stopDate: '2024-01-01', status: 'active' },
      message: /has passed/,
      field: 'item.stopDate',
    },
    {
      case: 'the same RxCUI twice on the current list',
      item: { rxcui: '29046', name: 'Lisinopril', status: 'on-hold' },
      message: /Lisinopril 10 mg is already on the current medication list/,
      field: 'name',
    },
    {
      case: 'the same drug typed as free text',
      item: { name: ' LISINOPRIL ', status: 'active' },
      message: /already on the current medication list/,
      field: 'name',
    },
  ];

  it.each(refusals)('refuses $case with a clear message, and saves nothing', async ({ item, message, field }) => {
    const before = { rows: count('medications'), versions: count('chart_item_versions'), audit: count('audit_log') };
    const result = await doctor.call('medications.add', { patientId, item });
    expect(result.ok ? null : { message: result.error.message, field: result.error.field }).toEqual({
      message: expect.stringMatching(message),
      field,
    });
    expect({ rows: count('medications'), versions: count('chart_item_versions'), audit: count('audit_log') }).toEqual(
      before,
    );
  });

  it('stops a medication, allows the drug again once stopped, and refuses restarting a second current entry', async () => {
    const { active } = await doctor.must('medications.list', { patientId });
    const current = active.find((m) => m.name === 'Lisinopril')!;
    const stopped = await doctor.must('medications.update', {
      patientId,
      itemId: current.id,
      expectedVersion: current.version,
      item: { ...lisinopril, status: 'stopped', stopDate: localDate() },
    });
    expect(stopped).toMatchObject({ status: 'stopped', stopDate: localDate(), version: 2 });
    let list = await doctor.must('medications.list', { patientId });
    expect(list.inactive.map((m) => m.name)).toEqual(['Lisinopril']);
    await doctor.must('medications.add', {
      patientId,
      item: { ...lisinopril, strength: '20 mg', startDate: localDate() },
    });
    const restart = await doctor.call('medications.update', {
      patientId,
      itemId: current.id,
      expectedVersion: 2,
      item: { ...lisinopril, status: 'active' },
    });
    expect(restart.ok ? '' : `${restart.error.code}: ${restart.error.message}`).toMatch(
      /^CONFLICT: Lisinopril 20 mg is already on the current medication list/,
    );
    list = await doctor.must('medications.list', { patientId });
    expect(list.active.filter((m) => m.name === 'Lisinopril').map((m) => m.strength)).toEqual(['20 mg']);
    expect(list.inactive.map((m) => [m.name, m.version])).toEqual([['Lisinopril', 2]]);
  });

  it('refuses an edit made on a version someone else already changed', async () => {
    const fishOil = (await doctor.must('medications.list', { patientId })).active.find((m) => m.name === 'Fish oil')!;
    const edit = (comment: string) =>
      doctor.call('medications.update', {
        patientId,
        itemId: fishOil.id,
        expectedVersion: fishOil.version,
        item: { name: 'Fish oil', doseAmount: 1, doseUnit: 'capsule', status: 'active', comment },
      });
    expect((await edit('with food')).ok).toBe(true);
    const stale = await edit('at night');
    expect(stale.ok ? '' : `${stale.error.code}: ${stale.error.message}`).toMatch(/^CONFLICT: Someone else changed/);
    const saved = (await doctor.must('medications.list', { patientId })).active.find((m) => m.name === 'Fish oil');
    expect(saved).toMatchObject({ comment: 'with food', version: 2 });
  });

  it('refuses writes and reads that name another chart, and an unknown patient', async () => {
    const fishOil = (await doctor.must('medications.list', { patientId })).active.find((m) => m.name === 'Fish oil')!;
    const before = count('chart_item_versions');
    const update = await doctor.call('medications.update', {
      patientId: otherPatientId,
      itemId: fishOil.id,
      expectedVersion: fishOil.version,
      item: { name: 'Fish oil', status: 'completed', stopDate: localDate() },
    });
    const retire = await doctor.call('medications.retire', {
      patientId: otherPatientId,
      itemId: fishOil.id,
      reason: 'entered in error',
    });
    const history = await doctor.call('medications.history', { patientId: otherPatientId, itemId: fishOil.id });
    for (const result of [update, retire, history]) {
      expect(result.ok ? '' : `${result.error.code}: ${result.error.message}`).toMatch(
        /^BAD_REQUEST: This medication belongs to another patient's chart; nothing was changed/,
      );
    }
    expect(count('chart_item_versions')).toBe(before);
    const missing = await doctor.call('medications.add', {
      patientId: 999_999,
      item: { name: 'Aspirin', status: 'active' },
    });
    expect(missing.ok ? '' : missing.error.code).toBe('NOT_FOUND');
    expect((await doctor.call('medications.list', { patientId: 999_999 })).ok).toBe(false);
  });

  it('retires with a reason, keeps every version, and never deletes', async () => {
    const prednisone = (await doctor.must('medications.list', { patientId })).active.find(
      (m) => m.name === 'Prednisone',
    )!;
    const noReason = await doctor.call('medications.retire', { patientId, itemId: prednisone.id, reason: ' ' });
    expect(noReason.ok ? '' : noReason.error.message).toBe('Enter the reason.');
    await doctor.must('medications.retire', { patientId, itemId: prednisone.id, reason: 'entered in error' });
    const list = await doctor.must('medications.list', { patientId });
    expect(list.retired.map((m) => [m.name, m.retiredReason])).toEqual([['Prednisone', 'entered in error']]);
    expect(list.active.map((m) => m.name)).not.toContain('Prednisone');
    const edit = await doctor.call('medications.update', {
      patientId,
      itemId: prednisone.id,
      expectedVersion: 2,
      item: { name: 'Prednisone', status: 'active' },
    });
    expect(edit.ok ? '' : edit.error.message).toMatch(/was retired/);

    const lisinoprilId = list.inactive.find((m) => m.name === 'Lisinopril')!.id;
    const history = await doctor.must('medications.history', { patientId, itemId: lisinoprilId });
    expect(history.map((v) => [v.action, v.by])).toEqual([
      ['created', 'Dr. Jun Park'],
      ['edited', 'Dr. Jun Park'],
    ]);
    expect(history[1]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'status', before: 'active', after: 'stopped' },
        { field: 'stopDate', before: '', after: localDate() },
      ]),
    );
    expect(() => sqlite().prepare('DELETE FROM medications').run()).toThrow(/never deleted/);
  });

  it('records "reviewed today" with who and when, append-only and audited', async () => {
    const before = Date.now();
    const list = await nurse.must('medications.markReviewed', { patientId });
    expect(list.lastReview?.by).toBe('Amy Nurse');
    expect(Date.parse(list.lastReview!.at)).toBeGreaterThanOrEqual(before - 1000);
    expect(lastAudit()).toEqual({ action: 'medication.reviewed', detail: `${list.active.length} current`, patientId });
    const later = await doctor.must('medications.markReviewed', { patientId });
    expect(later.lastReview?.by).toBe('Dr. Jun Park');
    expect((await doctor.must('medications.list', { patientId })).lastReview).toEqual(later.lastReview);
    expect(count('medication_reviews')).toBe(2);
    expect(() => sqlite().prepare("UPDATE medication_reviews SET at = '2000-01-01'").run()).toThrow();
    expect(() => sqlite().prepare('DELETE FROM medication_reviews').run()).toThrow();
    const missing = await doctor.call('medications.markReviewed', { patientId: 999_999 });
    expect(missing.ok ? '' : missing.error.code).toBe('NOT_FOUND');
  });

  it('the front desk can neither read nor change the medication list', async () => {
    const desk = await practice.signIn('front_desk');
    const before = count('medication_reviews') + count('medications');
    for (const result of [
      await desk.call('medications.list', { patientId }),
      await desk.call('medications.add', { patientId, item: { name: 'Aspirin', status: 'active' } }),
      await desk.call('medications.markReviewed', { patientId }),
      await desk.call('codes.searchRxNorm', { query: 'aspirin' }),
    ]) {
      expect(result.ok ? '' : result.error.code).toBe('FORBIDDEN');
    }
    expect(count('medication_reviews') + count('medications')).toBe(before);
  });
});
