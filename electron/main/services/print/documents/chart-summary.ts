import { type ChartStore, repositories } from '../../../../../db';
import { encounterTypeWords } from '../../../../contract/encounters';
import { noteStatusLabels } from '../../../../contract/notes';
import { instantToWallClock } from '../../scheduling/zoned-time';
import { statusWords } from '../day-sheet';
import { clockTime, longDate, usDateTimeInZone, usWallClock } from '../formats';
import { type Html, html } from '../html';
import { usDate } from '../letterhead';
import { allergiesBlock } from './allergy-list';
import type { ReleaseContext } from './context';
import { flagWords } from './lab-report';
import { currentMedicationsBlock } from './medication-list';
import { emptyState } from './parts';
import { activeProblemsBlock } from './problem-list';
import { latestVitalsBlock } from './vitals';

/** As many as the chart's face sheet shows (services/chart/face-sheet.ts). */
const labPanelsShown = 5;
const notesShown = 3;
const excerptLength = 240;

const excerptOf = (sectionsJson: string): string => {
  try {
    const sections = JSON.parse(sectionsJson) as { text?: unknown }[];
    const words = sections
      .map((section) => String(section.text ?? '').trim())
      .filter((text) => text.length > 0)
      .join(' · ')
      .replace(/\s+/g, ' ');
    return words.length > excerptLength ? `${words.slice(0, excerptLength - 1)}…` : words;
  } catch {
    return '';
  }
};

const recentLabsBlock = (store: ChartStore, patientId: number): Html => {
  const read = repositories.faceSheet;
  const panels = read.recentLabPanels(store.db, patientId, labPanelsShown);
  if (panels.length === 0) return emptyState('No lab results recorded.');
  const results = read.observationsOf(store.db, panels);
  return html`<table>
  <thead><tr><th>Collected</th><th>Panel</th><th>Results outside the reference range</th></tr></thead>
  <tbody>${panels.map((panel) => {
    const mine = results.filter((result) => result.panelId === panel.id).sort((a, b) => a.position - b.position);
    const flagged = mine.filter((result) => result.flag !== '');
    return html`<tr>
    <td class="nowrap">${usWallClock(panel.collectedAt)}</td>
    <td>${panel.name}</td>
    <td>${
      flagged.length === 0
        ? `None: all ${mine.length} ${mine.length === 1 ? 'result' : 'results'} within range or not flagged.`
        : flagged.map(
            (result, index) =>
              html`${index > 0 && html`<br>`}<b>${result.analyte} ${result.value}${result.unit && ` ${result.unit}`}: ${flagWords(result)}</b>`,
          )
    }</td>
  </tr>`;
  })}</tbody>
</table>`;
};

const lastNotesBlock = (store: ChartStore, patientId: number): Html => {
  const notes = repositories.faceSheet.lastNotes(store.db, patientId, notesShown);
  if (notes.length === 0) return emptyState('No notes written.');
  return html`<table>
  <thead><tr><th>Date</th><th>Encounter</th><th>Author</th><th>Status</th><th>Beginning of the note</th></tr></thead>
  <tbody>${notes.map(
    (note) => html`<tr>
    <td class="nowrap">${usDate(note.date)}</td>
    <td>${encounterTypeWords(note.encounterType)}</td>
    <td>${note.author}</td>
    <td>${note.status === 'signed' ? noteStatusLabels.signed : html`<b>${noteStatusLabels[note.status]} (not signed)</b>`}</td>
    <td>${excerptOf(note.sections)}</td>
  </tr>`,
  )}</tbody>
</table>`;
};

const nextAppointmentBlock = (store: ChartStore, context: ReleaseContext): Html => {
  const next = repositories.faceSheet.nextAppointment(store.db, context.patient.id, context.now.toISOString());
  if (!next) return emptyState('No appointment booked.');
  const { date } = instantToWallClock(context.zone, next.startsAt);
  return html`<p>${longDate(date)} at ${clockTime(next.startsAt, context.zone)}: ${next.typeName} with ${next.providerName} (${statusWords[next.status]})</p>`;
};

/**
 * The chart summary (face sheet): what a clinician reading a packet needs first. Active problems,
 * current medications, allergies, the latest vitals, recent labs with the abnormal results in words,
 * the last notes and the next appointment.
 */
export const chartSummaryBody = (store: ChartStore, context: ReleaseContext): Html => {
  const patientId = context.patient.id;
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
${recentLabsBlock(store, patientId)}
<h2>Last notes</h2>
${lastNotesBlock(store, patientId)}
<h2>Next appointment</h2>
${nextAppointmentBlock(store, context)}`;
};
