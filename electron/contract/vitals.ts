import { z } from 'zod';
import { chartItemShape, chartItemWrites } from './chart-items';
import { text } from './fields';

/**
 * Vital signs (issue 4). One table, `vitalDefinitions`, drives validation, display, highlighting and
 * trends, in the renderer, the services and the face sheet alike. Values are stored in one unit each
 * (°C, cm, kg) and typed and shown in the practice's: temperature in °F or °C (practice setting),
 * height, weight and head circumference in in/lb or cm/kg (picked on the form; in/lb by default in a
 * °F practice, as US clinics weigh and measure).
 */

/** The values a set stores, each in its one stored unit (°C, cm, kg). */
export const vitalKeys = [
  'systolic',
  'diastolic',
  'heartRate',
  'respiratoryRate',
  'temperatureC',
  'spo2',
  'heightCm',
  'weightKg',
  'headCircumferenceCm',
  'pain',
] as const;
export type VitalKey = (typeof vitalKeys)[number];

/** Every value a set can hold, BMI (computed, never stored) included. */
export type VitalMeasure = VitalKey | 'bmi';

export interface Range {
  low: number;
  high: number;
}

export interface VitalDefinition {
  key: VitalMeasure;
  /** As a sentence names it: "Systolic", "Heart rate". */
  label: string;
  /** The stored unit, as shown. */
  unit: string;
  /** LOINC (resources/code-sets/vital-signs-loinc.json). */
  loinc: string;
  /** Digits kept after the point when shown (stored unit); 0 for whole numbers. */
  decimals: number;
  /** Values outside this range cannot be a real reading: refused with the reason. */
  plausible: Range;
  /** Adult reference range; a value outside it is flagged. Null when there is no single normal. */
  normal: Range | null;
  /** True when the normal range is for adults only (children's depend on age and size). */
  adultOnly: boolean;
}

const definitions: VitalDefinition[] = [
  // ACC/AHA 2017: 130/80 and over is hypertension.
  {
    key: 'systolic',
    label: 'Systolic',
    unit: 'mmHg',
    loinc: '8480-6',
    decimals: 0,
    plausible: { low: 20, high: 300 },
    normal: { low: 90, high: 129 },
    adultOnly: true,
  },
  {
    key: 'diastolic',
    label: 'Diastolic',
    unit: 'mmHg',
    loinc: '8462-4',
    decimals: 0,
    plausible: { low: 10, high: 200 },
    normal: { low: 60, high: 79 },
    adultOnly: true,
  },
  {
    key: 'heartRate',
    label: 'Heart rate',
    unit: '/min',
    loinc: '8867-4',
    decimals: 0,
    plausible: { low: 20, high: 300 },
    normal: { low: 60, high: 100 },
    adultOnly: true,
  },
  {
    key: 'respiratoryRate',
    label: 'Respiratory rate',
    unit: '/min',
    loinc: '9279-1',
    decimals: 0,
    plausible: { low: 4, high: 100 },
    normal: { low: 12, high: 20 },
    adultOnly: true,
  },
  // 38.0 °C (100.4 °F) is a fever at any age.
  {
    key: 'temperatureC',
    label: 'Temperature',
    unit: '°C',
    loinc: '8310-5',
    decimals: 1,
    plausible: { low: 25, high: 45 },
    normal: { low: 36, high: 37.9 },
    adultOnly: false,
  },
  {
    key: 'spo2',
    label: 'SpO2',
    unit: '%',
    loinc: '59408-5',
    decimals: 0,
    plausible: { low: 50, high: 100 },
    normal: { low: 95, high: 100 },
    adultOnly: false,
  },
  {
    key: 'heightCm',
    label: 'Height',
    unit: 'cm',
    loinc: '8302-2',
    decimals: 1,
    plausible: { low: 20, high: 250 },
    normal: null,
    adultOnly: false,
  },
  {
    key: 'weightKg',
    label: 'Weight',
    unit: 'kg',
    loinc: '29463-7',
    decimals: 1,
    plausible: { low: 0.3, high: 450 },
    normal: null,
    adultOnly: false,
  },
  {
    key: 'headCircumferenceCm',
    label: 'Head circumference',
    unit: 'cm',
    loinc: '9843-4',
    decimals: 1,
    plausible: { low: 20, high: 70 },
    normal: null,
    adultOnly: false,
  },
  {
    key: 'pain',
    label: 'Pain',
    unit: '/10',
    loinc: '72514-3',
    decimals: 0,
    plausible: { low: 0, high: 10 },
    normal: null,
    adultOnly: false,
  },
  // Computed; the plausible range catches a height typed in inches with "cm" picked.
  {
    key: 'bmi',
    label: 'BMI',
    unit: 'kg/m²',
    loinc: '39156-5',
    decimals: 1,
    plausible: { low: 5, high: 150 },
    normal: { low: 18.5, high: 24.9 },
    adultOnly: true,
  },
];

