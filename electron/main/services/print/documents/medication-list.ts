import { type ChartStore, repositories } from '../../../../../db';
import { type MedicationRoute, medicationRouteLabels, medicationStatusLabels } from '../../../../contract/medications';
import { usDate, usDateTimeInZone } from '../formats';
import { type Html, html } from '../html';
import type { ReleaseContext } from './context';
import { emptyState } from './parts';

type MedicationRow = repositories.medications.MedicationRow;

const routeWords = (route: string): string => medicationRouteLabels[route as MedicationRoute] ?? route;

/** "Lisinopril 10 mg tablet", then "1 tablet oral daily" and the directions as written. */
const doseWords = (medication: MedicationRow): string =>
  [
    medication.doseAmount === null ? '' : `${medication.doseAmount} ${medication.doseUnit}`.trim(),
    medication.route && routeWords(medication.route),
    medication.frequency,
  ]
    .filter(Boolean)
    .join(', ');

const medicationRow = (medication: MedicationRow): Html => html`<tr>
  <td><b>${medication.name}</b>${medication.strength && ` ${medication.strength}`}${
    medication.rxcui === '' ? html`<br><i>Uncoded (typed as free text)</i>` : html`<br>RxNorm ${medication.rxcui}`
  }</td>
  <td>${doseWords(medication)}${medication.sig && html`<br><span class="text">${medication.sig}</span>`}</td>
  <td class="nowrap">${medication.startDate && usDate(medication.startDate)}${
    medication.stopDate && html`<br>to ${usDate(medication.stopDate)}`
  }</td>
  <td>${medication.prescriber}</td>
  <td>${medicationStatusLabels[medication.status]}${medication.comment && html`<br><span class="text">${medication.comment}</span>`}</td>
</tr>`;

/** A caption row repeats with the column headings on each page a long list runs onto. */
const medicationTable = (rows: MedicationRow[], caption?: string): Html => html`<table>
  <thead>
    ${caption && html`<tr><th colspan="5">${caption}</th></tr>`}
    <tr><th>Medication</th><th>Dose, route, frequency</th><th>Dates</th><th>Prescriber</th><th>Status</th></tr>
  </thead>
  <tbody>${rows.map(medicationRow)}</tbody>
</table>`;

const listOf = (store: ChartStore, patientId: number): MedicationRow[] =>
  repositories.medications.items.list(store.db, patientId).filter((medication) => !medication.retired);

const isCurrent = (medication: MedicationRow): boolean =>
  medication.status === 'active' || medication.status === 'on-hold';

/** Current (active and on-hold) medications as one table, for the chart summary and the referral letter. */
export const currentMedicationsBlock = (store: ChartStore, patientId: number): Html => {
  const current = repositories.faceSheet.currentMedications(store.db, patientId);
  return current.length === 0 ? emptyState('No current medications recorded.') : medicationTable(current);
};

/** The medication list: current medications, then stopped and completed ones, and the last reconciliation. */
export const medicationListBody = (store: ChartStore, context: ReleaseContext): Html => {
  const medications = listOf(store, context.patient.id);
  const current = medications.filter(isCurrent);
  const past = medications.filter((medication) => !isCurrent(medication));
  const review = repositories.medications.latestReview(store.db, context.patient.id);
  return html`<h1>Medication list</h1>
<p>${
    review
      ? `Last reviewed with the patient ${usDateTimeInZone(review.at, context.zone)} by ${review.by}.`
      : 'Not yet reviewed with the patient in Chartroom.'
  }</p>
<h2>Current medications (${current.length})</h2>
${current.length === 0 ? emptyState('No current medications recorded.') : medicationTable(current, 'Current medications')}
<h2>Stopped and completed (${past.length})</h2>
${past.length === 0 ? emptyState('No stopped or completed medications recorded.') : medicationTable(past, 'Stopped and completed medications')}`;
};
