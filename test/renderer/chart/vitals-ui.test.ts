import { describe, expect, it } from 'vitest';
import { displayUnitsFor, type VitalsDto } from '../../../electron/contract';
import { familyHistoryResolver } from '../../../renderer/src/features/chart/histories/family-history-form';
import { trendGeometry, trendRows, trendSummary } from '../../../renderer/src/features/chart/vitals/trend';
import { shownValue, trendsOf } from '../../../renderer/src/features/chart/vitals/vitals-display';
import {
  emptyVitalsForm,
  typedBmi,
  type VitalsFormValues,
  vitalsResolver,
  vitalsToForm,
} from '../../../renderer/src/features/chart/vitals/vitals-form';

const us = displayUnitsFor('F');
const resolverOptions = { fields: {}, shouldUseNativeValidation: false } as never;

const formWith = (values: Partial<VitalsFormValues>): VitalsFormValues => ({
  ...emptyVitalsForm(us, new Date(Date.now() - 60_000)),
  ...values,
});

const storedSet = (overrides: Partial<VitalsDto>): VitalsDto => ({
  id: 1,
  patientId: 1,
  version: 1,
  retired: false,
  retiredReason: '',
  createdAt: '2026-11-20T09:00:00.000Z',
  updatedAt: '2026-11-20T09:00:00.000Z',
  takenAt: '2026-11-20T09:00:00.000Z',
  systolic: null,
  diastolic: null,
  heartRate: null,
  respiratoryRate: null,
  temperatureC: null,
  spo2: null,
  heightCm: null,
  weightKg: null,
  headCircumferenceCm: null,
  pain: null,
  bmi: null,
  comment: '',
  ...overrides,
});

describe('the vitals form', () => {
  it('turns typed text into the contract input: blanks are "not taken", units as picked', async () => {
    const result = await vitalsResolver(
      formWith({ systolic: '150', diastolic: '95', temperature: '100.4', weight: ' 154.3 ' }),
      undefined,
      resolverOptions,
    );
    expect(result.errors).toEqual({});
    expect(result.values).toMatchObject({
      systolic: 150,
      diastolic: 95,
      heartRate: null,
      temperature: 100.4,
      temperatureUnit: 'F',
      weight: 154.3,
      massUnit: 'lb',
    });
  });

  it('puts an impossible value beside its field with the reason, and an empty set at the root', async () => {
    const impossible = await vitalsResolver(formWith({ systolic: '400', diastolic: '20' }), undefined, resolverOptions);
    expect(impossible.errors.systolic?.message).toBe('Systolic 400 is not possible (20–300 mmHg). Check the reading.');
    const words = await vitalsResolver(formWith({ heartRate: 'fast' }), undefined, resolverOptions);
    expect(words.errors.heartRate?.message).toBe('Enter the heart rate as a number, e.g. 72.');
    const empty = await vitalsResolver(formWith({}), undefined, resolverOptions);
    expect(empty.errors.root?.message).toMatch(/Enter at least one measurement/);
  });

  it('brings a stored set back in the units shown', () => {
    const values = vitalsToForm(storedSet({ temperatureC: 38, heightCm: 170.18, weightKg: 69.989, pain: 0 }), us);
    expect([values.temperature, values.height, values.weight, values.pain, values.heartRate]).toEqual([
      '100.4',
      '67',
      '154.3',
      '0',
      '',
    ]);
  });

  it('shows the BMI while typing, once height and weight are numbers', () => {
    expect(typedBmi({ height: '67', weight: '154.3', lengthUnit: 'in', massUnit: 'lb' })).toBe(24.2);
    expect(typedBmi({ height: '67', weight: '', lengthUnit: 'in', massUnit: 'lb' })).toBeNull();
    expect(typedBmi({ height: 'tall', weight: '70', lengthUnit: 'cm', massUnit: 'kg' })).toBeNull();
  });
});