export const vitalDefinitions: Readonly<Record<VitalMeasure, VitalDefinition>> = Object.fromEntries(
  definitions.map((d) => [d.key, d]),
) as Record<VitalMeasure, VitalDefinition>;

/** Trend and table order: the order a nurse takes them. */
export const vitalMeasures: readonly VitalMeasure[] = definitions.map((d) => d.key);

export const plausibleRanges: Readonly<Record<VitalMeasure, Range>> = Object.fromEntries(
  definitions.map((d) => [d.key, d.plausible]),
) as Record<VitalMeasure, Range>;

export const normalRanges: Readonly<Record<VitalMeasure, Range | null>> = Object.fromEntries(
  definitions.map((d) => [d.key, d.normal]),
) as Record<VitalMeasure, Range | null>;

// ---- Units ---------------------------------------------------------------------------------------

export const temperatureUnits = ['F', 'C'] as const;
export type TemperatureUnit = (typeof temperatureUnits)[number];
export const lengthUnits = ['in', 'cm'] as const;
export type LengthUnit = (typeof lengthUnits)[number];
export const massUnits = ['lb', 'kg'] as const;
export type MassUnit = (typeof massUnits)[number];

export const unitSymbols = { F: '°F', C: '°C', in: 'in', cm: 'cm', lb: 'lb', kg: 'kg' } as const;

const roundTo = (value: number, decimals: number): number => {
  const factor = 10 ** decimals;
  return Math.round(value * factor) / factor;
};

export const fahrenheitToCelsius = (f: number): number => ((f - 32) * 5) / 9;
export const celsiusToFahrenheit = (c: number): number => (c * 9) / 5 + 32;
export const inchesToCm = (inches: number): number => inches * 2.54;
export const cmToInches = (cm: number): number => cm / 2.54;
export const poundsToKg = (lb: number): number => lb * 0.45359237;
export const kgToPounds = (kg: number): number => kg / 0.45359237;

/**
 * Stored precision: enough that a value typed to one decimal in either unit comes back the same
 * (98.6 °F → 37.00 °C → 98.6 °F; 154.3 lb → 69.990 kg → 154.3 lb).
 */
export const toCelsius = (value: number, unit: TemperatureUnit): number =>
  roundTo(unit === 'C' ? value : fahrenheitToCelsius(value), 2);
export const toCm = (value: number, unit: LengthUnit): number => roundTo(unit === 'cm' ? value : inchesToCm(value), 2);
export const toKg = (value: number, unit: MassUnit): number => roundTo(unit === 'kg' ? value : poundsToKg(value), 3);

export const fromCelsius = (celsius: number, unit: TemperatureUnit): number =>
  roundTo(unit === 'C' ? celsius : celsiusToFahrenheit(celsius), 1);
export const fromCm = (cm: number, unit: LengthUnit): number => roundTo(unit === 'cm' ? cm : cmToInches(cm), 1);
export const fromKg = (kg: number, unit: MassUnit): number => roundTo(unit === 'kg' ? kg : kgToPounds(kg), 1);

/** Height and weight units that go with a practice's temperature unit: US customary with °F. */
export const bodyUnitsFor = (temperatureUnit: TemperatureUnit): { length: LengthUnit; mass: MassUnit } =>
  temperatureUnit === 'F' ? { length: 'in', mass: 'lb' } : { length: 'cm', mass: 'kg' };

