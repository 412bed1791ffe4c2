import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../electron/contract/procedures';
import { type Caller, createTestPractice, registerChartPair, type TestPractice } from '../../helpers/practice';

type VitalsItem = InputOf<'vitals.add'>['item'];

const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();

/** A set as a US nurse types it: °F, inches, pounds. */
const usSet = (overrides: Partial<VitalsItem> = {}): VitalsItem => ({
  takenAt: hoursAgo(1),
  temperatureUnit: 'F',
  lengthUnit: 'in',
  massUnit: 'lb',
  ...overrides,
});

/** Issue 4, vitals: impossible values refused with the reason, stored units, BMI, flags, versions. */
describe('vitals', () => {
  let practice: TestPractice;
  let nurse: Caller;
  let patientId = 0;
  let otherPatientId = 0;

  const sqlite = () => practice.app.services.vault.store.sqlite;
  const counts = () => ({
    vitals: (sqlite().prepare('SELECT count(*) AS n FROM vitals').get() as { n: number }).n,
    versions: (
      sqlite().prepare("SELECT count(*) AS n FROM chart_item_versions WHERE kind = 'vitals'").get() as {
        n: number;
      }
    ).n,
    audit: (sqlite().prepare("SELECT count(*) AS n FROM audit_log WHERE action LIKE 'vitals.%'").get() as { n: number })
      .n,
  });

  beforeAll(async () => {
    practice = await createTestPractice();
    nurse = await practice.signIn('nurse');
    ({ patientId, otherPatientId } = await registerChartPair(nurse));
  });
  afterAll(() => practice.cleanup());

  const refusal = async (item: VitalsItem) => {
    const before = counts();
    const result = await nurse.call('vitals.add', { patientId, item });
    expect(counts(), 'nothing written').toEqual(before);
    return result.ok ? { code: 'OK', message: '', field: '' } : { ...result.error, field: result.error.field ?? '' };
  };

  it.each<[string, Partial<VitalsItem>, string, string]>([
    [
      'BP 400/20',
      { systolic: 400, diastolic: 20 },
      'item.systolic',
      'Systolic 400 is not possible (20–300 mmHg). Check the reading.',
    ],
    ['diastolic 5', { systolic: 120, diastolic: 5 }, 'item.diastolic', 'Diastolic 5 is not possible (10–200 mmHg).'],
    [
      'diastolic above systolic',
      { systolic: 80, diastolic: 120 },
      'item.diastolic',
      'Diastolic 120 must be lower than systolic 80. Check the reading.',
    ],
    [
      'diastolic equal to systolic',
      { systolic: 100, diastolic: 100 },
      'item.diastolic',
      'Diastolic 100 must be lower than systolic 100.',
    ],
    ['half a blood pressure', { systolic: 120 }, 'item.diastolic', 'Enter both numbers of the blood pressure'],
    ['heart rate 0', { heartRate: 0 }, 'item.heartRate', 'Heart rate 0 is not possible (20–300/min).'],
    ['heart rate 72.5', { heartRate: 72.5 }, 'item.heartRate', 'Enter the heart rate as a whole number, e.g. 72.'],
    ['respiratory rate 150', { respiratoryRate: 150 }, 'item.respiratoryRate', 'Respiratory rate 150 is not possible'],
    [
      'temp 60 °C',
      { temperature: 60, temperatureUnit: 'C' },
      'item.temperature',
      'Temperature 60 is not possible (25–45 °C). Check the reading.',
    ],
    [
      'temp 140 °F',
      { temperature: 140 },
      'item.temperature',
      'Temperature 140 is not possible (77–113 °F). Check the reading.',
    ],
    ['temp 37 typed as °F', { temperature: 37 }, 'item.temperature', 'Temperature 37 is not possible (77–113 °F).'],
    ['SpO2 101', { spo2: 101 }, 'item.spo2', 'SpO2 101 is not possible (50–100 %). Check the reading.'],
    ['height 300 in', { height: 300 }, 'item.height', 'Height 300 is not possible (7.9–98.4 in).'],
    ['weight 0 lb', { weight: 0 }, 'item.weight', 'Weight 0 is not possible (0.7–992.1 lb).'],
    ['weight 600 kg', { weight: 600, massUnit: 'kg' }, 'item.weight', 'Weight 600 is not possible (0.3–450 kg).'],
    [
      'head circumference 90 cm',
      { headCircumference: 90, lengthUnit: 'cm' },
      'item.headCircumference',
      'Head circumference 90 is not possible (20–70 cm).',
    ],
    ['pain 11', { pain: 11 }, 'item.pain', 'Pain 11 is not possible (0–10). Check the reading.'],
    ['pain -1', { pain: -1 }, 'item.pain', 'Pain -1 is not possible (0–10).'],
    [
      'a height typed in inches with cm picked',
      { height: 67, weight: 70, lengthUnit: 'cm', massUnit: 'kg' },
      'item.height',
      'give a BMI of 155.9, which is not possible (5–150). Check both readings and their units.',
    ],
    ['a weight that is not a number', { weight: Number.NaN }, 'item.weight', 'Enter the weight as a number'],
    ['no measurement at all', { comment: 'patient declined' }, 'item', 'Enter at least one measurement'],
  ])('refuses %s with the reason and writes nothing', async (_label, values, field, message) => {
    const error = await refusal(usSet(values));
    expect(error.code).toBe('BAD_REQUEST');
    expect(error.message).toContain(message);
    expect(error.field).toBe(field);
  });

  it('refuses a time in the future, a time before birth, and a time that is not a time', async () => {
    const future = await refusal(usSet({ heartRate: 70, takenAt: new Date(Date.now() + 3_600_000).toISOString() }));
    expect([future.field, future.message]).toEqual([
      'item.takenAt',
      'The time taken is in the future. Enter when the vitals were taken.',
    ]);
    const beforeBirth = await refusal(usSet({ heartRate: 70, takenAt: '1979-12-31T12:00:00.000Z' }));
    expect([beforeBirth.field, beforeBirth.message]).toEqual([
      'takenAt',
      "The time taken is before the patient's date of birth (1980-03-04). Check the date.",
    ]);
    const notATime = await refusal(usSet({ heartRate: 70, takenAt: 'yesterday' }));
    expect(notATime.message).toBe('Enter when the vitals were taken as a date and time.');
  });

  it('stores °C, cm and kg, computes BMI, and lists sets newest first', async () => {
    const older = await nurse.must('vitals.add', {
      patientId,
      item: usSet({
        takenAt: hoursAgo(48),
        systolic: 150,
        diastolic: 95,
        heartRate: 110,
        respiratoryRate: 16,
        temperature: 100.4,
        spo2: 93,
        height: 67,
        weight: 154.3,
        pain: 4,
        comment: 'after climbing stairs',
      }),
    });
    expect(older).toMatchObject({
      systolic: 150,
      diastolic: 95,
      temperatureC: 38,
      heightCm: 170.18,
      weightKg: 69.989,
      bmi: 24.2,
      pain: 4,
      comment: 'after climbing stairs',
      version: 1,
    });
    const newer = await nurse.must('vitals.add', {
      patientId,
      item: usSet({ takenAt: hoursAgo(2), temperature: 36.6, temperatureUnit: 'C', heartRate: 72 }),
    });
    expect([newer.temperatureC, newer.bmi, newer.heightCm]).toEqual([36.6, null, null]);
    const list = await nurse.must('vitals.list', { patientId });
    expect(list.active.map((set) => set.id)).toEqual([newer.id, older.id]);
    expect(list.retired).toEqual([]);

    // The same minute twice is a double entry, refused beside the time.
    const again = await nurse.call('vitals.add', {
      patientId,
      item: usSet({ takenAt: newer.takenAt, heartRate: 73 }),
    });
    expect(again.ok ? '' : `${again.error.code} ${again.error.field}`).toBe('CONFLICT takenAt');

    const audit = sqlite()
      .prepare("SELECT detail FROM audit_log WHERE action = 'vitals.add' AND entity_id = ?")
      .get(String(older.id)) as { detail: string };
    expect(audit.detail).toBe('systolic,diastolic,heartRate,respiratoryRate,temperatureC,spo2,heightCm,weightKg,pain');
    expect(audit.detail).not.toContain('stairs');
  });

  it('edits with the version the user saw, keeps every version, and retires with a reason', async () => {
    const [latest] = (await nurse.must('vitals.list', { patientId })).active;
    const edited = await nurse.must('vitals.update', {
      patientId,
      itemId: latest!.id,
      expectedVersion: latest!.version,
      item: usSet({ takenAt: latest!.takenAt, temperature: 37.2, temperatureUnit: 'C', heartRate: 76 }),
    });
    expect([edited.version, edited.heartRate]).toEqual([2, 76]);

    const stale = await nurse.call('vitals.update', {
      patientId,
      itemId: latest!.id,
      expectedVersion: latest!.version,
      item: usSet({ takenAt: latest!.takenAt, heartRate: 80 }),
    });
    expect(stale.ok ? '' : stale.error.code).toBe('CONFLICT');

    const impossibleEdit = await nurse.call('vitals.update', {
      patientId,
      itemId: latest!.id,
      expectedVersion: 2,
      item: usSet({ takenAt: latest!.takenAt, spo2: 120 }),
    });
    expect(impossibleEdit.ok ? '' : impossibleEdit.error.message).toMatch(/SpO2 120 is not possible/);

    await nurse.must('vitals.retire', { patientId, itemId: latest!.id, reason: 'entered in error' });
    const list = await nurse.must('vitals.list', { patientId });
    expect(list.retired.map((set) => [set.id, set.retiredReason])).toEqual([[latest!.id, 'entered in error']]);

    const history = await nurse.must('vitals.history', { patientId, itemId: latest!.id });
    expect(history.map((v) => v.action)).toEqual(['created', 'edited', 'retired']);
    expect(history[0]?.by).toBe('Amy Nurse');
    expect(history[1]?.changes).toEqual(
      expect.arrayContaining([
        { field: 'heartRate', before: '72', after: '76' },
        { field: 'temperatureC', before: '36.6', after: '37.2' },
      ]),
    );
    expect(() => sqlite().prepare('DELETE FROM vitals').run()).toThrow(/never deleted/);
  });

  it('refuses a write that names another patient, and writes nothing', async () => {
    const [set] = (await nurse.must('vitals.list', { patientId })).active;
    const before = counts();
    const update = await nurse.call('vitals.update', {
      patientId: otherPatientId,
      itemId: set!.id,
      expectedVersion: set!.version,
      item: usSet({ takenAt: set!.takenAt, heartRate: 60 }),
    });
    const retire = await nurse.call('vitals.retire', {
      patientId: otherPatientId,
      itemId: set!.id,
      reason: 'entered in error',
    });
    const history = await nurse.call('vitals.history', { patientId: otherPatientId, itemId: set!.id });
    for (const result of [update, retire, history]) {
      expect(result.ok ? '' : result.error.message).toMatch(/belongs to another patient's chart/);
    }
    expect(counts()).toEqual(before);
    const missing = await nurse.call('vitals.add', { patientId: 999_999, item: usSet({ heartRate: 60 }) });
    expect(missing.ok ? '' : missing.error.code).toBe('NOT_FOUND');
  });

  it('the front desk can neither read nor record vitals', async () => {
    const desk = await practice.signIn('front_desk');
    const read = await desk.call('vitals.list', { patientId });
    const write = await desk.call('vitals.add', { patientId, item: usSet({ heartRate: 60 }) });
    expect([read.ok ? '' : read.error.code, write.ok ? '' : write.error.code]).toEqual(['FORBIDDEN', 'FORBIDDEN']);
  });

  it('the practice temperature unit is a setting every session carries', async () => {
    const manager = await practice.signIn('office_manager');
    const current = await manager.must('practice.get', {});
    expect(current.temperatureUnit).toBe('F');
    const saved = await manager.must('practice.update', { ...current, temperatureUnit: 'C' });
    expect(saved.temperatureUnit).toBe('C');
    const session = await (await practice.signIn('nurse')).must('auth.session', {});
    expect(session?.temperatureUnit).toBe('C');
    const wrong = await manager.raw('practice.update', { ...current, temperatureUnit: 'K' });
    expect(wrong.ok ? '' : wrong.error.message).toBe('Pick how temperatures are shown: °F or °C.');
    await manager.must('practice.update', { ...current, temperatureUnit: 'F' });
  });
});
