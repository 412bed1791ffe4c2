import type { DiagnosticReport, Observation, ObservationReferenceRange, Quantity } from '@medplum/fhirtypes';
import {
  computeFlag,
  type LabFlag,
  labFlags,
  labNumericValue,
  parseReferenceRange,
} from '../../../../contract/lab-ranges';
import {
  type LabObservationDto,
  type LabPanelFields,
  labPanelInputSchema,
  maxAnalytesPerPanel,
} from '../../../../contract/labs';
import {
  fahrenheitToCelsius,
  inchesToCm,
  poundsToKg,
  type VitalKey,
  type VitalsFields,
  vitalDefinitions,
  vitalKeys,
  vitalsInputSchema,
} from '../../../../contract/vitals';
import { systems } from '../fhir/systems';
import type { BundleEntry } from './bundle';
import { codingIn, conceptText, localDateTime, notesText, quantityValue, validated } from './values';

const bloodPressurePanel = '85354-9';
const vitalSignsPanel = '85353-1';
const bmiCode = vitalDefinitions.bmi.loinc;
const vitalByLoinc = new Map<string, VitalKey>(vitalKeys.map((key) => [vitalDefinitions[key].loinc, key]));
const wholeNumbers = new Set<VitalKey>(['systolic', 'diastolic', 'heartRate', 'respiratoryRate', 'spo2', 'pain']);

/** A reading in the vital's stored unit (°C, cm, kg), from the UCUM or printed unit it arrived in; null if the unit is unknown. */
const inStoredUnit = (key: VitalKey, quantity: Quantity): number | null => {
  const value = quantityValue(quantity);
  if (value === null) return null;
  const unit = (quantity.code ?? quantity.unit ?? '').replace(/\s/g, '');
  switch (key) {
    case 'temperatureC':
      if (['Cel', '°C', 'C', 'degC'].includes(unit)) return value;
      if (['[degF]', '°F', 'F', 'degF'].includes(unit)) return fahrenheitToCelsius(value);
      return null;
    case 'heightCm':
    case 'headCircumferenceCm':
      if (unit === 'cm') return value;
      if (unit === 'm') return value * 100;
      if (['[in_i]', 'in', '[in_us]'].includes(unit)) return inchesToCm(value);
      return null;
    case 'weightKg':
      if (unit === 'kg') return value;
      if (unit === 'g') return value / 1000;
      if (['[lb_av]', 'lb', 'lbs'].includes(unit)) return poundsToKg(value);
      return null;
    default:
      return wholeNumbers.has(key) ? Math.round(value) : value;
  }
};

/**
 * Vital-sign Observations → vitals sets, one per time taken (Chartroom's export writes a 85353-1 panel
 * with one member per reading and blood pressure as a 85354-9 panel with components; Synthea writes
 * loose observations at one time). Values are converted to the stored unit and checked by the vitals
 * form's own schema; BMI is left out because Chartroom computes it from height and weight.
 */
export const vitalsFrom = (
  observations: { entry: BundleEntry; observation: Observation }[],
  skip: (reason: string) => void,
): { fields: VitalsFields; entry: BundleEntry }[] => {
  type Reading = { values: Partial<Record<VitalKey, number>>; comment: string[]; entry: BundleEntry };
  const sets = new Map<string, Reading>();
  const setAt = (takenAt: string, entry: BundleEntry): Reading => {
    const existing = sets.get(takenAt);
    if (existing) return existing;
    const created: Reading = { values: {}, comment: [], entry };
    sets.set(takenAt, created);
    return created;
  };
  for (const { entry, observation } of observations) {
    const takenAt = observation.effectiveDateTime ?? observation.effectivePeriod?.start ?? observation.issued;
    const loinc = codingIn(observation.code, systems.loinc)?.code ?? '';
    if (!takenAt) {
      skip('Observation (vital sign without a time)');
      continue;
    }
    if (loinc === vitalSignsPanel) {
      setAt(takenAt, entry).comment.push(...notesText(observation.note));
      continue;
    }
    if (loinc === bmiCode) continue;
    const readings: [string, Quantity | undefined][] =
      loinc === bloodPressurePanel
        ? (observation.component ?? []).map((component) => [
            codingIn(component.code, systems.loinc)?.code ?? '',
            component.valueQuantity,
          ])
        : [[loinc, observation.valueQuantity]];
    for (const [code, quantity] of readings) {
      const key = vitalByLoinc.get(code);
      const value = key && quantity ? inStoredUnit(key, quantity) : null;
      if (!key || value === null) {
        skip(`Observation (vital sign ${conceptText(observation.code) || code || 'without a code'})`);
        continue;
      }
      setAt(takenAt, entry).values[key] = value;
    }
  }
  return [...sets.entries()]
    .filter(([, set]) => Object.keys(set.values).length > 0)
    .map(([takenAt, set]) => ({
      entry: set.entry,
      fields: validated(
        vitalsInputSchema,
        {
          takenAt,
          systolic: set.values.systolic ?? null,
          diastolic: set.values.diastolic ?? null,
          heartRate: set.values.heartRate ?? null,
          respiratoryRate: set.values.respiratoryRate ?? null,
          temperature: set.values.temperatureC ?? null,
          temperatureUnit: 'C',
          spo2: set.values.spo2 ?? null,
          height: set.values.heightCm ?? null,
          weight: set.values.weightKg ?? null,
          headCircumference: set.values.headCircumferenceCm ?? null,
          lengthUnit: 'cm',
          massUnit: 'kg',
          pain: set.values.pain ?? null,
          comment: set.comment.join(' '),
        },
        set.entry,
      ),
    }));
};

