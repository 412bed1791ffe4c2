import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { smokingStatuses } from '../../../electron/contract/histories';
import {
  abnormalFlag,
  ageInYears,
  bmi,
  displayUnitsFor,
  formatVital,
  fromCelsius,
  fromCm,
  fromKg,
  headCircumferenceApplies,
  implausibility,
  normalRangeFor,
  normalRanges,
  plausibleRanges,
  toCelsius,
  toCm,
  toKg,
  vitalDefinitions,
  vitalKeys,
  vitalMeasures,
  vitalsInputSchema,
} from '../../../electron/contract/vitals';

const codeSet = (file: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '../../../resources/code-sets', file), 'utf8')) as {
    code: string;
    name: string;
  }[];

/** The pure vitals table shared by the renderer, the services and the face sheet. */
describe('vital definitions', () => {
  it('covers every stored value and BMI, each with a LOINC code from the shipped vital-signs list', () => {
    expect([...vitalMeasures].sort()).toEqual([...vitalKeys, 'bmi'].sort());
    const loinc = new Set(codeSet('vital-signs-loinc.json').map((row) => row.code));
    for (const definition of Object.values(vitalDefinitions)) expect(loinc, definition.key).toContain(definition.loinc);
  });

  it('keeps every normal range inside the plausible range', () => {
    for (const { key, plausible, normal } of Object.values(vitalDefinitions)) {
      expect([plausibleRanges[key], normalRanges[key]], key).toEqual([plausible, normal]);
      expect(plausible.low, key).toBeLessThan(plausible.high);
      if (normal) expect([normal.low >= plausible.low, normal.high <= plausible.high], key).toEqual([true, true]);
    }
  });

  it('offers exactly the shipped SNOMED CT smoking status codes', () => {
    const shipped = codeSet('smoking-status.json').map(({ code, name }) => ({ code, name }));
    const offered = smokingStatuses.map(({ code, name }) => ({ code, name }));
    const byCode = (a: { code: string }, b: { code: string }) => a.code.localeCompare(b.code);
    expect([...offered].sort(byCode)).toEqual([...shipped].sort(byCode));
  });
});

describe('unit conversions', () => {
  it.each([96.8, 98.6, 99.1, 100.4, 103.7, 77, 113])('°F %s survives the trip through stored °C', (f) => {
    expect(fromCelsius(toCelsius(f, 'F'), 'F')).toBe(f);
  });
  it.each([36.6, 37, 38.2, 41.9])('°C %s is stored as typed', (c) => {
    expect(toCelsius(c, 'C')).toBe(c);
    expect(fromCelsius(c, 'C')).toBe(c);
  });
  it('converts the landmarks exactly', () => {
    expect([toCelsius(98.6, 'F'), toCelsius(100.4, 'F'), toCelsius(212, 'F')]).toEqual([37, 38, 100]);
    expect([toCm(1, 'in'), toCm(67, 'in'), toKg(1, 'lb'), toKg(154.3, 'lb')]).toEqual([2.54, 170.18, 0.454, 69.989]);
  });
  it.each([7.5, 21.3, 67, 72.5])('%s in survives the trip through stored cm', (inches) => {
    expect(fromCm(toCm(inches, 'in'), 'in')).toBe(inches);
  });
  it.each([0.9, 7.4, 154.3, 310.8])('%s lb survives the trip through stored kg', (lb) => {
    expect(fromKg(toKg(lb, 'lb'), 'lb')).toBe(lb);
  });
  it('shows a stored value in the practice units', () => {
    const us = displayUnitsFor('F');
    const metric = displayUnitsFor('C');
    expect([formatVital('temperatureC', 38, us), formatVital('temperatureC', 38, metric)]).toEqual([
      '100.4 °F',
      '38.0 °C',
    ]);
    expect([formatVital('weightKg', 69.989, us), formatVital('heightCm', 170.18, metric)]).toEqual([
      '154.3 lb',
      '170.2 cm',
    ]);
    expect([formatVital('systolic', 120, us), formatVital('bmi', 24.2, us)]).toEqual(['120 mmHg', '24.2 kg/m²']);
  });
});

