import { type ChartStore, repositories } from '../../../../../db';
import {
  abnormalFlag,
  ageInYears,
  bmi,
  displayUnitsFor,
  formatVital,
  type VitalMeasure,
  vitalDefinitions,
  vitalMeasures,
} from '../../../../contract/vitals';
import { usDateTimeInZone } from '../formats';
import { type Html, html } from '../html';
import type { ReleaseContext } from './context';
import { emptyState } from './parts';

type VitalsRow = repositories.vitals.VitalsRow;

/** A set's stored values by measure, BMI computed from its height and weight (never stored). */
const storedValue = (set: VitalsRow, measure: VitalMeasure): number | null =>
  measure === 'bmi' ? bmi(set.heightCm, set.weightKg) : set[measure];

interface Reading {
  label: string;
  value: string;
  /** "High" or "Low" in words, '' when within the adult range or when no range applies. */
  flag: string;
}

const flagWords = { high: 'High', low: 'Low' } as const;

/** Each measure taken in a set, in the practice's units, flagged against the range for the patient's age. */
const readings = (set: VitalsRow, context: ReleaseContext): Reading[] => {
  const units = displayUnitsFor(context.practice.temperatureUnit);
  const age = ageInYears(context.patient.birthDate, new Date(set.takenAt));
  return vitalMeasures.flatMap((measure) => {
    const stored = storedValue(set, measure);
    if (stored === null) return [];
    const flag = abnormalFlag(measure, stored, age);
    return [
      {
        label: vitalDefinitions[measure].label,
        value: formatVital(measure, stored, units),
        flag: flag ? flagWords[flag] : '',
      },
    ];
  });
};

const currentSets = (store: ChartStore, patientId: number): VitalsRow[] =>
  repositories.vitals.items.list(store.db, patientId).filter((set) => !set.retired);

/** The latest set of vital signs, one measure a row with its flag in words, for the chart summary. */
export const latestVitalsBlock = (store: ChartStore, context: ReleaseContext): Html => {
  const [latest] = repositories.faceSheet.recentVitals(store.db, context.patient.id, 1);
  if (!latest) return emptyState('No vital signs recorded.');
  return html`<p>Taken ${usDateTimeInZone(latest.takenAt, context.zone)}${latest.comment && ` · ${latest.comment}`}</p>
<table>
  <thead><tr><th>Measure</th><th>Value</th><th>Flag</th></tr></thead>
  <tbody>${readings(latest, context).map(
    (reading) =>
      html`<tr${reading.flag ? html` class="abnormal"` : ''}><td>${reading.label}</td><td>${reading.value}</td><td>${reading.flag}</td></tr>`,
  )}</tbody>
</table>`;
};

/** Every set of vital signs, newest first, for the patient archive. */
export const vitalsHistoryBody = (store: ChartStore, context: ReleaseContext): Html => {
  const sets = currentSets(store, context.patient.id);
  return html`<h1>Vital signs</h1>
${
  sets.length === 0
    ? emptyState('No vital signs recorded.')
    : html`<table>
  <thead><tr><th>Taken</th><th>Readings (flag in words when outside the adult range)</th><th>Comment</th></tr></thead>
  <tbody>${sets.map(
    (set) => html`<tr>
    <td class="nowrap">${usDateTimeInZone(set.takenAt, context.zone)}</td>
    <td>${readings(set, context).map(
      (reading, index) =>
        html`${index > 0 && ' · '}<span class="nowrap${reading.flag ? ' abnormal' : ''}">${reading.label} ${reading.value}${
          reading.flag && ` (${reading.flag})`
        }</span>`,
    )}</td>
    <td class="text">${set.comment}</td>
  </tr>`,
  )}</tbody>
</table>`
}`;
};
