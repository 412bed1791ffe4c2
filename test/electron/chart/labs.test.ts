import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../electron/contract/procedures';
import { type Caller, createTestPractice, patientInput, type TestPractice } from '../../helpers/practice';

type PanelItem = InputOf<'labs.add'>['item'];

const march = readFileSync(join(import.meta.dirname, '../../fixtures/hl7/cmp-2026-03.hl7'), 'utf8');

const basicPanel = (overrides: Partial<PanelItem> = {}): PanelItem => ({
  name: 'Basic metabolic panel',
  collectedAt: '2025-11-03T08:30',
  orderingProvider: 'Dr. Jun Park',
  performingLab: 'Quest Diagnostics',
  comment: 'Drawn fasting.',
  analytes: [
    { analyte: 'Potassium', value: '5.9', unit: 'mmol/L', referenceRange: '3.5-5.1' },
    { analyte: 'Sodium', value: '133', unit: 'mmol/L', referenceRange: '135 - 145' },
    { analyte: 'Glucose', value: '92', unit: 'mg/dL', referenceRange: '70-99' },
    { analyte: 'Cholesterol, total', value: '240', unit: 'mg/dL', referenceRange: '<200' },
    { analyte: 'HDL cholesterol', value: '35', unit: 'mg/dL', referenceRange: '>40' },
    { analyte: 'Urine hCG', value: 'Positive', referenceRange: 'Negative' },
    { analyte: 'Appearance', value: 'Clear' },
  ],
  ...overrides,
});

