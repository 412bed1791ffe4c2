import type { Bundle, Resource } from '@medplum/fhirtypes';
import { scheduleRows } from '../../helpers/appointment-rows';
import { buildPdf } from '../../helpers/document-files';
import type { Caller, TestPractice } from '../../helpers/practice';
import { localDate, patientInput } from '../../helpers/practice';
import {
  bookAnnualPhysical,
  diabetes,
  draftNote,
  fluShotGiven,
  hypertension,
  lisinopril,
  lopezPatient,
  metabolicPanel,
  noteAuthor,
  penicillinAllergy,
  resolvedAsthma,
  signWithAddendum,
  stoppedHydrocortisone,
  tdapRefused,
} from '../../helpers/realistic-chart';

/**
 * A realistic chart for the export tests, written through the API as staff would: demographics with
 * insurance and an emergency contact, problems (active, resolved, one retired), coded and uncoded
 * medications, an allergy, immunizations given, refused and reported, a full vitals set, two lab
 * panels with flags, two encounters with a signed note (and addendum) and a draft, a scanned PDF,
 * and two appointments. A second patient has only "no known allergies".
 */
export interface SeededChart {
  patientId: number;
  nkaPatientId: number;
  pdf: Buffer;
  providerId: number;
}

export const seedChart = async (practice: TestPractice, doctor: Caller, nurse: Caller): Promise<SeededChart> => {
  const author = await noteAuthor(doctor);
  const registered = await doctor.must('patients.register', {
    patient: { ...lopezPatient, suffix: 'Jr.', genderIdentity: 'Woman', pronouns: 'she/her' },
  });
  const nka = await nurse.must('patients.register', {
    patient: patientInput({ legalGivenName: 'Nora', legalFamilyName: 'Allen', birthDate: '1970-05-05' }),
  });
  if (registered.status !== 'registered' || nka.status !== 'registered') throw new Error('expected registrations');
  const patientId = registered.patient.id;

  await doctor.must('problems.add', { patientId, item: hypertension });
  await doctor.must('problems.add', { patientId, item: diabetes });
  await doctor.must('problems.add', { patientId, item: resolvedAsthma });
  const mistaken = await doctor.must('problems.add', {
    patientId,
    item: { code: 'R51.9', description: 'Headache, unspecified', clinicalStatus: 'active' },
  });
  await doctor.must('problems.retire', { patientId, itemId: mistaken.id, reason: 'Entered on the wrong chart' });

  await doctor.must('medications.add', {
    patientId,
    item: { ...lisinopril, rxcui: '29046', sig: 'Take 1 tablet by mouth once daily', startDate: '2019-04-01' },
  });
  await doctor.must('medications.add', { patientId, item: stoppedHydrocortisone });
  const wrongDrug = await doctor.must('medications.add', { patientId, item: { name: 'Warfarin', status: 'active' } });
  await doctor.must('medications.retire', { patientId, itemId: wrongDrug.id, reason: 'Entered in error' });

  await nurse.must('allergies.add', { patientId, allergy: { ...penicillinAllergy, onset: 'childhood' } });
  const latex = await nurse.must('allergies.add', {
    patientId,
    allergy: { substance: 'Latex', category: 'environmental', reaction: 'Rash', severity: 'mild' },
  });
  await nurse.must('allergies.retire', { patientId, allergyId: latex.id, reason: 'Patient says this was wrong' });
  await nurse.must('allergies.markNoKnown', { patientId: nka.patient.id });

  await nurse.must('immunizations.add', { patientId, item: fluShotGiven });
  await nurse.must('immunizations.add', { patientId, item: tdapRefused });
  await nurse.must('immunizations.add', { patientId, item: { kind: 'historical', cvx: '03', date: '1985-06-01' } });

  await nurse.must('vitals.add', {
    patientId,
    item: {
      takenAt: new Date(Date.now() - 3_600_000).toISOString(),
      systolic: 152,
      diastolic: 96,
      heartRate: 72,
      temperature: 37.0,
      temperatureUnit: 'C',
      weight: 70,
      height: 165,
      lengthUnit: 'cm',
      massUnit: 'kg',
      comment: 'Left arm, seated',
    },
  });
  const wrongVitals = await nurse.must('vitals.add', {
    patientId,
    item: {
      takenAt: new Date(Date.now() - 7_200_000).toISOString(),
      heartRate: 180,
      temperatureUnit: 'C',
      lengthUnit: 'cm',
      massUnit: 'kg',
    },
  });
  await nurse.must('vitals.retire', { patientId, itemId: wrongVitals.id, reason: 'Wrong patient' });

  await nurse.must('labs.add', {
    patientId,
    item: { ...metabolicPanel, orderingProvider: 'Dr. Jun Park', comment: 'Fasting' },
  });
  await nurse.must('labs.add', {
    patientId,
    item: {
      name: 'Urinalysis',
      collectedAt: '2026-01-05',
      analytes: [
        { analyte: 'Protein', value: 'Negative', referenceRange: 'Negative' },
        { analyte: 'Specific gravity', value: '1.020', referenceRange: '1.005-1.030' },
      ],
    },
  });

  const visit = (date: string) => ({ patientId, date, type: 'office-visit' as const });
  const signed = await draftNote(doctor, author, visit('2026-03-02'), [
    'Headaches for two weeks.',
    'BP 152/96.',
    'Hypertension, not at goal.',
  ]);
  await signWithAddendum(doctor, patientId, signed, 'Potassium reviewed: repeat BMP in one week.');
  await draftNote(doctor, author, visit('2026-03-05'), ['Draft follow-up text, still being written.']);

  const pdf = buildPdf([['Outside records', 'Cardiology consult 2025']]);
  await nurse.must('documents.import', {
    patientId,
    item: {
      title: 'Cardiology consult',
      category: 'outside-records',
      documentDate: '2025-11-10',
      comment: 'From Bay City Cardiology',
    },
    file: { name: 'consult.pdf', contentBase64: pdf.toString('base64') },
  });

  const rows = scheduleRows(practice.app, 'America/Chicago');
  const physical = bookAnnualPhysical(rows, patientId, author.providerId);
  rows.appointment(
    {
      patientId,
      providerId: author.providerId,
      typeId: physical,
      date: localDate(-40),
      time: '10:00',
      minutes: 30,
      status: 'cancelled',
      cancelReason: 'Patient ill',
    },
    author.providerId,
  );
  return { patientId, nkaPatientId: nka.patient.id, pdf, providerId: author.providerId };
};

/** Every `reference` string anywhere in a resource. */
export const referencesIn = (value: unknown): string[] => {
  if (Array.isArray(value)) return value.flatMap(referencesIn);
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([key, inner]) =>
      key === 'reference' && typeof inner === 'string' ? [inner] : referencesIn(inner),
    );
  return [];
};

export const resourcesOf = (bundle: Bundle): Resource[] =>
  (bundle.entry ?? []).flatMap((entry) => (entry.resource ? [entry.resource] : []));

export const countByType = (resources: readonly Resource[]): Record<string, number> => {
  const counts: Record<string, number> = {};
  for (const resource of resources) counts[resource.resourceType] = (counts[resource.resourceType] ?? 0) + 1;
  return counts;
};