describe('BMI', () => {
  it('is weight over height squared, to one decimal, and only with both', () => {
    expect(bmi(170.18, 69.989)).toBe(24.2);
    expect(bmi(180, 100)).toBe(30.9);
    expect(bmi(50, 3.5)).toBe(14);
    expect([bmi(null, 70), bmi(170, null), bmi(undefined, undefined), bmi(0, 70)]).toEqual([null, null, null, null]);
  });
});

describe('abnormal flags', () => {
  it.each<[Parameters<typeof abnormalFlag>[0], number, 'low' | 'high' | null]>([
    ['systolic', 128, null],
    ['systolic', 130, 'high'],
    ['systolic', 85, 'low'],
    ['diastolic', 80, 'high'],
    ['heartRate', 101, 'high'],
    ['heartRate', 59, 'low'],
    ['respiratoryRate', 22, 'high'],
    ['temperatureC', 37.94, null],
    ['temperatureC', 38, 'high'],
    ['temperatureC', 35.4, 'low'],
    ['spo2', 94, 'low'],
    ['spo2', 100, null],
    ['bmi', 31.2, 'high'],
    ['bmi', 17.9, 'low'],
    ['weightKg', 300, null],
    ['pain', 9, null],
  ])('%s %s → %s', (key, value, flag) => {
    expect(abnormalFlag(key, value)).toBe(flag);
  });

  it('flags nothing that was not taken', () => {
    expect([abnormalFlag('systolic', null), abnormalFlag('spo2', undefined)]).toEqual([null, null]);
  });

  it('leaves a child age-dependent values unflagged, but still flags fever and low oxygen', () => {
    expect(normalRangeFor('heartRate', 2)).toBeNull();
    expect(abnormalFlag('heartRate', 130, 2)).toBeNull();
    expect(abnormalFlag('heartRate', 130, 40)).toBe('high');
    expect(abnormalFlag('temperatureC', 38.5, 2)).toBe('high');
    expect(abnormalFlag('spo2', 90, 2)).toBe('low');
  });
});

describe('ages', () => {
  it('counts whole years and offers head circumference under 3', () => {
    const at = new Date(2026, 10, 22);
    expect([ageInYears('2023-11-23', at), ageInYears('2023-11-22', at), ageInYears('1980-03-04', at)]).toEqual([
      2, 3, 46,
    ]);
    expect([headCircumferenceApplies('2024-01-01', at), headCircumferenceApplies('2023-11-22', at)]).toEqual([
      true,
      false,
    ]);
  });
});

describe('plausibility', () => {
  it('explains the reason in the unit that was typed', () => {
    expect(implausibility('systolic', 400, 400, 'mmHg')).toBe(
      'Systolic 400 is not possible (20–300 mmHg). Check the reading.',
    );
    expect(implausibility('temperatureC', 60, 60, '°C')).toBe(
      'Temperature 60 is not possible (25–45 °C). Check the reading.',
    );
    expect(implausibility('temperatureC', toCelsius(140, 'F'), 140, '°F')).toBe(
      'Temperature 140 is not possible (77–113 °F). Check the reading.',
    );
    expect(implausibility('temperatureC', 37, 37, '°C')).toBeNull();
  });

  it('accepts a complete, possible set and refuses a set with nothing measured', () => {
    const ok = vitalsInputSchema.safeParse({
      takenAt: new Date(Date.now() - 60_000).toISOString(),
      systolic: 118,
      diastolic: 76,
      heartRate: 64,
      respiratoryRate: 14,
      temperature: 98.2,
      temperatureUnit: 'F',
      spo2: 99,
      height: 70,
      weight: 180,
      headCircumference: null,
      lengthUnit: 'in',
      massUnit: 'lb',
      pain: 0,
    });
    expect(ok.success).toBe(true);
    const empty = vitalsInputSchema.safeParse({
      takenAt: new Date().toISOString(),
      temperatureUnit: 'F',
      lengthUnit: 'in',
      massUnit: 'lb',
    });
    expect(empty.error?.issues[0]?.message).toMatch(/Enter at least one measurement/);
  });
});