/** The units a set is shown in. */
export interface DisplayUnits {
  temperature: TemperatureUnit;
  length: LengthUnit;
  mass: MassUnit;
}

export const displayUnitsFor = (temperatureUnit: TemperatureUnit): DisplayUnits => ({
  temperature: temperatureUnit,
  ...bodyUnitsFor(temperatureUnit),
});

/** A stored value in the units shown, with the unit's symbol and the digits that unit needs. */
export const inDisplayUnits = (
  key: VitalMeasure,
  stored: number,
  units: DisplayUnits,
): { value: number; unit: string; decimals: number } => {
  switch (key) {
    case 'temperatureC':
      return { value: fromCelsius(stored, units.temperature), unit: unitSymbols[units.temperature], decimals: 1 };
    case 'heightCm':
    case 'headCircumferenceCm':
      return { value: fromCm(stored, units.length), unit: unitSymbols[units.length], decimals: 1 };
    case 'weightKg':
      return { value: fromKg(stored, units.mass), unit: unitSymbols[units.mass], decimals: 1 };
    default: {
      const definition = vitalDefinitions[key];
      return { value: roundTo(stored, definition.decimals), unit: definition.unit, decimals: definition.decimals };
    }
  }
};

/** "98.6 °F", "120 mmHg", "7 /10". */
export const formatVital = (key: VitalMeasure, stored: number, units: DisplayUnits): string => {
  const shown = inDisplayUnits(key, stored, units);
  return `${shown.value.toFixed(shown.decimals)} ${shown.unit}`;
};

// ---- Computed values and flags -------------------------------------------------------------------

/** Body mass index, kg/m², to one decimal; null unless both are known. */
export const bmi = (heightCm: number | null | undefined, weightKg: number | null | undefined): number | null => {
  if (heightCm == null || weightKg == null || heightCm <= 0) return null;
  const metres = heightCm / 100;
  return roundTo(weightKg / (metres * metres), 1);
};

/** The normal range that applies to a patient of this age; adult ranges do not apply to children. */
export const normalRangeFor = (key: VitalMeasure, ageYears?: number | null): Range | null => {
  const definition = vitalDefinitions[key];
  if (definition.adultOnly && ageYears != null && ageYears < 18) return null;
  return definition.normal;
};

/**
 * 'high' or 'low' when a stored value is outside its normal range (adult defaults; pass the age to
 * leave children's age-dependent values unflagged), compared at the precision shown.
 */
export const abnormalFlag = (
  key: VitalMeasure,
  value: number | null | undefined,
  ageYears?: number | null,
): 'low' | 'high' | null => {
  const range = normalRangeFor(key, ageYears);
  if (value == null || !range) return null;
  const shown = roundTo(value, vitalDefinitions[key].decimals);
  if (shown < range.low) return 'low';
  if (shown > range.high) return 'high';
  return null;
};

/** Whole years from a YYYY-MM-DD birth date to a moment. */
export const ageInYears = (birthDate: string, at: Date = new Date()): number => {
  const [y, m, d] = birthDate.split('-').map(Number) as [number, number, number];
  let age = at.getFullYear() - y;
  if (at.getMonth() + 1 < m || (at.getMonth() + 1 === m && at.getDate() < d)) age -= 1;
  return age;
};

/** Head circumference is measured in the first three years. */
export const headCircumferenceApplies = (birthDate: string, at: Date = new Date()): boolean =>
  ageInYears(birthDate, at) < 3;

// ---- Input ---------------------------------------------------------------------------------------

/** A clock a few minutes fast on another workstation must not refuse a reading taken just now. */
const clockSkewMs = 5 * 60_000;

export const takenAtSchema = z
  .string({ error: 'Enter when the vitals were taken.' })
  .min(1, { error: 'Enter when the vitals were taken.', abort: true })
  .refine((value) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value) && !Number.isNaN(Date.parse(value)), {
    error: 'Enter when the vitals were taken as a date and time.',
    abort: true,
  })
  .refine((value) => Date.parse(value) <= Date.now() + clockSkewMs, {
    error: 'The time taken is in the future. Enter when the vitals were taken.',
  })
  .transform((value) => new Date(value).toISOString());

