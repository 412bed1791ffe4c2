import {
  abnormalFlag,
  ageInYears,
  type DisplayUnits,
  displayUnitsFor,
  inDisplayUnits,
  normalRangeFor,
  type TemperatureUnit,
  type VitalMeasure,
  type VitalsDto,
  vitalDefinitions,
  vitalMeasures,
} from '../../../../../electron/contract';
import type { TrendPoint } from './trend';

export type Flag = 'low' | 'high' | null;

/** One value of a set as the table shows it: "100.4" in "°F", flagged against the normal range. */
export interface ShownValue {
  text: string;
  unit: string;
  flag: Flag;
}

/** The patient's age when the set was taken: adult normal ranges do not apply to children. */
export const ageAtReading = (birthDate: string, takenAt: string): number => ageInYears(birthDate, new Date(takenAt));

export const shownValue = (
  set: VitalsDto,
  key: VitalMeasure,
  units: DisplayUnits,
  birthDate: string,
): ShownValue | null => {
  const stored = set[key];
  if (stored == null) return null;
  const shown = inDisplayUnits(key, stored, units);
  return {
    text: shown.value.toFixed(shown.decimals),
    unit: shown.unit,
    flag: abnormalFlag(key, stored, ageAtReading(birthDate, set.takenAt)),
  };
};

/** The unit a measure is shown in: "°F", "lb", "mmHg". */
export const shownUnit = (key: VitalMeasure, units: DisplayUnits): string => inDisplayUnits(key, 0, units).unit;

/** The normal range in the units shown, for a patient of this age; undefined when none applies. */
export const shownNormal = (key: VitalMeasure, units: DisplayUnits, ageYears: number) => {
  const range = normalRangeFor(key, ageYears);
  if (!range) return undefined;
  return { low: inDisplayUnits(key, range.low, units).value, high: inDisplayUnits(key, range.high, units).value };
};

/** One trend per measure that has readings, oldest reading first, in the units shown. */
export const trendsOf = (sets: readonly VitalsDto[], units: DisplayUnits, birthDate: string) => {
  const age = ageInYears(birthDate);
  return vitalMeasures
    .map((key) => {
      const points: TrendPoint[] = sets
        .filter((set) => set[key] != null)
        .map((set) => ({ at: set.takenAt, value: inDisplayUnits(key, set[key] as number, units).value }));
      return {
        key,
        label: vitalDefinitions[key].label,
        unit: shownUnit(key, units),
        normal: shownNormal(key, units, age),
        points,
      };
    })
    .filter((trend) => trend.points.length > 0);
};

export const unitsForPractice = (temperatureUnit: TemperatureUnit | undefined): DisplayUnits =>
  displayUnitsFor(temperatureUnit ?? 'F');

export const flagWord: Record<Exclude<Flag, null>, string> = { high: 'High', low: 'Low' };
