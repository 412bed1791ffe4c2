import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod';
import {
  bmi,
  type DisplayUnits,
  fromCelsius,
  fromCm,
  fromKg,
  lengthUnits,
  massUnits,
  temperatureUnits,
  toCm,
  toKg,
  type VitalsDto,
  type VitalsFields,
  type VitalsInput,
  vitalsInputSchema,
} from '../../../../../electron/contract';
import { withRootErrors } from '../items/root-errors';

/** The form holds what was typed, as text; the contract's schema decides what it means. */
export interface VitalsFormValues {
  /** A datetime-local value in the workstation's time: "2026-11-22T09:30". */
  takenAt: string;
  systolic: string;
  diastolic: string;
  heartRate: string;
  respiratoryRate: string;
  temperature: string;
  spo2: string;
  height: string;
  weight: string;
  headCircumference: string;
  pain: string;
  comment: string;
  temperatureUnit: DisplayUnits['temperature'];
  lengthUnit: DisplayUnits['length'];
  massUnit: DisplayUnits['mass'];
}

export const measurementFields = [
  'systolic',
  'diastolic',
  'heartRate',
  'respiratoryRate',
  'temperature',
  'spo2',
  'height',
  'weight',
  'headCircumference',
  'pain',
] as const;
export type MeasurementField = (typeof measurementFields)[number];

export const vitalsFormFields = ['takenAt', ...measurementFields, 'comment'] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a datetime-local value, in the workstation's time zone. */
export const toLocalInput = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

/** Blank means "not taken"; anything else must be a number (the contract says so when it is not). */
const asNumber = (typed: string): number | null => {
  const trimmed = typed.trim();
  return trimmed === '' ? null : Number(trimmed);
};

const text = z.string();
export const vitalsFormSchema = z
  .object({
    takenAt: text,
    ...Object.fromEntries(measurementFields.map((field) => [field, text])),
    comment: text,
    temperatureUnit: z.enum(temperatureUnits),
    lengthUnit: z.enum(lengthUnits),
    massUnit: z.enum(massUnits),
  })
  .transform((values): VitalsInput => {
    const form = values as unknown as VitalsFormValues;
    return {
      ...Object.fromEntries(measurementFields.map((field) => [field, asNumber(form[field])])),
      takenAt: form.takenAt,
      comment: form.comment,
      temperatureUnit: form.temperatureUnit,
      lengthUnit: form.lengthUnit,
      massUnit: form.massUnit,
    } as VitalsInput;
  })
  .pipe(vitalsInputSchema);

/** The contract's schema as the form's resolver; "enter at least one measurement" goes to the root error. */
export const vitalsResolver = withRootErrors(
  zodResolver(vitalsFormSchema) as unknown as Resolver<VitalsFormValues, unknown, VitalsFields>,
);

export const emptyVitalsForm = (units: DisplayUnits, now: Date = new Date()): VitalsFormValues => ({
  takenAt: toLocalInput(now),
  ...(Object.fromEntries(measurementFields.map((field) => [field, ''])) as Record<MeasurementField, string>),
  comment: '',
  temperatureUnit: units.temperature,
  lengthUnit: units.length,
  massUnit: units.mass,
});

const shown = (value: number | null, convert: (v: number) => number = (v) => v): string =>
  value == null ? '' : String(convert(value));

/** A recorded set back in the form, in the units shown. */
export const vitalsToForm = (set: VitalsDto, units: DisplayUnits): VitalsFormValues => ({
  takenAt: toLocalInput(new Date(set.takenAt)),
  systolic: shown(set.systolic),
  diastolic: shown(set.diastolic),
  heartRate: shown(set.heartRate),
  respiratoryRate: shown(set.respiratoryRate),
  temperature: shown(set.temperatureC, (c) => fromCelsius(c, units.temperature)),
  spo2: shown(set.spo2),
  height: shown(set.heightCm, (cm) => fromCm(cm, units.length)),
  weight: shown(set.weightKg, (kg) => fromKg(kg, units.mass)),
  headCircumference: shown(set.headCircumferenceCm, (cm) => fromCm(cm, units.length)),
  pain: shown(set.pain),
  comment: set.comment,
  temperatureUnit: units.temperature,
  lengthUnit: units.length,
  massUnit: units.mass,
});

/** The BMI the typed height and weight give, while the nurse types; null until both are numbers. */
export const typedBmi = (values: Pick<VitalsFormValues, 'height' | 'weight' | 'lengthUnit' | 'massUnit'>) => {
  const height = asNumber(values.height);
  const weight = asNumber(values.weight);
  if (height == null || weight == null || !Number.isFinite(height) || !Number.isFinite(weight)) return null;
  return bmi(toCm(height, values.lengthUnit), toKg(weight, values.massUnit));
};
