import type { InputOf } from '../../electron/contract/procedures';
import type { Recipient } from '../../electron/contract/release';
import type { scheduleRows } from './appointment-rows';
import type { Caller } from './practice';
import { localDate, patientInput } from './test-data';

/**
 * The records of a realistic chart, Maria Lopez's: hypertension and diabetes with the medicines, allergy,
 * immunizations and labs that go with them, as staff would enter them. Plain data and functions that
 * only call the API, so the print, export, chart and E2E tests seed the same chart; a test spreads
 * what it checks on top (`{ ...lisinopril, rxcui: '29046' }`).
 */
export const lopezPatient = patientInput({
  legalGivenName: 'Maria',
  legalMiddleName: 'Elena',
  legalFamilyName: 'Lopez',
  preferredName: 'Mari',
  email: 'maria.lopez@example.org',
  homePhone: '(217) 555-0199',
  preferredLanguage: 'Spanish',
  emergencyContact: { name: 'Jose Lopez', relationship: 'Husband', phone: '(217) 555-0177' },
  insurance: {
    payerName: 'Prairie Health Plan',
    planName: 'PPO Gold',
    memberId: 'PHP-448812',
    groupNumber: 'G-7100',
    subscriberName: 'Maria Lopez',
    subscriberRelationship: 'self',
  },
});

type Problem = InputOf<'problems.add'>['item'];

export const hypertension: Problem = {
  code: 'I10',
  description: 'Essential (primary) hypertension',
  clinicalStatus: 'active',
  onset: '2019-04-01',
};

export const diabetes: Problem = {
  code: 'E11.9',
  description: 'Type 2 diabetes mellitus without complications',
  clinicalStatus: 'active',
  comment: 'Diet controlled until 2024',
};

export const resolvedAsthma: Problem = {
  code: 'J45.909',
  description: 'Unspecified asthma, uncomplicated',
  clinicalStatus: 'resolved',
};

type Medication = InputOf<'medications.add'>['item'];

export const lisinopril: Medication = {
  name: 'Lisinopril',
  strength: '10 mg',
  doseAmount: 1,
  doseUnit: 'tablet',
  route: 'oral',
  frequency: 'once daily',
  prescriber: 'Dr. Jun Park',
  status: 'active',
};

export const stoppedHydrocortisone: Medication = {
  name: 'Hydrocortisone cream',
  strength: '1%',
  status: 'stopped',
  startDate: '2019-01-01',
  stopDate: '2020-01-01',
};

export const penicillinAllergy: InputOf<'allergies.add'>['allergy'] = {
  substance: 'Penicillin',
  category: 'drug',
  reaction: 'Hives',
  severity: 'severe',
};

type Immunization = InputOf<'immunizations.add'>['item'];

/** An influenza dose given here 20 days ago, with everything a dose given here records. */
export const fluShotGiven: Immunization = {
  kind: 'administered',
  cvx: '150',
  date: localDate(-20),
  lot: 'FL2291',
  expiry: localDate(120),
  manufacturer: 'Sanofi Pasteur',
  site: 'left-deltoid',
  route: 'intramuscular',
  dose: '0.5 mL',
  administeredBy: 'Amy Nurse',
  visDate: '2023-08-06',
};

export const tdapRefused: Immunization = {
  kind: 'refused',
  cvx: '115',
  date: localDate(-10),
  refusalReason: 'Patient declined today',
};

/** A basic metabolic panel with one result high (potassium) and one low (glucose). */
export const metabolicPanel: InputOf<'labs.add'>['item'] = {
  name: 'Basic metabolic panel',
  collectedAt: '2026-02-01T08:00',
  performingLab: 'Springfield Reference Lab',
  analytes: [
    { analyte: 'Sodium', value: '140', unit: 'mmol/L', referenceRange: '135-145' },
    { analyte: 'Potassium', value: '5.9', unit: 'mmol/L', referenceRange: '3.5-5.1' },
    { analyte: 'Glucose', value: '62', unit: 'mg/dL', referenceRange: '70-99' },
  ],
};

/** The cardiologist Maria Lopez is referred to, whom her records are released to. */
export const cardiologyRecipient: Recipient = {
  name: 'Dr. Helen Ortiz',
  organisation: 'Bay City Cardiology',
  address: '40 Harbor Way\nBay City, MI 48706',
  phone: '(555) 010-3000',
  fax: '(555) 010-3001',
};

/** The physician's provider id and the first note template, which every note below is written with. */
export const noteAuthor = async (doctor: Caller): Promise<{ providerId: number; templateId: number }> => {
  const [provider] = await doctor.must('encounters.providers', {});
  const [template] = await doctor.must('noteTemplates.list', {});
  if (!provider || !template) throw new Error('expected a provider and a template');
  return { providerId: provider.id, templateId: template.id };
};

export interface DraftNote {
  noteId: number;
  version: number;
  sections: { title: string; text: string }[];
}

/** An encounter on `date` and its note, the template's sections filled with `texts` in order, saved as a draft. */
export const draftNote = async (
  doctor: Caller,
  author: { providerId: number; templateId: number },
  visit: { patientId: number; date: string; type: 'office-visit' | 'follow-up' },
  texts: string[],
): Promise<DraftNote> => {
  const { patientId, date, type } = visit;
  const encounter = await doctor.must('encounters.add', {
    patientId,
    item: { date, providerId: author.providerId, type, reason: `Visit on ${date}` },
  });
  const note = await doctor.must('notes.create', {
    patientId,
    encounterId: encounter.id,
    templateId: author.templateId,
  });
  const sections = note.sections.map((section, index) => ({ title: section.title, text: texts[index] ?? '' }));
  await doctor.must('notes.saveDraft', { patientId, noteId: note.id, expectedVersion: note.version, sections });
  return { noteId: note.id, version: note.version + 1, sections };
};

/** Signs a drafted note as it stands, then adds an addendum under the signed original. */
export const signWithAddendum = async (
  doctor: Caller,
  patientId: number,
  draft: DraftNote,
  addendum: string,
): Promise<void> => {
  await doctor.must('notes.sign', {
    patientId,
    noteId: draft.noteId,
    expectedVersion: draft.version,
    sections: draft.sections,
  });
  await doctor.must('notes.addAddendum', { patientId, noteId: draft.noteId, text: addendum });
};

/** Makes the provider bookable and books the patient's annual physical in 30 days at 9:30; returns the type's id. */
export const bookAnnualPhysical = (
  rows: ReturnType<typeof scheduleRows>,
  patientId: number,
  providerId: number,
): number => {
  rows.provider(providerId);
  const physical = rows.type('Annual physical', 30);
  rows.appointment(
    { patientId, providerId, typeId: physical, date: localDate(30), time: '09:30', minutes: 30 },
    providerId,
  );
  return physical;
};