const example: Record<VitalMeasure, string> = {
  systolic: '120',
  diastolic: '80',
  heartRate: '72',
  respiratoryRate: '16',
  temperatureC: '98.6',
  spo2: '98',
  heightCm: '67',
  weightKg: '154.5',
  headCircumferenceCm: '45.5',
  pain: '3',
  bmi: '24.2',
};

const measurement = (key: VitalMeasure, whole: boolean) => {
  const label = vitalDefinitions[key].label;
  const name = label === 'SpO2' ? label : label.toLowerCase();
  const number = z.number({ error: `Enter the ${name} as a number, e.g. ${example[key]}.` });
  return (whole ? number.int({ error: `Enter the ${name} as a whole number, e.g. ${example[key]}.` }) : number)
    .nullable()
    .default(null);
};

const trimRange = (range: Range, decimals: number) =>
  `${Number(range.low.toFixed(decimals))}–${Number(range.high.toFixed(decimals))}`;

/** The reason a typed value cannot be real, in the unit it was typed in; null when it can. */
export const implausibility = (key: VitalMeasure, stored: number, typed: number, typedUnit: string): string | null => {
  const definition = vitalDefinitions[key];
  const { low, high } = definition.plausible;
  if (stored >= low && stored <= high) return null;
  const convert = (value: number): number => {
    switch (typedUnit) {
      case '°F':
        return celsiusToFahrenheit(value);
      case 'in':
        return cmToInches(value);
      case 'lb':
        return kgToPounds(value);
      default:
        return value;
    }
  };
  const decimals = typedUnit === definition.unit ? definition.decimals : 1;
  const range = trimRange({ low: convert(low), high: convert(high) }, decimals);
  // "0–10" for the pain score, "20–300/min", "20–300 mmHg".
  const unit = typedUnit === '/10' ? '' : typedUnit.startsWith('/') ? typedUnit : ` ${typedUnit}`;
  return `${definition.label} ${typed} is not possible (${range}${unit}). Check the reading.`;
};