describe('the family history form', () => {
  it('reads the age as a number and asks for the relative', async () => {
    const ok = await familyHistoryResolver(
      { relative: 'father', condition: 'Gout', code: '', ageAtOnset: '60', deceased: false, comment: '' },
      undefined,
      resolverOptions,
    );
    expect(ok.values).toMatchObject({ relative: 'father', ageAtOnset: 60 });
    const missing = await familyHistoryResolver(
      { relative: '', condition: 'Gout', code: '', ageAtOnset: 'sixty', deceased: false, comment: '' },
      undefined,
      resolverOptions,
    );
    expect(missing.errors.relative?.message).toBe('Pick the relative from the list.');
    expect(missing.errors.ageAtOnset?.message).toBe('Enter the age at onset as a number of years, e.g. 55.');
  });
});

describe('the vitals table and trends', () => {
  it('shows values in the practice units with their flag, judging children by no adult range', () => {
    const set = storedSet({ temperatureC: 38.5, heartRate: 130 });
    expect(shownValue(set, 'temperatureC', us, '1980-01-01')).toEqual({ text: '101.3', unit: '°F', flag: 'high' });
    expect(shownValue(set, 'heartRate', us, '1980-01-01')?.flag).toBe('high');
    expect(shownValue(set, 'heartRate', us, '2025-06-01')?.flag).toBeNull();
    expect(shownValue(set, 'spo2', us, '1980-01-01')).toBeNull();
  });

  it('makes one trend per measure taken, in the units shown, with the normal band converted', () => {
    const sets = [
      storedSet({ id: 2, takenAt: '2026-11-21T09:00:00.000Z', temperatureC: 38, systolic: 150, diastolic: 95 }),
      storedSet({ id: 1, takenAt: '2026-11-20T09:00:00.000Z', temperatureC: 37, systolic: 120, diastolic: 80 }),
    ];
    const trends = trendsOf(sets, us, '1980-01-01');
    expect(trends.map((t) => t.key)).toEqual(['systolic', 'diastolic', 'temperatureC']);
    const temperature = trends.find((t) => t.key === 'temperatureC');
    expect(temperature?.unit).toBe('°F');
    expect(temperature?.normal).toEqual({ low: 96.8, high: 100.2 });
    expect(temperature?.points.map((p) => p.value).sort()).toEqual([100.4, 98.6]);
  });

  it('draws readings by time inside the frame, the band around the normal range, and flags outside it', () => {
    const points = [
      { at: '2026-11-21T09:00:00.000Z', value: 150 },
      { at: '2026-11-20T09:00:00.000Z', value: 120 },
    ];
    const normal = { low: 90, high: 129 };
    const geometry = trendGeometry(points, normal, { width: 320, height: 140, compact: false });
    const [older, newer] = geometry.marks;
    expect(older!.x).toBe(geometry.plot.left);
    expect(newer!.x).toBe(geometry.plot.right);
    expect(newer!.y).toBeLessThan(older!.y);
    expect([older!.flag, newer!.flag]).toEqual([null, 'high']);
    expect(geometry.band!.top).toBeLessThan(geometry.band!.bottom);
    for (const mark of geometry.marks) {
      expect(mark.y).toBeGreaterThanOrEqual(geometry.plot.top);
      expect(mark.y).toBeLessThanOrEqual(geometry.plot.bottom);
    }
    expect(trendRows(points, normal).map((row) => [row.value, row.flag])).toEqual([
      ['120', null],
      ['150', 'high'],
    ]);
  });

  it('says the whole chart in words', () => {
    const summary = trendSummary(
      [
        { at: '2026-11-20T09:00:00.000Z', value: 120 },
        { at: '2026-11-21T09:00:00.000Z', value: 150 },
      ],
      { low: 90, high: 129 },
      'Systolic',
      'mmHg',
    );
    expect(summary).toMatch(/^Systolic trend: 2 readings from .+ to .+\. Latest 150 mmHg, high\./);
    expect(summary).toContain('Range 120 to 150 mmHg. Normal 90 to 129 mmHg.');
    expect(trendSummary([], undefined, 'Pain', '/10')).toBe('Pain trend: no readings.');
  });
});
