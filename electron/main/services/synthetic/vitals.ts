import { fromCelsius, fromCm, fromKg, type VitalsFields } from '../../../contract/vitals';
import type { Sex } from './catalog/conditions';
import type { Random } from './random';

/**
 * Vital signs that look like one person's over the years: a height that follows a growth curve and
 * then stays put, a weight that drifts, a blood pressure that rises with age and hypertension.
 * Values are typed as a US clinic types them (°F, inches, pounds, one decimal) and stored through
 * the contract's own conversion, so they read back exactly as typed.
 */

/** Median height (cm) and weight (kg) by age in years, boys then girls (CDC growth charts, rounded). */
const growth: readonly (readonly [age: number, boyCm: number, girlCm: number, boyKg: number, girlKg: number])[] = [
  [0, 50, 49, 3.4, 3.3],
  [0.5, 67.5, 65.7, 7.9, 7.3],
  [1, 76, 74, 9.6, 9],
  [2, 87, 86, 12.5, 12],
  [3, 95, 94, 14.3, 14],
  [4, 102, 101, 16.3, 16],
  [5, 109, 108, 18.4, 18],
  [6, 115, 115, 20.7, 20.3],
  [8, 128, 127, 25.6, 25.8],
  [10, 138, 138, 32, 33],
  [12, 149, 151, 40, 41.5],
  [14, 164, 160, 51, 49.5],
  [16, 173, 162.5, 61, 54],
  [18, 176, 163, 67, 56.5],
];
/** Median head circumference (cm) by age in years, for the first three years. */
const headGrowth: readonly (readonly [number, number])[] = [
  [0, 35],
  [0.25, 40],
  [0.5, 43],
  [1, 46],
  [1.5, 47.5],
  [2, 48.5],
  [3, 49.5],
];

const interpolate = (table: readonly (readonly number[])[], age: number, column: number): number => {
  const clamped = Math.min(Math.max(age, table[0]![0]!), table[table.length - 1]![0]!);
  for (let i = 1; i < table.length; i++) {
    const [a, b] = [table[i - 1]!, table[i]!];
    if (clamped <= b[0]!) return a[column]! + ((b[column]! - a[column]!) * (clamped - a[0]!)) / (b[0]! - a[0]!);
  }
  return table[table.length - 1]![column]!;
};

export interface VitalsBaseline {
  sex: Sex;
  heightZ: number;
  /** Adults: the BMI they keep; children: their weight against the median, as a factor. */
  build: number;
  systolicOffset: number;
  diastolicOffset: number;
  heartRateOffset: number;
}

export const vitalsBaseline = (random: Random, sex: Sex, obese: boolean): VitalsBaseline => ({
  sex,
  heightZ: Math.max(-2.5, Math.min(2.5, random.normal(0, 1))),
  build: obese ? random.normal(34, 3.5) : Math.max(18, random.normal(25.5, 3.5)),
  systolicOffset: random.normal(0, 7),
  diastolicOffset: random.normal(0, 5),
  heartRateOffset: random.normal(0, 6),
});

const one = (value: number) => Math.round(value * 10) / 10;
const whole = (value: number, low: number, high: number) => Math.round(Math.min(high, Math.max(low, value)));

export interface ReadingContext {
  takenAt: string;
  ageYears: number;
  hypertensive: boolean;
  lungDisease: boolean;
  febrile: boolean;
  painful: boolean;
  /** Weight drift in kg since the first visit, carried by the caller. */
  weightDriftKg: number;
  /** Measure height this time (children always; adults now and then). */
  measureHeight: boolean;
}

export const vitalsReading = (random: Random, base: VitalsBaseline, at: ReadingContext): VitalsFields => {
  const age = at.ageYears;
  const column = base.sex === 'female' ? 2 : 1;
  const adultHeight = interpolate(growth, 18, column) + base.heightZ * 7 - Math.max(0, age - 60) * 0.1;
  const heightCm = age >= 18 ? adultHeight : interpolate(growth, age, column) * (1 + base.heightZ * 0.04);
  const weightKg =
    age >= 18
      ? Math.max(38, (base.build * (heightCm / 100) ** 2 + at.weightDriftKg) * (1 + random.normal(0, 0.008)))
      : interpolate(growth, age, column + 2) *
        (base.build > 30 ? 1.3 : base.build / 25.5) *
        (1 + random.normal(0, 0.02));
  const child = age < 18;
  const systolic = child
    ? whole(98 + age + random.normal(0, 7), 80, 135)
    : whole(
        112 + 0.45 * Math.max(0, age - 30) + (at.hypertensive ? 14 : 0) + base.systolicOffset + random.normal(0, 7),
        88,
        205,
      );
  const diastolic = Math.min(
    systolic - 25,
    child
      ? whole(58 + age * 0.6 + random.normal(0, 6), 40, 90)
      : whole(
          72 +
            0.12 * Math.min(30, Math.max(0, age - 30)) -
            0.2 * Math.max(0, age - 65) +
            (at.hypertensive ? 6 : 0) +
            base.diastolicOffset +
            random.normal(0, 5),
          48,
          118,
        ),
  );
  const restingRate = age < 1 ? 135 : age < 3 ? 115 : age < 6 ? 100 : age < 12 ? 88 : 74;
  const temperatureC = at.febrile && random.chance(0.6) ? random.normal(38.4, 0.4) : random.normal(36.8, 0.25);
  const measureBloodPressure = age >= 3;
  const fields: VitalsFields = {
    takenAt: at.takenAt,
    systolic: measureBloodPressure ? systolic : null,
    diastolic: measureBloodPressure ? diastolic : null,
    heartRate: whole(restingRate + base.heartRateOffset + (at.febrile ? 10 : 0) + random.normal(0, 5), 45, 190),
    respiratoryRate: random.chance(0.75)
      ? whole((age < 1 ? 38 : age < 6 ? 26 : age < 12 ? 20 : 15) + random.normal(0, 2), 10, 60)
      : null,
    temperature:
      random.chance(0.7) || at.febrile ? one(fromCelsius(Math.min(40.5, Math.max(35.6, temperatureC)), 'F')) : null,
    temperatureUnit: 'F',
    spo2: random.chance(0.85) ? whole(at.lungDisease ? random.normal(93.5, 1.5) : random.normal(98, 1), 86, 100) : null,
    height: child || at.measureHeight ? one(fromCm(heightCm, 'in')) : null,
    weight: one(fromKg(weightKg, 'lb')),
    headCircumference: age < 3 ? one(fromCm(interpolate(headGrowth, age, 1) * (1 + base.heightZ * 0.02), 'in')) : null,
    lengthUnit: 'in',
    massUnit: 'lb',
    pain: at.painful ? whole(random.normal(5, 1.6), 1, 9) : random.chance(0.5) ? 0 : null,
    comment: '',
  };
  return fields;
};
