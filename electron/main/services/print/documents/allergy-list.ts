import { type ChartStore, repositories } from '../../../../../db';
import { allergyCategoryLabels } from '../../../../contract/allergies';
import { staffNames } from '../../chart/encounters';
import { usDateTimeInZone } from '../formats';
import { type Html, html } from '../html';
import type { ReleaseContext } from './context';
import { capitalised } from './parts';

type AllergyRow = repositories.allergies.AllergyRow;

const allergyTable = (rows: AllergyRow[]): Html => html`<table>
  <thead><tr><th>Substance</th><th>Type</th><th>Reaction</th><th>Severity</th><th>Onset</th><th>Comment</th></tr></thead>
  <tbody>${rows.map(
    (allergy) => html`<tr>
    <td><b>${allergy.substance}</b></td>
    <td>${allergyCategoryLabels[allergy.category]}</td>
    <td>${allergy.reaction}</td>
    <td>${capitalised(allergy.severity)}</td>
    <td>${allergy.onset}</td>
    <td class="text">${allergy.comment}</td>
  </tr>`,
  )}</tbody>
</table>`;

/**
 * The allergies in words, in one of three states a reader must never confuse: allergies listed, "No
 * known allergies" (someone asked and recorded it), or "Allergies not recorded" (nobody has asked).
 */
export const allergiesBlock = (store: ChartStore, context: ReleaseContext): Html => {
  const active = repositories.allergies
    .listAllergies(store.db, context.patient.id)
    .filter((allergy) => allergy.status === 'active');
  if (active.length > 0) return allergyTable(active);
  const review = repositories.allergies.currentReview(store.db, context.patient.id);
  if (review) {
    const by = staffNames(store).get(review.userId) ?? 'staff';
    return html`<p><b>No known allergies</b> (recorded ${usDateTimeInZone(review.at, context.zone)} by ${by}).</p>`;
  }
  return html`<p><b>Allergies not recorded.</b> Nobody has recorded this patient's allergies or "no known allergies"; ask the patient.</p>`;
};

export const allergyListBody = (store: ChartStore, context: ReleaseContext): Html =>
  html`<h1>Allergy list</h1>
${allergiesBlock(store, context)}`;
