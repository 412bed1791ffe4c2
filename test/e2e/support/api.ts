import type { InputOf, OutputOf } from '../../../electron/contract/procedures';
import type { Role } from '../../../electron/contract/roles';
import { type Caller, callerFor, staffPasswords } from '../../helpers/practice';
import type { PreviewPractice } from '../fixtures';

/**
 * Direct service access for arranging a test and checking its effects, through the same router the
 * renderer calls (a separate connection, as if from another window on workstation "e2e-api").
 */
export type PatientInput = InputOf<'patients.register'>['patient'];
export type Patient = Extract<OutputOf<'patients.register'>, { status: 'registered' }>['patient'];

export const apiCaller = async (practice: PreviewPractice, role: Role): Promise<Caller> => {
  const caller = callerFor(practice.app, practice.app.openConnection('http', 'e2e-api'));
  const { username, password } = staffPasswords[role];
  await caller.must('auth.login', { username, password });
  return caller;
};

/** Registers each patient as the front desk would; fails the test when one is refused or held as a duplicate. */
export const registerPatients = async (practice: PreviewPractice, patients: PatientInput[]): Promise<Patient[]> => {
  const caller = await apiCaller(practice, 'front_desk');
  const registered: Patient[] = [];
  for (const patient of patients) {
    const outcome = await caller.must('patients.register', { patient });
    if (outcome.status !== 'registered') {
      throw new Error(`${patient.legalGivenName} ${patient.legalFamilyName} was held as a possible duplicate`);
    }
    registered.push(outcome.patient);
  }
  await caller.must('auth.logout', {});
  return registered;
};

/** How many patients the store holds, read from the open store, e.g. to prove that nothing was registered. */
export const countPatients = (practice: PreviewPractice): number =>
  (practice.app.services.vault.store.sqlite.prepare('SELECT COUNT(*) AS n FROM patients').get() as { n: number }).n;

/**
 * A visit note by the physician on the patient's chart (an office visit on `date` with the default
 * template), signed with an assessment or left as a draft. Returns the note's id.
 */
export const addVisitNote = async (
  practice: PreviewPractice,
  patientId: number,
  { date, signed }: { date: string; signed: boolean },
): Promise<number> => {
  const doctor = await apiCaller(practice, 'physician');
  const [provider] = await doctor.must('encounters.providers', {});
  const template = (await doctor.must('noteTemplates.list', {})).find((entry) => entry.isDefault)!;
  const encounter = await doctor.must('encounters.add', {
    patientId,
    item: { date, providerId: provider!.id, type: 'office-visit', reason: 'Follow-up' },
  });
  const note = await doctor.must('notes.create', { patientId, encounterId: encounter.id, templateId: template.id });
  if (signed) {
    await doctor.must('notes.sign', {
      patientId,
      noteId: note.id,
      expectedVersion: note.version,
      sections: note.sections.map((section) => ({
        title: section.title,
        text: section.title === 'Assessment' ? 'Hypertension, well controlled.' : section.text,
      })),
    });
  }
  await doctor.must('auth.logout', {});
  return note.id;
};
