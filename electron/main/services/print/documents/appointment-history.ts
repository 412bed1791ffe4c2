import { type ChartStore, repositories } from '../../../../../db';
import { staffNames } from '../../chart/encounters';
import { statusWords } from '../day-sheet';
import { clockTime, usDateInZone } from '../formats';
import { type Html, html } from '../html';
import type { ReleaseContext } from './context';
import { emptyState } from './parts';

/** Every appointment the patient had or has booked, newest first, with how each ended. */
export const appointmentHistoryBody = (store: ChartStore, context: ReleaseContext): Html => {
  const appointments = repositories.appointments.listForPatient(store.db, context.patient.id);
  const names = staffNames(store);
  return html`<h1>Appointment history</h1>
${
  appointments.length === 0
    ? emptyState('No appointments booked.')
    : html`<table>
  <thead><tr><th>Date</th><th>Time</th><th>Type</th><th>Provider</th><th>Reason</th><th>Status</th></tr></thead>
  <tbody>${appointments.map(
    (appointment) => html`<tr>
    <td class="nowrap">${usDateInZone(appointment.startsAt, context.zone)}</td>
    <td class="nowrap">${clockTime(appointment.startsAt, context.zone)}</td>
    <td>${appointment.typeName}</td>
    <td>${names.get(appointment.providerId) ?? ''}</td>
    <td>${appointment.reason}</td>
    <td>${statusWords[appointment.status]}${appointment.cancelReason && html`<br><span class="text">${appointment.cancelReason}</span>`}</td>
  </tr>`,
  )}</tbody>
</table>`
}`;
};
