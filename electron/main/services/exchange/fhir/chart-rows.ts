import { asc, eq } from 'drizzle-orm';
import { type ChartStore, repositories, schema } from '../../../../../db';
import { ChartroomError } from '../../../../contract/errors';

type PatientRecord = NonNullable<ReturnType<typeof repositories.patients.getPatient>>;
type NoteRow = repositories.notes.NoteRow;
type AddendumRow = repositories.notes.AddendumRow;
type EncounterRow = ReturnType<typeof repositories.encounters.items.list>[number];

/** A note as the archive page prints it: with its encounter (retired or not) and its addenda. */
export interface NoteOnChart {
  note: NoteRow;
  encounter: EncounterRow;
  addenda: AddendumRow[];
}

/**
 * Everything of one chart that leaves in an export, read in one go.
 *
 * Retired items are left out, not sent as entered-in-error: a retired item was entered in error or
 * withdrawn, a receiving system that shows it would show a mistake as history, and FHIR receivers
 * commonly drop entered-in-error resources anyway. Their versions stay in Chartroom's own record
 * (and its backups). A resolved problem or a stopped medication is not retired: it is exported with
 * its clinical status. Notes of a retired encounter keep their text but lose the encounter link.
 */
export interface ChartRows {
  patient: PatientRecord;
  problems: repositories.problems.ProblemRow[];
  medications: ReturnType<typeof repositories.medications.items.list>;
  allergies: ReturnType<typeof repositories.allergies.listAllergies>;
  noKnownAllergies: ReturnType<typeof repositories.allergies.currentReview>;
  immunizations: ReturnType<typeof repositories.immunizations.items.list>;
  vitals: ReturnType<typeof repositories.vitals.items.list>;
  labPanels: ReturnType<typeof repositories.labs.panels.list>;
  labResults: ReturnType<typeof repositories.labs.currentObservations>;
  encounters: ReturnType<typeof repositories.encounters.items.list>;
  notes: { note: NoteRow; addenda: AddendumRow[] }[];
  /** Every note, retired ones too, newest first: what the archive page prints. */
  allNotesNewestFirst: NoteOnChart[];
  documents: { document: ReturnType<typeof repositories.documents.items.list>[number]; content: Buffer }[];
  appointments: ReturnType<typeof repositories.appointments.listForPatient>;
}

/** A row the store promises (a note's encounter, a document's file) that is not there: the store is damaged. */
const missing = (what: string): never => {
  throw new ChartroomError(
    'STORE_CORRUPT',
    `The chart is missing ${what}, so it cannot be exported whole. Restore from a backup, or tell support.`,
  );
};

/** The chart's addenda, one query, by note; each note's in the order they were written. */
const addendaByNote = (store: ChartStore, patientId: number): Map<number, AddendumRow[]> => {
  const byNote = new Map<number, AddendumRow[]>();
  const rows = store.db
    .select()
    .from(schema.noteAddenda)
    .where(eq(schema.noteAddenda.patientId, patientId))
    .orderBy(asc(schema.noteAddenda.id))
    .all();
  for (const addendum of rows) {
    const ofNote = byNote.get(addendum.noteId);
    if (ofNote) ofNote.push(addendum);
    else byNote.set(addendum.noteId, [addendum]);
  }
  return byNote;
};

export const readChartRows = (store: ChartStore, patientId: number): ChartRows | undefined => {
  const db = store.db;
  const patient = repositories.patients.getPatient(db, patientId);
  if (!patient) return undefined;
  const labPanels = repositories.labs.panels.list(db, patientId).filter((panel) => !panel.retired);
  const exportedPanels = new Set(labPanels.map((panel) => panel.id));
  const encounters = repositories.encounters.items.list(db, patientId);
  const encounterById = new Map(encounters.map((encounter) => [encounter.id, encounter]));
  const addenda = addendaByNote(store, patientId);
  const allNotesNewestFirst = repositories.releaseReads.notesNewestFirst(db, patientId).map((note) => ({
    note,
    encounter: encounterById.get(note.encounterId) ?? missing(`the encounter of note ${note.id}`),
    addenda: addenda.get(note.id) ?? [],
  }));
  const notes = allNotesNewestFirst
    .filter(({ note }) => !note.retired)
    .sort((a, b) => a.note.id - b.note.id)
    .map(({ note, addenda }) => ({ note, addenda }));
  const documents = repositories.documents.items
    .list(db, patientId)
    .filter((document) => !document.retired)
    .map((document) => ({
      document,
      content: repositories.documents.fileContent(db, document.id) ?? missing(`the file of document ${document.id}`),
    }));
  return {
    patient,
    problems: repositories.problems.items
      .list(db, patientId)
      .filter((row) => !row.retired)
      .sort((a, b) => a.id - b.id),
    medications: repositories.medications.items.list(db, patientId).filter((row) => !row.retired),
    allergies: repositories.allergies.listAllergies(db, patientId).filter((row) => row.status === 'active'),
    noKnownAllergies: repositories.allergies.currentReview(db, patientId),
    immunizations: repositories.immunizations.items.list(db, patientId).filter((row) => !row.retired),
    vitals: repositories.vitals.items.list(db, patientId).filter((row) => !row.retired),
    labPanels,
    labResults: repositories.labs.currentObservations(db, patientId).filter((row) => exportedPanels.has(row.panelId)),
    encounters: encounters.filter((row) => !row.retired),
    notes,
    allNotesNewestFirst,
    documents,
    appointments: repositories.appointments.listForPatient(db, patientId),
  };
};
