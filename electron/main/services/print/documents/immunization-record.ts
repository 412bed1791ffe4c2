import { type ChartStore, repositories } from '../../../../../db';
import {
  type ImmunizationRoute,
  type ImmunizationSite,
  immunizationKindLabels,
  immunizationRouteLabels,
  immunizationSiteLabels,
} from '../../../../contract/immunizations';
import { usDate } from '../formats';
import { type Html, html } from '../html';
import type { ReleaseContext } from './context';
import { emptyState } from './parts';

type ImmunizationRow = repositories.immunizations.ImmunizationRow;

const administration = (dose: ImmunizationRow): Html | string =>
  dose.kind === 'refused'
    ? html`Reason: ${dose.refusalReason}`
    : [
        dose.dose,
        dose.route && (immunizationRouteLabels[dose.route as ImmunizationRoute] ?? dose.route),
        dose.site && (immunizationSiteLabels[dose.site as ImmunizationSite] ?? dose.site),
      ]
        .filter(Boolean)
        .join(', ');

const productLine = (dose: ImmunizationRow): Html =>
  html`${dose.lot && html`Lot ${dose.lot}`}${dose.expiry && html`, expires ${usDate(dose.expiry)}`}${
    dose.manufacturer && html`${dose.lot ? html`<br>` : ''}${dose.manufacturer}`
  }`;

const immunizationRow = (dose: ImmunizationRow): Html => html`<tr>
  <td class="nowrap">${usDate(dose.date)}</td>
  <td><b>${dose.vaccine}</b><br>CVX ${dose.cvx}</td>
  <td>${immunizationKindLabels[dose.kind]}</td>
  <td>${administration(dose)}</td>
  <td>${productLine(dose)}</td>
  <td>${dose.administeredBy}${dose.visDate && html`<br>VIS ${usDate(dose.visDate)}`}</td>
  <td class="text">${dose.comment}</td>
</tr>`;

/** The immunization record, newest dose first: given here, reported by the patient, and refused. */
export const immunizationRecordBody = (store: ChartStore, context: ReleaseContext): Html => {
  const doses = repositories.immunizations.items.list(store.db, context.patient.id).filter((dose) => !dose.retired);
  return html`<h1>Immunization record</h1>
${
  doses.length === 0
    ? emptyState('No immunizations recorded.')
    : html`<table>
  <thead><tr><th>Date</th><th>Vaccine</th><th>Record</th><th>Dose, route, site</th><th>Lot, manufacturer</th><th>Given by, VIS</th><th>Comment</th></tr></thead>
  <tbody>${doses.map(immunizationRow)}</tbody>
</table>`
}`;
};
