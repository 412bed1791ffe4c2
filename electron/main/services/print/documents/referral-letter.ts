import type { ChartStore } from '../../../../../db';
import { legalFullName } from '../../../../contract/patients';
import { dateInZone } from '../../scheduling/zoned-time';
import { letterDate, usDate } from '../formats';
import { type Html, html } from '../html';
import { allergiesBlock } from './allergy-list';
import type { ReleaseContext } from './context';
import { currentMedicationsBlock } from './medication-list';
import { brLines } from './parts';
import { activeProblemsBlock } from './problem-list';

const recipientBlock = (context: ReleaseContext): Html => {
  const recipient = context.recipient;
  if (!recipient) return html``;
  const lines = [recipient.name, recipient.organisation, ...recipient.address.split(/\r?\n/)].filter(
    (line) => line.trim() !== '',
  );
  return html`<p>${brLines(lines)}${
    recipient.phone && html`<br>Phone ${recipient.phone}`
  }${recipient.fax && html`<br>Fax ${recipient.fax}`}</p>`;
};

/** The letter's text in paragraphs as typed: a blank line starts a new paragraph, a single break stays a break. */
const paragraphs = (body: string): Html =>
  html`${body
    .trim()
    .split(/\r?\n\s*\r?\n/)
    .map((paragraph) => html`<p class="text">${paragraph.trim()}</p>`)}`;

/**
 * A referral letter on the practice's letterhead (the page frame prints it): the date, the recipient,
 * who it is about, the reason, the letter as typed, a short enclosed summary of the chart, and the
 * signature line of the person sending it.
 */
export const referralLetterBody = (
  store: ChartStore,
  context: ReleaseContext,
  letter: { subject: string; body: string },
): Html => {
  const patient = context.patient;
  return html`<h1>Referral letter</h1>
<p>${letterDate(dateInZone(context.zone, context.now))}</p>
${recipientBlock(context)}
<p><b>Re: ${legalFullName(patient)}, DOB ${usDate(patient.birthDate)}</b> (MRN ${patient.mrn})</p>
<p><b>Reason for referral: ${letter.subject}</b></p>
${paragraphs(letter.body)}
<div class="signature">
  <p>Sincerely,</p>
  <p style="margin-top:28pt;">______________________________</p>
  <p><b>${context.actorFullName}</b><br>${context.practice.name}</p>
</div>
<h2>Enclosed summary: active problems</h2>
${activeProblemsBlock(store, patient.id)}
<h2>Enclosed summary: current medications</h2>
${currentMedicationsBlock(store, patient.id)}
<h2>Enclosed summary: allergies</h2>
${allergiesBlock(store, context)}`;
};
