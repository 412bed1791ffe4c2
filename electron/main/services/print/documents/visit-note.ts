import { type ChartStore, repositories } from '../../../../../db';
import { encounterTypeWords } from '../../../../contract/encounters';
import { noteStatusLabels } from '../../../../contract/notes';
import { staffNames } from '../../chart/encounters';
import { hashAddendum, hashNote } from '../../chart/note-hash';
import { usDate, usDateTimeInZone } from '../formats';
import { type Html, html } from '../html';
import { onPatientChart } from './chart-guard';
import type { ReleaseContext } from './context';
import { emptyState, fieldTable, typedText } from './parts';

type NoteRow = repositories.notes.NoteRow;
type EncounterRow = repositories.encounters.EncounterRow;

/** A note with what it is printed with: its encounter and the staff names it mentions. */
export interface PrintedNote {
  note: NoteRow;
  encounter: EncounterRow;
  addenda: repositories.notes.AddendumRow[];
  names: Map<number, string>;
}

const encounterOf = (store: ChartStore, context: ReleaseContext, note: NoteRow): EncounterRow =>
  onPatientChart(repositories.encounters.items.get(store.db, note.encounterId), context, 'note');

/** The note, if it is on this patient's chart; refused in plain words otherwise (the wrong-chart guard). */
const noteOnChart = (store: ChartStore, context: ReleaseContext, noteId: number): NoteRow =>
  onPatientChart(repositories.notes.getNote(store.db, noteId), context, 'note');

export const chosenNote = (store: ChartStore, context: ReleaseContext, noteId: number): PrintedNote =>
  printedNote(store, context, noteOnChart(store, context, noteId));

export const printedNote = (
  store: ChartStore,
  context: ReleaseContext,
  note: NoteRow,
  names: Map<number, string> = staffNames(store),
): PrintedNote => ({
  note,
  encounter: encounterOf(store, context, note),
  addenda: repositories.notes.listAddenda(store.db, note.id),
  names,
});

export const isSigned = (note: NoteRow): boolean => note.status === 'signed';

/** "Visit note 03/09/2026, Office visit (signed)": the note as the disclosure log names it. */
export const noteLabel = ({ note, encounter }: Pick<PrintedNote, 'note' | 'encounter'>): string =>
  `Visit note ${usDate(encounter.date)}, ${encounterTypeWords(encounter.type)} (${
    isSigned(note) ? 'signed' : 'PRELIMINARY, not signed'
  })`;

/** The chosen notes that are not signed, as the log names them, read without building any note's page. */
export const unsignedNoteLabels = (store: ChartStore, context: ReleaseContext, noteIds: number[]): string[] =>
  noteIds.flatMap((noteId) => {
    const note = noteOnChart(store, context, noteId);
    return isSigned(note) ? [] : [noteLabel({ note, encounter: encounterOf(store, context, note) })];
  });

/** The stored sections; null when they are not the JSON Chartroom writes (only possible by tampering). */
const readSections = (note: NoteRow): { title: string; text: string }[] | null => {
  try {
    const sections = JSON.parse(note.sections) as unknown;
    if (!Array.isArray(sections)) return null;
    return sections.map((section: { title?: unknown; text?: unknown }) => ({
      title: String(section.title),
      text: String(section.text),
    }));
  } catch {
    return null;
  }
};

/** Whether the signed content still hashes to what was sealed at signing (SECURITY.md S10). */
const signatureHolds = (note: NoteRow, sections: { title: string; text: string }[] | null): boolean =>
  sections !== null &&
  note.signedBy !== null &&
  note.signedAt !== null &&
  note.contentHash ===
    hashNote({
      noteId: note.id,
      patientId: note.patientId,
      encounterId: note.encounterId,
      sections,
      signedBy: note.signedBy,
      signedAt: note.signedAt,
    });

const preliminaryBanner = (note: NoteRow, names: Map<number, string>): Html =>
  html`<p class="preliminary">PRELIMINARY — not signed<span>${
    note.status === 'awaiting-cosign'
      ? `This note is awaiting co-signature by ${names.get(note.cosignerId ?? 0) ?? 'a physician'}.`
      : 'This note is a draft.'
  } Its content may still change; do not rely on it as the final record of this visit.</span></p>`;

const signatureBlock = (printed: PrintedNote, sections: ReturnType<typeof readSections>, zone: string): Html => {
  const { note, names } = printed;
  if (!isSigned(note) || note.signedBy === null || note.signedAt === null)
    return html`<p class="signature"><b>Not signed.</b></p>`;
  const holds = signatureHolds(note, sections);
  return html`<div class="signature">
  <p><b>Electronically signed by ${names.get(note.signedBy) ?? 'an unknown user'} on ${usDateTimeInZone(note.signedAt, zone)}.</b></p>
  <p class="hash">Content hash (SHA-256): ${note.contentHash ?? ''}</p>
  <p>${
    holds
      ? 'Signature verified when printed: this is exactly the content that was signed.'
      : html`<b>INTEGRITY WARNING: this note no longer matches what was signed. It was changed outside Chartroom; do not rely on it.</b>`
  }</p>
</div>`;
};

const addendumBlock = (printed: PrintedNote, addendum: PrintedNote['addenda'][number], zone: string): Html => {
  const holds =
    addendum.contentHash ===
    hashAddendum({
      noteId: printed.note.id,
      noteHash: printed.note.contentHash ?? '',
      patientId: addendum.patientId,
      authorId: addendum.authorId,
      at: addendum.at,
      text: addendum.text,
    });
  return html`<div class="addendum">
  <p><b>Addendum by ${printed.names.get(addendum.authorId) ?? 'an unknown user'} on ${usDateTimeInZone(addendum.at, zone)}</b></p>
  ${typedText(addendum.text)}
  <p class="hash">Content hash (SHA-256): ${addendum.contentHash} · ${
    holds ? 'verified' : html`<b>INTEGRITY WARNING: changed after it was written</b>`
  }</p>
</div>`;
};

/**
 * A visit note as it goes into a packet: its encounter, author and signature, its sections as typed,
 * the signature's hash line and every addendum. An unsigned note says so first, in large type.
 */
export const visitNoteBody = (printed: PrintedNote, context: ReleaseContext): Html => {
  const { note, encounter, names } = printed;
  const sections = readSections(note);
  return html`<h1>Visit note · ${usDate(encounter.date)} · ${encounterTypeWords(encounter.type)}</h1>
${!isSigned(note) && preliminaryBanner(note, names)}
${note.retired && html`<p class="preliminary">Retired from the chart<span>Reason: ${note.retiredReason}. Kept for the record.</span></p>`}
${fieldTable([
  ['Date of service', usDate(encounter.date)],
  ['Encounter type', encounterTypeWords(encounter.type)],
  ['Reason for visit', encounter.reason],
  ['Provider', names.get(encounter.providerId) ?? ''],
  ['Author', names.get(note.authorId) ?? ''],
  ['Template', note.templateName],
  ['Status', noteStatusLabels[note.status]],
])}
${
  sections === null
    ? html`<p><b>INTEGRITY WARNING: this note's stored content cannot be read. It was changed outside Chartroom.</b></p>`
    : sections.map(
        (section) =>
          html`<h2>${section.title}</h2>${section.text.trim() === '' ? emptyState('Nothing entered.') : typedText(section.text)}`,
      )
}
${signatureBlock(printed, sections, context.zone)}
${
  printed.addenda.length > 0 &&
  html`<h2>Addenda (${printed.addenda.length})</h2>
${printed.addenda.map((addendum) => addendumBlock(printed, addendum, context.zone))}`
}`;
};
