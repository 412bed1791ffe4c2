import type { Observation, Quantity, Reference } from '@medplum/fhirtypes';
import { bmi, type VitalKey, type VitalMeasure, vitalDefinitions, vitalKeys } from '../../../../contract/vitals';
import type { ChartRows } from './chart-rows';
import { type ExportEntry, entryOf, lastUpdated, type MappingContext, present, referenceTo } from './context';
import { systems } from './systems';

type VitalsRow = ChartRows['vitals'][number];

/** The UCUM code of each stored unit (the units in vitalDefinitions are for reading, not for machines). */
const ucum: Record<VitalMeasure, string> = {
  systolic: 'mm[Hg]',
  diastolic: 'mm[Hg]',
  heartRate: '/min',
  respiratoryRate: '/min',
  temperatureC: 'Cel',
  spo2: '%',
  heightCm: 'cm',
  weightKg: 'kg',
  headCircumferenceCm: 'cm',
  pain: '{score}',
  bmi: 'kg/m2',
};

/** Measures exported one Observation each; systolic and diastolic go together as the blood pressure panel. */
const singleMeasures: readonly VitalKey[] = vitalKeys.filter((key) => key !== 'systolic' && key !== 'diastolic');

const vitalSignsCategory = [
  { coding: [{ system: systems.observationCategory, code: 'vital-signs', display: 'Vital Signs' }] },
];

const loincConcept = (code: string, display: string) => ({
  coding: [{ system: systems.loinc, code, display }],
  text: display,
});

const quantity = (measure: VitalMeasure, value: number): Quantity => ({
  value,
  unit: vitalDefinitions[measure].unit,
  system: systems.ucum,
  code: ucum[measure],
});

/**
 * One set of vital signs as the FHIR vital-signs profile shapes it: a panel (LOINC 85353-1) whose
 * members are one Observation per reading, blood pressure as its own panel (85354-9) with systolic and
 * diastolic components, and BMI (computed from height and weight, never stored) derived from them.
 * Values are the stored metric ones, with UCUM units.
 */
const vitalsSetEntries = (set: VitalsRow, context: MappingContext): ExportEntry[] => {
  const common = {
    resourceType: 'Observation' as const,
    meta: lastUpdated(set.updatedAt),
    status: 'final' as const,
    category: vitalSignsCategory,
    subject: context.patient,
    effectiveDateTime: set.takenAt,
  };
  const members: ExportEntry[] = [];
  const member = (measure: string, resource: Observation) =>
    members.push(entryOf(context, `vitals-${measure}`, set.id, resource));

  if (set.systolic !== null || set.diastolic !== null) {
    member('bloodPressure', {
      ...common,
      code: loincConcept('85354-9', 'Blood pressure panel with all children optional'),
      component: (['systolic', 'diastolic'] as const).flatMap((key) => {
        const value = set[key];
        const definition = vitalDefinitions[key];
        return value === null
          ? []
          : [
              {
                code: loincConcept(definition.loinc, `${definition.label} blood pressure`),
                valueQuantity: quantity(key, value),
              },
            ];
      }),
    });
  }
  for (const key of singleMeasures) {
    const value = set[key];
    if (value === null) continue;
    const definition = vitalDefinitions[key];
    member(key, {
      ...common,
      code: loincConcept(definition.loinc, definition.label),
      valueQuantity: quantity(key, value),
    });
  }
  const bodyMassIndex = bmi(set.heightCm, set.weightKg);
  if (bodyMassIndex !== null) {
    member('bmi', {
      ...common,
      code: loincConcept(vitalDefinitions.bmi.loinc, vitalDefinitions.bmi.label),
      valueQuantity: quantity('bmi', bodyMassIndex),
      derivedFrom: [
        referenceTo<Observation>(context, 'vitals-heightCm', set.id),
        referenceTo<Observation>(context, 'vitals-weightKg', set.id),
      ],
    });
  }
  const panel: Observation = {
    ...common,
    code: loincConcept('85353-1', 'Vital signs, weight, height, head circumference, oxygen saturation and BMI panel'),
    hasMember: members.map((entry) => ({ reference: entry.fullUrl }) as Reference<Observation>),
    ...(present(set.comment) ? { note: [{ text: set.comment }] } : {}),
  };
  return [entryOf(context, 'vitals-panel', set.id, panel), ...members];
};

export const vitalsEntries = (rows: ChartRows, context: MappingContext): ExportEntry[] =>
  rows.vitals.flatMap((set) => vitalsSetEntries(set, context));
