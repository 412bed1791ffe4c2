import { asc } from 'drizzle-orm';
import { type ChartStore, repositories, schema } from '../../../../../db';
import { ChartroomError } from '../../../../contract/errors';

const problemItems = repositories.chartItems.versionedItems(schema.problems, asc(schema.problems.id));

type PatientRecord = NonNullable<ReturnType<typeof repositories.patients.getPatient>>;
type NoteRow = NonNullable<ReturnType<typeof repositories.notes.getNote>>;

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
  problems: ReturnType<typeof problemItems.list>;
  medications: ReturnType<typeof repositories.medications.items.list>;
  allergies: ReturnType<typeof repositories.allergies.listAllergies>;
  noKnownAllergies: ReturnType<typeof repositories.allergies.currentReview>;
  immunizations: ReturnType<typeof repositories.immunizations.items.list>;
  vitals: ReturnType<typeof repositories.vitals.items.list>;
  labPanels: ReturnType<typeof repositories.labs.panels.list>;
  labResults: ReturnType<typeof repositories.labs.currentObservations>;
  encounters: ReturnType<typeof repositories.encounters.items.list>;
  notes: { note: NoteRow; addenda: ReturnType<typeof repositories.notes.listAddenda> }[];
  documents: { document: ReturnType<typeof repositories.documents.items.list>[number]; content: Buffer }[];
  appointments: ReturnType<typeof repositories.appointments.listForPatient>;
}

/** A row the store promises (a note listed, a document's file) that is not there: the store is damaged. */
const missing = (what: string): never => {
  throw new ChartroomError(
    'STORE_CORRUPT',
    `The chart is missing ${what}, so it cannot be exported whole. Restore from a backup, or tell support.`,
  );
};

export const readChartRows = (store: ChartStore, patientId: number): ChartRows | undefined => {
  const db = store.db;
  const patient = repositories.patients.getPatient(db, patientId);
  if (!patient) return undefined;
  const labPanels = repositories.labs.panels.list(db, patientId).filter((panel) => !panel.retired);
  const exportedPanels = new Set(labPanels.map((panel) => panel.id));
  const notes = repositories.notes
    .listSummaries(db, patientId)
    .filter((summary) => !summary.retired)
    .map((summary) => {
      const note = repositories.notes.getNote(db, summary.id) ?? missing(`note ${summary.id}`);
      return { note, addenda: repositories.notes.listAddenda(db, note.id) };
    });
  const documents = repositories.documents.items
    .list(db, patientId)
    .filter((document) => !document.retired)
    .map((document) => ({
      document,
      content: repositories.documents.fileContent(db, document.id) ?? missing(`the file of document ${document.id}`),
    }));
  return {
    patient,
    problems: problemItems.list(db, patientId).filter((row) => !row.retired),
    medications: repositories.medications.items.list(db, patientId).filter((row) => !row.retired),
    allergies: repositories.allergies.listAllergies(db, patientId).filter((row) => row.status === 'active'),
    noKnownAllergies: repositories.allergies.currentReview(db, patientId),
    immunizations: repositories.immunizations.items.list(db, patientId).filter((row) => !row.retired),
    vitals: repositories.vitals.items.list(db, patientId).filter((row) => !row.retired),
    labPanels,
    labResults: repositories.labs.currentObservations(db, patientId).filter((row) => exportedPanels.has(row.panelId)),
    encounters: repositories.encounters.items.list(db, patientId).filter((row) => !row.retired),
    notes,
    documents,
    appointments: repositories.appointments.listForPatient(db, patientId),
  };
};
