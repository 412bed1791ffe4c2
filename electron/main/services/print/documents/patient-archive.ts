import { type ChartStore, repositories } from '../../../../../db';
import { staffNames } from '../../chart/encounters';
import { usDateTimeInZone } from '../formats';
import { Html, html } from '../html';
import { letterheadOf, patientSubject } from '../letterhead';
import { documentCss } from '../page-frame';
import { allergyListBody } from './allergy-list';
import { appointmentHistoryBody } from './appointment-history';
import { chartSummaryBody } from './chart-summary';
import type { ReleaseContext } from './context';
import { demographicsBody } from './demographics';
import { disclosureAccountingBody } from './disclosure-accounting';
import { immunizationRecordBody } from './immunization-record';
import { labReportBody, reportedPanels } from './lab-report';
import { medicationListBody } from './medication-list';
import { emptyState } from './parts';
import { problemListBody } from './problem-list';
import { type PrintedNote, printedNote, visitNoteBody } from './visit-note';
import { vitalsHistoryBody } from './vitals';

/** On screen a readable column; on paper the printed documents' own layout. */
const archiveCss = new Html(`
  body { max-width: 7.5in; margin: 0 auto; padding: 0.4in; }
  .archive-head { border-bottom: 1.5pt solid #000; padding-bottom: 4pt; margin-bottom: 8pt; }
  .archive-head p { margin: 0 0 2pt; }
  nav ul { margin: 4pt 0 0; padding-left: 16pt; }
  a { color: #000; }
  section { border-top: 1.5pt solid #000; padding-top: 8pt; margin-top: 16pt; }
  article + article { border-top: 0.75pt solid #000; padding-top: 8pt; margin-top: 12pt; }
  @media print { body { max-width: none; padding: 0; } section { border-top: none; margin-top: 0; } }
`);

interface ArchiveSection {
  id: string;
  title: string;
  body: Html;
}

/** Every note of the chart, retired ones too, newest first, ready to print. */
const archivedNotes = (store: ChartStore, context: ReleaseContext): PrintedNote[] => {
  const names = staffNames(store);
  return repositories.releaseReads
    .notesNewestFirst(store.db, context.patient.id)
    .map((note) => printedNote(store, context, note, names));
};

const notesSection = (context: ReleaseContext, notes: readonly PrintedNote[]): Html =>
  html`<h1>Notes (${notes.length}), newest first</h1>
${notes.length === 0 ? emptyState('No notes written.') : notes.map((note) => html`<article>${visitNoteBody(note, context)}</article>`)}`;

const sectionsOf = (store: ChartStore, context: ReleaseContext, notes: readonly PrintedNote[]): ArchiveSection[] => [
  { id: 'demographics', title: 'Demographics', body: demographicsBody(context) },
  { id: 'summary', title: 'Chart summary', body: chartSummaryBody(store, context) },
  { id: 'problems', title: 'Problem list', body: problemListBody(store, context) },
  { id: 'medications', title: 'Medication list', body: medicationListBody(store, context) },
  { id: 'allergies', title: 'Allergy list', body: allergyListBody(store, context) },
  { id: 'immunizations', title: 'Immunization record', body: immunizationRecordBody(store, context) },
  { id: 'vitals', title: 'Vital signs', body: vitalsHistoryBody(store, context) },
  {
    id: 'labs',
    title: 'Lab results',
    body: labReportBody(store, context, reportedPanels(store, context, undefined)),
  },
  { id: 'notes', title: 'Notes', body: notesSection(context, notes) },
  { id: 'appointments', title: 'Appointment history', body: appointmentHistoryBody(store, context) },
  { id: 'disclosures', title: 'Accounting of disclosures', body: disclosureAccountingBody(store, context) },
];

/**
 * The patient's whole record as ONE self-contained HTML page (issue 6, whole-practice export): inline
 * CSS only, no scripts, no images or links to anything outside the file, so it opens in any browser
 * with nothing installed, during downtime or years after the practice has closed. Built from the
 * same document bodies as the printed packets. `notes`: the chart's notes newest first, when the
 * caller (the practice export) has read them already.
 */
export const patientArchiveHtml = (
  store: ChartStore,
  context: ReleaseContext,
  notes: readonly PrintedNote[] = archivedNotes(store, context),
): string => {
  // Without the logo: the page carries no images.
  const letterhead = letterheadOf(context.practice, null);
  const sections = sectionsOf(store, context, notes);
  const contact = [
    letterhead.address,
    letterhead.phone && `Phone ${letterhead.phone}`,
    letterhead.fax && `Fax ${letterhead.fax}`,
  ]
    .filter(Boolean)
    .join(' · ');
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${patientSubject(context.patient)} – ${letterhead.name}</title>
<style>${documentCss}${archiveCss}</style>
</head>
<body>
<header class="archive-head">
  <p><b>${letterhead.name}</b>${contact && html`<br>${contact}`}</p>
  <p><b>Patient record: ${patientSubject(context.patient)}</b></p>
  <p>Exported ${usDateTimeInZone(context.now.toISOString(), context.zone)} (${context.zone}) by ${context.actorFullName}</p>
  <p>CONFIDENTIAL: contains protected health information.</p>
</header>
<nav aria-label="Contents"><b>Contents</b><ul>${sections.map(
    (section) => html`<li><a href="#${section.id}">${section.title}</a></li>`,
  )}</ul></nav>
${sections.map((section) => html`<section id="${section.id}">${section.body}</section>`)}
</body>
</html>`.toString();
};
