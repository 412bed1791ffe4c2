import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  createTestPractice,
  registerChartPair,
  staffPasswords,
  type TestPractice,
} from '../../helpers/practice';

/** Issue 4: the face sheet, the chart's first screen, read in one call from what the other sections saved. */
describe('face sheet', () => {
  let practice: TestPractice;
  let doctor: Caller;
  let nurse: Caller;
  let patientId = 0;
  let emptyPatientId = 0;

  beforeAll(async () => {
    practice = await createTestPractice();
    doctor = await practice.signIn('physician');
    nurse = await practice.signIn('nurse');
    ({ patientId, otherPatientId: emptyPatientId } = await registerChartPair(
      doctor,
      {},
      { legalGivenName: 'Empty', legalFamilyName: 'Chart', birthDate: '1990-02-02' },
    ));
  });
  afterAll(() => practice.cleanup());

  it('says plainly when a chart holds nothing yet', async () => {
    const sheet = await doctor.must('chart.faceSheet', { patientId: emptyPatientId });
    expect(sheet).toEqual({
      problems: [],
      medications: [],
      medicationReview: { at: '', by: '' },
      vitals: [],
      labs: [],
      notes: [],
      encounterCount: 0,
      nextAppointment: null,
    });
  });

  it('shows active problems and medications, the vitals newest first, abnormal labs and the last three notes', async () => {
    await doctor.must('problems.add', {
      patientId,
      item: { code: 'I10', description: 'Essential (primary) hypertension', clinicalStatus: 'active' },
    });
    await doctor.must('problems.add', {
      patientId,
      item: { code: 'J45.909', description: 'Unspecified asthma, uncomplicated', clinicalStatus: 'resolved' },
    });
    await doctor.must('medications.add', {
      patientId,
      item: { name: 'Fish oil', doseAmount: 1, doseUnit: 'capsule', frequency: 'daily', status: 'active' },
    });
    await doctor.must('medications.add', {
      patientId,
      item: { name: 'Old cream', status: 'stopped', stopDate: '2020-01-01', startDate: '2019-01-01' },
    });
    await nurse.must('medications.markReviewed', { patientId });
    for (const [takenAt, systolic] of [
      ['2026-01-10T09:00:00.000Z', 150],
      ['2025-06-10T09:00:00.000Z', 128],
    ] as const) {
      await nurse.must('vitals.add', {
        patientId,
        item: { takenAt, systolic, diastolic: 80, temperatureUnit: 'F', lengthUnit: 'in', massUnit: 'lb' },
      });
    }
    await nurse.must('labs.add', {
      patientId,
      item: {
        name: 'Basic metabolic panel',
        collectedAt: '2026-02-01T08:00',
        analytes: [
          { analyte: 'Sodium', value: '140', unit: 'mmol/L', referenceRange: '135-145' },
          { analyte: 'Potassium', value: '5.9', unit: 'mmol/L', referenceRange: '3.5-5.1' },
        ],
      },
    });
    const [provider] = await doctor.must('encounters.providers', {});
    const [template] = await doctor.must('noteTemplates.list', {});
    if (!provider || !template) throw new Error('expected a provider and a template');
    for (const date of ['2025-01-05', '2025-03-05', '2025-05-05', '2025-07-05']) {
      const encounter = await doctor.must('encounters.add', {
        patientId,
        item: { date, providerId: provider.id, type: 'office-visit', reason: `Visit on ${date}` },
      });
      await doctor.must('notes.create', { patientId, encounterId: encounter.id, templateId: template.id });
    }

    const sheet = await doctor.must('chart.faceSheet', { patientId });
    expect(sheet.problems.map((p) => p.code)).toEqual(['I10']);
    expect(sheet.medications).toEqual([
      expect.objectContaining({ name: 'Fish oil', coded: false, dose: '1 capsule', frequency: 'daily' }),
    ]);
    expect(sheet.medicationReview.by).toBe(staffPasswords.nurse.fullName);
    expect(sheet.vitals.map((v) => v.values.systolic)).toEqual([150, 128]);
    expect(sheet.labs).toEqual([
      expect.objectContaining({
        name: 'Basic metabolic panel',
        resultCount: 2,
        abnormal: [{ analyte: 'Potassium', value: '5.9', unit: 'mmol/L', flag: 'H' }],
      }),
    ]);
    expect(sheet.notes.map((n) => n.date)).toEqual(['2025-07-05', '2025-05-05', '2025-03-05']);
    expect(sheet.notes[0]).toMatchObject({ status: 'draft', author: staffPasswords.physician.fullName });
    expect(sheet.encounterCount).toBe(4);
    expect(sheet.nextAppointment).toBeNull();
  });

  it('shows the next visit still on, skipping past and cancelled ones, in the practice zone', async () => {
    const manager = await practice.signIn('office_manager');
    const desk = await practice.signIn('front_desk');
    const practiceNow = await manager.must('practice.get', {});
    await manager.must('practice.update', { ...practiceNow, timeZone: 'America/Chicago' });
    const [provider] = await doctor.must('encounters.providers', {});
    if (!provider) throw new Error('expected a provider');
    const hours = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      kind: 'work' as const,
      start: '07:00',
      end: '19:00',
    }));
    await manager.must('schedule.saveProvider', {
      providerId: provider.id,
      expectedVersion: 0,
      active: true,
      colour: 'blue',
      hours,
    });
    const type = await manager.must('schedule.saveType', {
      typeId: null,
      expectedVersion: null,
      name: 'Annual physical',
      durationMinutes: 30,
      colour: 'green',
      active: true,
      providerIds: [provider.id],
    });
    const today = Temporal.Now.plainDateISO('America/Chicago');
    const book = async (daysAhead: number, start: string) =>
      (
        await desk.must('appointments.book', {
          patientId,
          typeId: type.id,
          slot: {
            providerId: provider.id,
            date: today.add({ days: daysAhead }).toString(),
            start,
            durationMinutes: 30,
          },
        })
      ).appointments[0]!;
    await book(-7, '09:00');
    const cancelled = await book(2, '09:00');
    await desk.must('appointments.cancel', {
      appointmentId: cancelled.id,
      expectedVersion: cancelled.version,
      reason: 'Patient asked',
    });
    const next = await book(5, '14:30');
    await book(9, '08:00');

    const sheet = await doctor.must('chart.faceSheet', { patientId });
    expect(sheet.nextAppointment).toEqual({
      id: next.id,
      date: today.add({ days: 5 }).toString(),
      start: '14:30',
      providerName: provider.fullName,
      typeName: 'Annual physical',
      status: 'scheduled',
    });
    expect((await doctor.must('chart.faceSheet', { patientId: emptyPatientId })).nextAppointment).toBeNull();
  });

  it('is clinical data: the front desk is refused', async () => {
    const desk = await practice.signIn('front_desk');
    const refused = await desk.call('chart.faceSheet', { patientId });
    expect(refused.ok ? '' : refused.error.code).toBe('FORBIDDEN');
  });
});
