import type { ChartStore } from '../../../../../db';
import { encounterTypeWords } from '../../../../contract/encounters';
import { noteStatusLabels } from '../../../../contract/notes';
import { FaceSheetService } from '../../chart/face-sheet';
import { statusWords } from '../day-sheet';
import { longDate, plural, usDate, usDateTimeInZone, usWallClock, wallClockTime } from '../formats';
import { type Html, html } from '../html';
import { allergiesBlock } from './allergy-list';
import type { ReleaseContext } from './context';
import { flagLabel } from './lab-report';
import { currentMedicationsBlock } from './medication-list';
import { brLines, emptyState } from './parts';
import { activeProblemsBlock } from './problem-list';
import { latestVitalsBlock } from './vitals';

type FaceSheet = ReturnType<FaceSheetService['read']>;

/** A printed page has room for more of each note than the screen's list. */
const printedExcerptLength = 240;

const recentLabsBlock = (labs: FaceSheet['labs']): Html => {
  if (labs.length === 0) return emptyState('No lab results recorded.');
  return html`<table>
  <thead><tr><th>Collected</th><th>Panel</th><th>Results outside the reference range</th></tr></thead>
  <tbody>${labs.map(
    (panel) => html`<tr>
    <td class="nowrap">${usWallClock(panel.collectedAt)}</td>
    <td>${panel.name}</td>
    <td>${
      panel.abnormal.length === 0
        ? `None: all ${plural(panel.resultCount, 'result')} within range or not flagged.`
        : brLines(
            panel.abnormal.map(
              (result) =>
                html`<b>${result.analyte} ${result.value}${result.unit && ` ${result.unit}`}: ${flagLabel(result.flag)}</b>`,
            ),
          )
    }</td>
  </tr>`,
  )}</tbody>
</table>`;
};

const lastNotesBlock = (notes: FaceSheet['notes']): Html => {
  if (notes.length === 0) return emptyState('No notes written.');
  return html`<table>
  <thead><tr><th>Date</th><th>Encounter</th><th>Author</th><th>Status</th><th>Beginning of the note</th></tr></thead>
  <tbody>${notes.map(
    (note) => html`<tr>
    <td class="nowrap">${usDate(note.date)}</td>
    <td>${encounterTypeWords(note.encounterType)}</td>
    <td>${note.author}</td>
    <td>${note.status === 'signed' ? noteStatusLabels.signed : html`<b>${noteStatusLabels[note.status]} (not signed)</b>`}</td>
    <td>${note.excerpt}</td>
  </tr>`,
  )}</tbody>
</table>`;
};

const nextAppointmentBlock = (next: FaceSheet['nextAppointment']): Html =>
  next
    ? html`<p>${longDate(next.date)} at ${wallClockTime(next.start)}: ${next.typeName} with ${next.providerName} (${statusWords[next.status]})</p>`
    : emptyState('No appointment booked.');

/**
 * The chart summary (face sheet): what a clinician reading a packet needs first. Active problems,
 * current medications, allergies, the latest vitals, recent labs with the abnormal results in words,
 * the last notes and the next appointment.
 */
export const chartSummaryBody = (store: ChartStore, context: ReleaseContext): Html => {
  const patientId = context.patient.id;
  const faceSheet = new FaceSheetService(
    () => store,
    () => context.now,
  ).read(patientId, { noteExcerptLength: printedExcerptLength });
  return html`<h1>Chart summary</h1>
<p>As of ${usDateTimeInZone(context.now.toISOString(), context.zone)}.</p>
<h2>Active problems</h2>
${activeProblemsBlock(store, patientId)}
<h2>Current medications</h2>
${currentMedicationsBlock(store, patientId)}
<h2>Allergies</h2>
${allergiesBlock(store, context)}
<h2>Latest vital signs</h2>
${latestVitalsBlock(store, context)}
<h2>Recent labs</h2>
${recentLabsBlock(faceSheet.labs)}
<h2>Last notes</h2>
${lastNotesBlock(faceSheet.notes)}
<h2>Next appointment</h2>
${nextAppointmentBlock(faceSheet.nextAppointment)}`;
};
