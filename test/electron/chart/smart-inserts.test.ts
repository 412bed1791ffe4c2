import { describe, expect, it } from 'vitest';
import {
  describeAllergies,
  describeMedications,
  describeProblems,
  describeVitals,
} from '../../../electron/main/services/chart/smart-inserts';

/** The words a smart insert puts into a note: every value in the practice's units, nothing blank. */
describe('smart insert text', () => {
  const vitals = {
    id: 1,
    patientId: 1,
    version: 1,
    retired: false,
    retiredReason: '',
    createdAt: '',
    updatedAt: '',
    takenAt: '2026-03-02T09:10:00.000Z',
    systolic: 128,
    diastolic: 82,
    heartRate: 72,
    respiratoryRate: 16,
    temperatureC: 37,
    spo2: 98,
    heightCm: 170,
    weightKg: 80,
    headCircumferenceCm: null,
    pain: 2,
    comment: '',
  };

  it('shows vitals in °F with inches and pounds, or in °C with centimetres and kilograms, with BMI', () => {
    expect(describeVitals(vitals, 'F')).toMatch(
      /^BP 128\/82, HR 72, RR 16, Temp 98\.6 °F, SpO2 98%, Ht 66\.9 in, Wt 176\.4 lb, BMI 27\.7, Pain 2\/10 \(taken \d{4}-\d\d-\d\d \d\d:\d\d\)$/,
    );
    expect(describeVitals(vitals, 'C')).toMatch(/Temp 37 °C, SpO2 98%, Ht 170 cm, Wt 80 kg, BMI 27\.7/);
    expect(describeVitals({ ...vitals, systolic: 120, diastolic: null, heightCm: null }, 'C')).not.toMatch(/BP|Ht|BMI/);
    expect(describeVitals(undefined, 'F')).toBe('No vitals recorded.');
  });

  it('lists medications with their dose, route, frequency and directions', () => {
    expect(
      describeMedications([
        {
          name: 'Metformin',
          strength: '500 mg',
          doseAmount: 2,
          doseUnit: 'tablet',
          route: 'oral',
          frequency: 'twice daily',
          sig: 'with meals',
        },
        { name: 'Insulin glargine', strength: '', doseAmount: null, doseUnit: '', route: '', frequency: '', sig: '' },
      ]),
    ).toBe('- Metformin 500 mg, 2 tablet oral twice daily (with meals)\n- Insulin glargine');
    expect(describeMedications([])).toBe('No active medications.');
  });

  it('tells "no known allergies" apart from allergies never recorded', () => {
    expect(describeAllergies([{ substance: 'Peanut', reaction: '', severity: 'unknown' }], false)).toBe('- Peanut');
    expect(describeAllergies([{ substance: 'Sulfa', reaction: 'Rash', severity: 'mild' }], false)).toBe(
      '- Sulfa (Rash, mild)',
    );
    expect(describeAllergies([], true)).toBe('No known allergies.');
    expect(describeAllergies([], false)).toBe('Allergies not recorded.');
  });

  it('lists problems with their code and onset', () => {
    expect(describeProblems([{ code: 'E11.9', description: 'Type 2 diabetes', onset: '2015-06-01' }])).toBe(
      '- E11.9 Type 2 diabetes (since 2015-06-01)',
    );
    expect(describeProblems([])).toBe('No active problems.');
  });
});