export const vitalsInputSchema = z
  .strictObject({
    takenAt: takenAtSchema,
    systolic: measurement('systolic', true),
    diastolic: measurement('diastolic', true),
    heartRate: measurement('heartRate', true),
    respiratoryRate: measurement('respiratoryRate', true),
    /** In `temperatureUnit`, as typed. */
    temperature: measurement('temperatureC', false),
    temperatureUnit: z.enum(temperatureUnits, { error: 'Pick °F or °C for the temperature.' }),
    spo2: measurement('spo2', true),
    /** Height and head circumference in `lengthUnit`, weight in `massUnit`, as typed. */
    height: measurement('heightCm', false),
    weight: measurement('weightKg', false),
    headCircumference: measurement('headCircumferenceCm', false),
    lengthUnit: z.enum(lengthUnits, { error: 'Pick inches or centimetres.' }),
    massUnit: z.enum(massUnits, { error: 'Pick pounds or kilograms.' }),
    pain: measurement('pain', true),
    comment: text('Comment', 1000, { multiline: true })
      .transform((value) => value.trim())
      .default(''),
  })
  .superRefine((input, ctx) => {
    const refuse = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    const checks: [string, VitalMeasure, number | null, number | null, string][] = [
      ['systolic', 'systolic', input.systolic, input.systolic, 'mmHg'],
      ['diastolic', 'diastolic', input.diastolic, input.diastolic, 'mmHg'],
      ['heartRate', 'heartRate', input.heartRate, input.heartRate, '/min'],
      ['respiratoryRate', 'respiratoryRate', input.respiratoryRate, input.respiratoryRate, '/min'],
      [
        'temperature',
        'temperatureC',
        input.temperature,
        input.temperature == null ? null : toCelsius(input.temperature, input.temperatureUnit),
        unitSymbols[input.temperatureUnit],
      ],
      ['spo2', 'spo2', input.spo2, input.spo2, '%'],
      [
        'height',
        'heightCm',
        input.height,
        input.height == null ? null : toCm(input.height, input.lengthUnit),
        input.lengthUnit,
      ],
      [
        'weight',
        'weightKg',
        input.weight,
        input.weight == null ? null : toKg(input.weight, input.massUnit),
        input.massUnit,
      ],
      [
        'headCircumference',
        'headCircumferenceCm',
        input.headCircumference,
        input.headCircumference == null ? null : toCm(input.headCircumference, input.lengthUnit),
        input.lengthUnit,
      ],
      ['pain', 'pain', input.pain, input.pain, '/10'],
    ];
    let anyMeasured = false;
    let allPlausible = true;
    for (const [path, key, typed, stored, unit] of checks) {
      if (typed == null || stored == null) continue;
      anyMeasured = true;
      const reason = implausibility(key, stored, typed, unit);
      if (reason) {
        allPlausible = false;
        refuse(path, reason);
      }
    }
    if (!anyMeasured) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: 'Enter at least one measurement (blood pressure, pulse, temperature, weight, ...).',
      });
      return;
    }
    if ((input.systolic == null) !== (input.diastolic == null)) {
      refuse(
        input.systolic == null ? 'systolic' : 'diastolic',
        `Enter both numbers of the blood pressure (systolic over diastolic, e.g. 120/80).`,
      );
    }
    if (input.systolic != null && input.diastolic != null && input.diastolic >= input.systolic) {
      refuse(
        'diastolic',
        `Diastolic ${input.diastolic} must be lower than systolic ${input.systolic}. Check the reading.`,
      );
    }
    if (allPlausible && input.height != null && input.weight != null) {
      const value = bmi(toCm(input.height, input.lengthUnit), toKg(input.weight, input.massUnit));
      const { low, high } = vitalDefinitions.bmi.plausible;
      if (value != null && (value < low || value > high)) {
        refuse(
          'height',
          `Height ${input.height} ${input.lengthUnit} and weight ${input.weight} ${input.massUnit} give a BMI of ${value}, which is not possible (${low}–${high}). Check both readings and their units.`,
        );
      }
    }
  });
export type VitalsInput = z.input<typeof vitalsInputSchema>;
export type VitalsFields = z.output<typeof vitalsInputSchema>;

/** The stored columns for what was typed: every value in its one stored unit. */
export const vitalsColumns = (input: VitalsFields) => ({
  takenAt: input.takenAt,
  systolic: input.systolic,
  diastolic: input.diastolic,
  heartRate: input.heartRate,
  respiratoryRate: input.respiratoryRate,
  temperatureC: input.temperature == null ? null : toCelsius(input.temperature, input.temperatureUnit),
  spo2: input.spo2,
  heightCm: input.height == null ? null : toCm(input.height, input.lengthUnit),
  weightKg: input.weight == null ? null : toKg(input.weight, input.massUnit),
  headCircumferenceCm: input.headCircumference == null ? null : toCm(input.headCircumference, input.lengthUnit),
  pain: input.pain,
  comment: input.comment,
});

// ---- Output --------------------------------------------------------------------------------------

/** The stored values of a set, as the wire carries them; null when not taken. */
export const storedVitalValues = Object.fromEntries(vitalKeys.map((key) => [key, z.number().nullable()])) as {
  [K in VitalKey]: z.ZodNullable<z.ZodNumber>;
};

export const vitalsSchema = z.object({
  ...chartItemShape,
  takenAt: z.string(),
  ...storedVitalValues,
  /** Computed from this set's height and weight; null unless both were taken. */
  bmi: z.number().nullable(),
  comment: z.string(),
});
export type VitalsDto = z.output<typeof vitalsSchema>;

/** Sets newest first (by time taken); retired ones apart. */
export const vitalsListSchema = z.object({ active: z.array(vitalsSchema), retired: z.array(vitalsSchema) });

export const vitalsWrites = chartItemWrites('Vitals', vitalsInputSchema);

export const vitalsRetireReasons = [
  'entered in error',
  'recorded on the wrong patient',
  'duplicate entry',
  'other',
] as const;
