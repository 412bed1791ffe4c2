import { type ChartStore, repositories } from '../../../../../db';
import { disclosureMediumLabels, disclosurePurposeLabels } from '../../../../contract/release';
import { plural, usDateTimeInZone } from '../formats';
import { type Html, html } from '../html';
import type { ReleaseContext } from './context';
import { brLines, emptyState } from './parts';

type DisclosureView = repositories.disclosures.DisclosureView;

/** What was released, in words, as the log stored it (a JSON list). */
const releasedItems = (json: string): string[] => {
  try {
    const items = JSON.parse(json) as unknown;
    return Array.isArray(items) ? items.map(String) : [json];
  } catch {
    return [json];
  }
};

const recipientCell = (row: DisclosureView): Html => {
  const recipient = row.disclosure;
  return html`<b>${recipient.recipientName}</b>${recipient.recipientOrganisation && html`<br>${recipient.recipientOrganisation}`}${
    recipient.recipientFax && html`<br><span class="nowrap">Fax ${recipient.recipientFax}</span>`
  }`;
};

const disclosureRow = (row: DisclosureView, zone: string): Html => {
  const { disclosure } = row;
  return html`<tr>
  <td class="nowrap">${usDateTimeInZone(disclosure.at, zone)}</td>
  <td>${recipientCell(row)}</td>
  <td>${disclosurePurposeLabels[disclosure.purpose]}${disclosure.purposeDetail && `: ${disclosure.purposeDetail}`}</td>
  <td>${brLines(releasedItems(disclosure.items))}</td>
  <td>${disclosureMediumLabels[disclosure.medium]}${disclosure.pageCount !== null && html`<br>${plural(disclosure.pageCount, 'page')}`}</td>
  <td>${row.userFullName}</td>
</tr>`;
};

/**
 * The accounting of disclosures (45 CFR 164.528): every release of this patient's records that
 * Chartroom recorded, oldest first, with the recipient, the purpose, what was sent, how and by whom.
 */
export const disclosureAccountingBody = (store: ChartStore, context: ReleaseContext): Html => {
  const rows = repositories.disclosures.disclosuresForPatient(store.db, context.patient.id);
  return html`<h1>Accounting of disclosures</h1>
<p>Every release of this patient's records recorded in Chartroom (printed, saved as PDF, faxed or exported), oldest first.</p>
${
  rows.length === 0
    ? emptyState('No disclosures recorded.')
    : html`<table>
  <thead><tr><th>Date</th><th>Recipient</th><th>Purpose</th><th>What was disclosed</th><th>Medium</th><th>Released by</th></tr></thead>
  <tbody>${rows.map((row) => disclosureRow(row, context.zone))}</tbody>
</table>`
}`;
};