/** Issue 4, lab results typed in: computed flags, versions per edit, retire, trends, and every refusal. */
describe('lab results', () => {
  let practice: TestPractice;
  let nurse: Caller;
  let patientId = 0;
  let otherPatientId = 0;
  const sqlite = () => practice.app.services.vault.store.sqlite;
  const rows = () => ({
    panels: (sqlite().prepare('SELECT count(*) AS n FROM lab_panels').get() as { n: number }).n,
    observations: (sqlite().prepare('SELECT count(*) AS n FROM lab_observations').get() as { n: number }).n,
  });

  beforeAll(async () => {
    practice = await createTestPractice();
    nurse = await practice.signIn('nurse');
    const robert = await nurse.must('patients.register', {
      patient: patientInput({
        legalGivenName: 'Robert',
        legalFamilyName: 'Johnson',
        birthDate: '1962-09-15',
        sex: 'male',
      }),
    });
    const other = await nurse.must('patients.register', { patient: patientInput() });
    if (robert.status !== 'registered' || other.status !== 'registered') throw new Error('expected registrations');
    patientId = robert.patient.id;
    otherPatientId = other.patient.id;
  });
  afterAll(() => practice.cleanup());

  it('adds a panel and computes each flag from its reference range', async () => {
    const panel = await nurse.must('labs.add', { patientId, item: basicPanel() });
    expect(panel).toMatchObject({
      version: 1,
      source: 'manual',
      name: 'Basic metabolic panel',
      comment: 'Drawn fasting.',
    });
    expect(panel.observations.map((o) => [o.analyte, o.flag])).toEqual([
      ['Potassium', 'H'],
      ['Sodium', 'L'],
      ['Glucose', ''],
      ['Cholesterol, total', 'H'],
      ['HDL cholesterol', 'L'],
      ['Urine hCG', 'A'],
      ['Appearance', ''],
    ]);
    expect(panel.observations[0]).toMatchObject({
      numericValue: 5.9,
      referenceLow: 3.5,
      referenceHigh: 5.1,
      referenceRange: '3.5-5.1',
      observedAt: '2025-11-03T08:30',
      loinc: '',
    });
    const audit = sqlite()
      .prepare("SELECT detail, patient_id FROM audit_log WHERE action = 'lab.add' ORDER BY id DESC")
      .get();
    expect(audit).toEqual({ detail: 'source=manual', patient_id: patientId });
  });

  it.each([
    ['no results', { analytes: [] }, 'analytes', /Enter at least one result/],
    [
      'more than 50 results',
      { analytes: Array.from({ length: 51 }, (_, i) => ({ analyte: `A${i}`, value: '1' })) },
      'analytes',
      /at most 50 results; split the rest into a second panel/,
    ],
    [
      'the same analyte twice',
      {
        analytes: [
          { analyte: 'Sodium', value: '140' },
          { analyte: 'sodium', value: '141' },
        ],
      },
      'analytes.1.analyte',
      /sodium is entered twice in this panel/,
    ],
    ['no panel name', { name: '  ' }, 'name', /Enter the panel name/],
    ['no analyte name', { analytes: [{ analyte: '', value: '1' }] }, 'analytes.0.analyte', /Enter the analyte/],
    ['no value', { analytes: [{ analyte: 'Sodium', value: ' ' }] }, 'analytes.0.value', /Enter the value/],
    ['a collection date in the future', { collectedAt: '2999-01-01' }, 'collectedAt', /in the future/],
    ['a collection date not written as a date', { collectedAt: '11/03/2025' }, 'collectedAt', /YYYY-MM-DD/],
    ['a date that does not exist', { collectedAt: '2025-02-30T08:00' }, 'collectedAt', /not a real calendar date/],
    ['an hour that does not exist', { collectedAt: '2025-02-03T25:00' }, 'collectedAt', /YYYY-MM-DD/],
    ['no collection date', { collectedAt: '' }, 'collectedAt', /Enter the date the specimen was collected/],
    [
      'a control character in a name',
      { analytes: [{ analyte: 'Sod\u0007ium', value: '140' }] },
      'analytes.0.analyte',
      /single line/,
    ],
    [
      'a unit that is too long',
      { analytes: [{ analyte: 'Na', value: '1', unit: 'x'.repeat(41) }] },
      'analytes.0.unit',
      /under 40/,
    ],
  ])('refuses %s with a clear message and writes nothing', async (_case, overrides, field, message) => {
    const before = rows();
    const result = await nurse.call('labs.add', { patientId, item: basicPanel(overrides as Partial<PanelItem>) });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe('BAD_REQUEST');
      expect(result.error.field).toBe(`item.${field}`);
      expect(result.error.message).toMatch(message);
    }
    expect(rows()).toEqual(before);
  });

  it('refuses the same panel at the same collection time twice', async () => {
    const twice = await nurse.call('labs.add', { patientId, item: basicPanel() });
    expect(twice.ok ? '' : `${twice.error.code} ${twice.error.field} ${twice.error.message}`).toBe(
      'CONFLICT name A Basic metabolic panel collected at 2025-11-03 08:30 is already on this chart. Edit that panel instead.',
    );
  });

  it('an edit saves a new version of the results and keeps the old ones; stale and wrong-chart edits are refused', async () => {
    const [panel] = (await nurse.must('labs.list', { patientId })).active;
    const edited = basicPanel({
      analytes: [
        { analyte: 'Potassium', value: '4.9', unit: 'mmol/L', referenceRange: '3.5-5.1' },
        { analyte: 'Sodium', value: '133', unit: 'mmol/L', referenceRange: '135 - 145' },
        { analyte: 'Chloride', value: '101', unit: 'mmol/L', referenceRange: '98-107' },
      ],
    });
    const saved = await nurse.must('labs.update', {
      patientId,
      itemId: panel!.id,
      expectedVersion: 1,
      item: edited,
    });
    expect(saved.version).toBe(2);
    expect(saved.observations.map((o) => `${o.analyte}=${o.value}${o.flag}`)).toEqual([
      'Potassium=4.9',
      'Sodium=133L',
      'Chloride=101',
    ]);
    const stored = sqlite()
      .prepare(
        'SELECT panel_version AS version, count(*) AS n FROM lab_observations WHERE panel_id = ? GROUP BY panel_version',
      )
      .all(panel!.id);
    expect(stored).toEqual([
      { version: 1, n: 7 },
      { version: 2, n: 3 },
    ]);
    const stale = await nurse.call('labs.update', { patientId, itemId: panel!.id, expectedVersion: 1, item: edited });
    expect(stale.ok ? '' : `${stale.error.code} ${stale.error.message}`).toMatch(
      /^CONFLICT Someone else changed this lab panel/,
    );
    const wrongChart = await nurse.call('labs.update', {
      patientId: otherPatientId,
      itemId: panel!.id,
      expectedVersion: 2,
      item: edited,
    });
    expect(wrongChart.ok ? '' : `${wrongChart.error.code} ${wrongChart.error.message}`).toMatch(
      /^BAD_REQUEST This lab panel belongs to another patient's chart; nothing was changed/,
    );
    expect(sqlite().prepare('SELECT count(*) AS n FROM lab_observations WHERE panel_id = ?').get(panel!.id)).toEqual({
      n: 10,
    });

    const history = await nurse.must('labs.history', { patientId, itemId: panel!.id });
    expect(history.map((v) => v.action)).toEqual(['created', 'edited']);
    expect(history[1]!.changes).toEqual([
      { field: 'Potassium', before: '5.9 mmol/L (High)', after: '4.9 mmol/L' },
      { field: 'Glucose', before: '92 mg/dL', after: '' },
      { field: 'Cholesterol, total', before: '240 mg/dL (High)', after: '' },
      { field: 'HDL cholesterol', before: '35 mg/dL (Low)', after: '' },
      { field: 'Urine hCG', before: 'Positive (Abnormal)', after: '' },
      { field: 'Appearance', before: 'Clear', after: '' },
      { field: 'Chloride', before: '', after: '101 mmol/L' },
    ]);
  });

  it('trends an analyte across typed-in and imported panels, by name or LOINC, oldest first', async () => {
    await nurse.must('labs.confirmImport', { fileName: 'cmp.hl7', content: march, patientId });
    const serum = march
      .replace('LC20260310-000117', 'LC-SERUM')
      .replaceAll('202603100815', '202604010900')
      .replace('2823-3^Potassium^LN||5.4', '2823-3^Potassium, serum^LN||3.3')
      .replace('|3.5-5.2|H|', '|3.5-5.2||');
    await nurse.must('labs.confirmImport', { fileName: 'serum.hl7', content: serum, patientId });
    const trend = await nurse.must('labs.trend', { patientId, analyte: 'potassium' });
    expect(trend.analyte).toBe('Potassium');
    expect(trend.points.map((p) => [p.observedAt, p.value, p.unit, p.flag, p.referenceRange])).toEqual([
      ['2025-11-03T08:30', '4.9', 'mmol/L', '', '3.5-5.1'],
      ['2026-03-10T08:15', '5.4', 'mmol/L', 'H', '3.5-5.2'],
      ['2026-04-01T09:00', '3.3', 'mmol/L', 'L', '3.5-5.2'],
    ]);
    expect(trend.points[1]).toMatchObject({
      panelName: 'Comprehensive metabolic panel',
      referenceLow: 3.5,
      referenceHigh: 5.2,
    });
    const none = await nurse.must('labs.trend', { patientId, analyte: 'Ferritin' });
    expect(none).toEqual({ analyte: 'Ferritin', points: [] });
  });

  it('lists panels newest first; imported panels cannot be edited by hand', async () => {
    const { active } = await nurse.must('labs.list', { patientId });
    expect(active.map((p) => [p.collectedAt, p.source])).toEqual([
      ['2026-04-01T09:00', 'hl7'],
      ['2026-03-10T08:15', 'hl7'],
      ['2025-11-03T08:30', 'manual'],
    ]);
    const imported = active[0]!;
    const refused = await nurse.call('labs.update', {
      patientId,
      itemId: imported.id,
      expectedVersion: imported.version,
      item: basicPanel(),
    });
    expect(refused.ok ? '' : `${refused.error.code} ${refused.error.message}`).toMatch(
      /^CONFLICT Results imported from a lab file stay as the lab sent them/,
    );
  });

  it('retiring needs a reason, keeps the results, and leaves the panel out of trends', async () => {
    const { active } = await nurse.must('labs.list', { patientId });
    const serum = active[0]!;
    const noReason = await nurse.call('labs.retire', { patientId, itemId: serum.id, reason: ' ' });
    expect(noReason.ok ? '' : noReason.error.message).toMatch(/Enter the reason/);
    const wrongChart = await nurse.call('labs.retire', { patientId: otherPatientId, itemId: serum.id, reason: 'x' });
    expect(wrongChart.ok ? '' : wrongChart.error.code).toBe('BAD_REQUEST');
    const retired = await nurse.must('labs.retire', { patientId, itemId: serum.id, reason: 'entered in error' });
    expect(retired).toMatchObject({ retired: true, retiredReason: 'entered in error', version: 2 });
    expect(retired.observations).toHaveLength(15);
    const list = await nurse.must('labs.list', { patientId });
    expect([list.active.length, list.retired.map((p) => p.id)]).toEqual([2, [serum.id]]);
    const trend = await nurse.must('labs.trend', { patientId, analyte: 'Potassium' });
    expect(trend.points.map((p) => p.value)).toEqual(['4.9', '5.4']);
    const history = await nurse.must('labs.history', { patientId, itemId: serum.id });
    expect(history.map((v) => [v.action, v.reason])).toEqual([
      ['created', ''],
      ['retired', 'entered in error'],
    ]);
    expect(() => sqlite().prepare('DELETE FROM lab_panels').run()).toThrow(/never deleted/);
    expect(() => sqlite().prepare('DELETE FROM lab_observations').run()).toThrow(/never deleted/);
    expect(() => sqlite().prepare("UPDATE lab_observations SET value = '1'").run()).toThrow(/never changed in place/);
  });

  it('refuses reads for a patient who does not exist, and the front desk entirely', async () => {
    const missing = await nurse.call('labs.trend', { patientId: 999_999, analyte: 'Potassium' });
    expect(missing.ok ? '' : missing.error.code).toBe('NOT_FOUND');
    const desk = await practice.signIn('front_desk');
    for (const result of [
      await desk.call('labs.list', { patientId }),
      await desk.call('labs.trend', { patientId, analyte: 'Potassium' }),
      await desk.call('labs.add', { patientId, item: basicPanel({ name: 'Desk panel' }) }),
    ]) {
      expect(result.ok ? '' : result.error.code).toBe('FORBIDDEN');
    }
  });
});
