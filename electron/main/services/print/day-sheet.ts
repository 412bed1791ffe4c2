import type { repositories } from '../../../../db';
import type { AppointmentStatus } from '../../../contract/appointments';
import { clockTime, longDate, plural, usDate } from './formats';
import { type Html, html } from './html';

/**
 * The day sheet (issue 5): for one practice-zone day, a section per provider (each on its own page,
 * so it can be handed to that provider) listing the booked visits in time order, and the cancelled
 * ones apart below them. Pure: rows in, HTML out.
 */
type AppointmentRow = repositories.daySheet.DaySheetAppointmentRow;
type ProviderRow = repositories.daySheet.DaySheetProviderRow;

export const statusWords: Record<AppointmentStatus, string> = {
  scheduled: 'Scheduled',
  arrived: 'Arrived',
  roomed: 'Roomed',
  'with-provider': 'With provider',
  'checked-out': 'Checked out',
  cancelled: 'Cancelled',
  'no-show': 'No-show',
};

const minutesBetween = (start: string, end: string): number =>
  Math.round((Date.parse(end) - Date.parse(start)) / 60_000);

/** "Lopez, Maria J. Jr. ("Mari")": family name first, as a sheet sorted by eye is read. */
const patientName = (row: AppointmentRow): string => {
  const given = [row.givenName, row.middleName].filter(Boolean).join(' ');
  const name = [`${row.familyName}, ${given}`, row.suffix].filter(Boolean).join(' ');
  return row.preferredName && row.preferredName !== row.givenName ? `${name} ("${row.preferredName}")` : name;
};

interface DaySheetSection {
  provider: ProviderRow;
  booked: AppointmentRow[];
  cancelled: AppointmentRow[];
}

export const daySheetSections = (providers: ProviderRow[], rows: AppointmentRow[]): DaySheetSection[] =>
  providers.map((provider) => {
    const mine = rows.filter((row) => row.providerId === provider.id);
    return {
      provider,
      booked: mine.filter((row) => row.status !== 'cancelled'),
      cancelled: mine.filter((row) => row.status === 'cancelled'),
    };
  });

const sectionSummary = (section: DaySheetSection): string => {
  const noShows = section.booked.filter((row) => row.status === 'no-show').length;
  return [
    plural(section.booked.length, 'appointment'),
    noShows > 0 && `${plural(noShows, 'no-show')}`,
    `${section.cancelled.length} cancelled`,
  ]
    .filter(Boolean)
    .join(' · ');
};

const bookedRow = (row: AppointmentRow, zone: string): Html => html`<tr>
  <td class="nowrap">${clockTime(row.startsAt, zone)}<br>${minutesBetween(row.startsAt, row.endsAt)} min</td>
  <td>${patientName(row)}</td>
  <td class="nowrap">${usDate(row.birthDate)}</td>
  <td class="nowrap">${row.mrn}</td>
  <td>${row.typeName}${row.doubleBooked && html`<br><i>Double-booked</i>`}</td>
  <td>${row.reason}</td>
  <td>${statusWords[row.status]}</td>
  <td>${row.roomName ?? ''}</td>
</tr>`;

const cancelledRow = (row: AppointmentRow, zone: string): Html => html`<tr>
  <td class="nowrap">${clockTime(row.startsAt, zone)}</td>
  <td>${patientName(row)}</td>
  <td class="nowrap">${usDate(row.birthDate)}</td>
  <td class="nowrap">${row.mrn}</td>
  <td>${row.typeName}</td>
  <td>${row.cancelReason}</td>
</tr>`;

const section = (each: DaySheetSection, date: string, zone: string): Html => html`<section>
  <h1>${each.provider.fullName}</h1>
  <p>${longDate(date)} · ${sectionSummary(each)}</p>
  ${
    each.booked.length === 0
      ? html`<p class="muted">No appointments booked.</p>`
      : html`<table>
    <thead>
      <tr><th colspan="8">${each.provider.fullName} · ${longDate(date)}</th></tr>
      <tr><th>Time</th><th>Patient</th><th>DOB</th><th>MRN</th><th>Type</th><th>Reason</th><th>Status</th><th>Room</th></tr>
    </thead>
    <tbody>${each.booked.map((row) => bookedRow(row, zone))}</tbody>
  </table>`
  }
  ${
    each.cancelled.length > 0 &&
    html`<h2>Cancelled (${each.cancelled.length})</h2>
  <table>
    <thead>
      <tr><th colspan="6">${each.provider.fullName} · cancelled</th></tr>
      <tr><th>Time</th><th>Patient</th><th>DOB</th><th>MRN</th><th>Type</th><th>Why cancelled</th></tr>
    </thead>
    <tbody>${each.cancelled.map((row) => cancelledRow(row, zone))}</tbody>
  </table>`
  }
</section>`;

export interface DaySheet {
  date: string;
  zone: string;
  sections: DaySheetSection[];
}

export const daySheetBody = (sheet: DaySheet): Html =>
  sheet.sections.length === 0
    ? html`<section><h1>${longDate(sheet.date)}</h1><p class="muted">No providers are set up in the schedule.</p></section>`
    : html`${sheet.sections.map((each) => section(each, sheet.date, sheet.zone))}`;

/** The running header's subject: the day, the providers (or how many when all are printed) and the zone. */
export const daySheetSubject = (sheet: DaySheet, allProviders: boolean): string => {
  const names = sheet.sections.map((each) => each.provider.fullName);
  const who = allProviders && names.length > 1 ? `All providers (${names.length})` : names.join(', ') || 'No providers';
  return `${longDate(sheet.date)} · ${who} · times in ${sheet.zone}`;
};