/** "3.5-5.1", "<200", ">40" or the words the lab wrote, as the lab form takes a range. */
const rangeText = (range: ObservationReferenceRange | undefined): string => {
  if (!range) return '';
  if (range.text?.trim()) return range.text.trim();
  const low = quantityValue(range.low);
  const high = quantityValue(range.high);
  if (low !== null && high !== null) return `${low}-${high}`;
  if (high !== null) return `<${high}`;
  if (low !== null) return `>${low}`;
  return '';
};

const valueText = (observation: Observation): string => {
  const quantity = quantityValue(observation.valueQuantity);
  if (quantity !== null) return `${observation.valueQuantity?.comparator ?? ''}${quantity}`;
  if (observation.valueString !== undefined) return observation.valueString.trim();
  if (observation.valueCodeableConcept) return conceptText(observation.valueCodeableConcept);
  if (observation.valueInteger !== undefined) return String(observation.valueInteger);
  if (observation.valueBoolean !== undefined) return observation.valueBoolean ? 'Positive' : 'Negative';
  return '';
};

export interface ImportedPanel {
  entry: BundleEntry;
  fields: LabPanelFields;
  /** Per analyte, what the form does not carry: its LOINC, the lab's own flag and comment. */
  results: LabObservationDto[];
  accession: string;
}

/**
 * Laboratory Observations → lab panels: one per DiagnosticReport (its name, collection time, lab and
 * interpreter, as Chartroom's export writes them), and the results no report claims grouped by their
 * collection time. Each panel is checked by the lab form's schema; the lab's own flag is kept when it
 * sent one, else computed from the range as for typed-in results.
 */
export const labPanelsFrom = (
  reports: { entry: BundleEntry; report: DiagnosticReport; results: Observation[] }[],
  looseResults: { entry: BundleEntry; observation: Observation }[],
  zone: string,
  skip: (reason: string) => void,
): ImportedPanel[] => {
  const groups: {
    entry: BundleEntry;
    name: string;
    at: string | undefined;
    report?: DiagnosticReport;
    results: Observation[];
  }[] = reports.map(({ entry, report, results }) => ({
    entry,
    name: conceptText(report.code),
    at: report.effectiveDateTime ?? report.effectivePeriod?.start ?? results[0]?.effectiveDateTime ?? report.issued,
    report,
    results,
  }));
  const byTime = new Map<string, (typeof groups)[number]>();
  for (const { entry, observation } of looseResults) {
    const at = observation.effectiveDateTime ?? observation.effectivePeriod?.start ?? observation.issued ?? '';
    const group = byTime.get(at) ?? { entry, name: '', at, results: [] };
    group.results.push(observation);
    byTime.set(at, group);
  }
  groups.push(...byTime.values());

  const panels: ImportedPanel[] = [];
  for (const group of groups) {
    const collectedAt = localDateTime(group.at, zone);
    const withValues = group.results.filter((observation) => {
      const keep = valueText(observation) !== '' && conceptText(observation.code) !== '';
      if (!keep) skip('Observation (lab result without a value)');
      return keep;
    });
    if (withValues.length === 0) continue;
    for (let start = 0; start < withValues.length; start += maxAnalytesPerPanel) {
      const chunk = withValues.slice(start, start + maxAnalytesPerPanel);
      const name =
        group.name ||
        (chunk.length === 1 ? conceptText(chunk[0]?.code) : `Lab results ${collectedAt?.slice(0, 10) ?? ''}`.trim());
      const fields = validated(
        labPanelInputSchema,
        {
          name,
          collectedAt: collectedAt ?? '',
          orderingProvider: group.report?.resultsInterpreter?.[0]?.display ?? '',
          performingLab: group.report?.performer?.[0]?.display ?? '',
          comment: group.report?.conclusion ?? '',
          analytes: chunk.map((observation) => ({
            analyte: conceptText(observation.code),
            value: valueText(observation),
            unit: observation.valueQuantity?.unit ?? observation.valueQuantity?.code ?? '',
            referenceRange: rangeText(observation.referenceRange?.[0]),
          })),
        },
        group.entry,
      );
      const results = fields.analytes.map((analyte, index): LabObservationDto => {
        const observation = chunk[index]!;
        const sentFlag = observation.interpretation?.[0]?.coding?.[0]?.code ?? '';
        const flag: LabFlag =
          sentFlag !== '' && (labFlags as readonly string[]).includes(sentFlag)
            ? (sentFlag as LabFlag)
            : computeFlag(analyte.value, analyte.referenceRange);
        const range = parseReferenceRange(analyte.referenceRange);
        return {
          analyte: analyte.analyte,
          loinc: codingIn(observation.code, systems.loinc)?.code ?? '',
          value: analyte.value,
          numericValue: labNumericValue(analyte.value),
          unit: analyte.unit,
          referenceRange: analyte.referenceRange,
          referenceLow: range.low,
          referenceHigh: range.high,
          flag,
          observedAt: fields.collectedAt,
          comment: notesText(observation.note).join(' '),
        };
      });
      const accession =
        group.report?.identifier?.find((identifier) =>
          identifier.type?.coding?.some((coding) => coding.code === 'ACSN'),
        )?.value ?? '';
      panels.push({ entry: group.entry, fields, results, accession });
    }
  }
  return panels;
};
