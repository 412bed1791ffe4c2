import type { Bundle, Resource } from '@medplum/fhirtypes';
import { scheduleRows } from '../../helpers/appointment-rows';
import { buildPdf } from '../../helpers/document-files';
import type { Caller, TestPractice } from '../../helpers/practice';
import { localDate, patientInput } from '../../helpers/practice';

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
  const [provider] = await doctor.must('encounters.providers', {});
  const [template] = await doctor.must('noteTemplates.list', {});
  if (!provider || !template) throw new Error('expected a provider and a template');
  const registered = await doctor.must('patients.register', {
    patient: patientInput({
      legalGivenName: 'Maria',
      legalMiddleName: 'Elena',
      legalFamilyName: 'Lopez',
      suffix: 'Jr.',
      preferredName: 'Mari',
      genderIdentity: 'Woman',
      pronouns: 'she/her',
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
    }),
  });
  const nka = await nurse.must('patients.register', {
    patient: patientInput({ legalGivenName: 'Nora', legalFamilyName: 'Allen', birthDate: '1970-05-05' }),
  });
  if (registered.status !== 'registered' || nka.status !== 'registered') throw new Error('expected registrations');
  const patientId = registered.patient.id;

  await doctor.must('problems.add', {
    patientId,
    item: {
      code: 'I10',
      description: 'Essential (primary) hypertension',
      clinicalStatus: 'active',
      onset: '2019-04-01',
    },
  });
  await doctor.must('problems.add', {
    patientId,
    item: {
      code: 'E11.9',
      description: 'Type 2 diabetes mellitus without complications',
      clinicalStatus: 'active',
      comment: 'Diet controlled until 2024',
    },
  });
  await doctor.must('problems.add', {
    patientId,
    item: { code: 'J45.909', description: 'Unspecified asthma, uncomplicated', clinicalStatus: 'resolved' },
  });
  const mistaken = await doctor.must('problems.add', {
    patientId,
    item: { code: 'R51.9', description: 'Headache, unspecified', clinicalStatus: 'active' },
  });
  await doctor.must('problems.retire', { patientId, itemId: mistaken.id, reason: 'Entered on the wrong chart' });

  await doctor.must('medications.add', {
    patientId,
    item: {
      rxcui: '29046',
      name: 'Lisinopril',
      strength: '10 mg',
      doseAmount: 1,
      doseUnit: 'tablet',
      route: 'oral',
      frequency: 'once daily',
      sig: 'Take 1 tablet by mouth once daily',
      prescriber: 'Dr. Jun Park',
      startDate: '2019-04-01',
      status: 'active',
    },
  });
  await doctor.must('medications.add', {
    patientId,
    item: {
      name: 'Hydrocortisone cream',
      strength: '1%',
      status: 'stopped',
      startDate: '2019-01-01',
      stopDate: '2020-01-01',
    },
  });
  const wrongDrug = await doctor.must('medications.add', { patientId, item: { name: 'Warfarin', status: 'active' } });
  await doctor.must('medications.retire', { patientId, itemId: wrongDrug.id, reason: 'Entered in error' });

  await nurse.must('allergies.add', {
    patientId,
    allergy: { substance: 'Penicillin', category: 'drug', reaction: 'Hives', severity: 'severe', onset: 'childhood' },
  });
  const latex = await nurse.must('allergies.add', {
    patientId,
    allergy: { substance: 'Latex', category: 'environmental', reaction: 'Rash', severity: 'mild' },
  });
  await nurse.must('allergies.retire', { patientId, allergyId: latex.id, reason: 'Patient says this was wrong' });
  await nurse.must('allergies.markNoKnown', { patientId: nka.patient.id });

  await nurse.must('immunizations.add', {
    patientId,
    item: {
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
    },
  });
  await nurse.must('immunizations.add', {
    patientId,
    item: { kind: 'refused', cvx: '115', date: localDate(-10), refusalReason: 'Patient declined today' },
  });
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
    item: {
      name: 'Basic metabolic panel',
      collectedAt: '2026-02-01T08:00',
      orderingProvider: 'Dr. Jun Park',
      performingLab: 'Springfield Reference Lab',
      comment: 'Fasting',
      analytes: [
        { analyte: 'Sodium', value: '140', unit: 'mmol/L', referenceRange: '135-145' },
        { analyte: 'Potassium', value: '5.9', unit: 'mmol/L', referenceRange: '3.5-5.1' },
        { analyte: 'Glucose', value: '62', unit: 'mg/dL', referenceRange: '70-99' },
      ],
    },
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

  const noteOn = async (date: string, texts: string[]) => {
    const encounter = await doctor.must('encounters.add', {
      patientId,
      item: { date, providerId: provider.id, type: 'office-visit', reason: `Visit on ${date}` },
    });
    const note = await doctor.must('notes.create', { patientId, encounterId: encounter.id, templateId: template.id });
    const sections = note.sections.map((section, index) => ({ title: section.title, text: texts[index] ?? '' }));
    await doctor.must('notes.saveDraft', { patientId, noteId: note.id, expectedVersion: note.version, sections });
    return { noteId: note.id, version: note.version + 1, sections };
  };
  const signed = await noteOn('2026-03-02', ['Headaches for two weeks.', 'BP 152/96.', 'Hypertension, not at goal.']);
  await doctor.must('notes.sign', {
    patientId,
    noteId: signed.noteId,
    expectedVersion: signed.version,
    sections: signed.sections,
  });
  await doctor.must('notes.addAddendum', {
    patientId,
    noteId: signed.noteId,
    text: 'Potassium reviewed: repeat BMP in one week.',
  });
  await noteOn('2026-03-05', ['Draft follow-up text, still being written.']);

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
  rows.provider(provider.id);
  const physical = rows.type('Annual physical', 30);
  rows.appointment(
    { patientId, providerId: provider.id, typeId: physical, date: localDate(30), time: '09:30', minutes: 30 },
    provider.id,
  );
  rows.appointment(
    {
      patientId,
      providerId: provider.id,
      typeId: physical,
      date: localDate(-40),
      time: '10:00',
      minutes: 30,
      status: 'cancelled',
      cancelReason: 'Patient ill',
    },
    provider.id,
  );
  return { patientId, nkaPatientId: nka.patient.id, pdf, providerId: provider.id };
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
