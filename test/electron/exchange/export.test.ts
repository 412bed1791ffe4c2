import { createHash } from 'node:crypto';
import type {
  AllergyIntolerance,
  Appointment,
  Bundle,
  Condition,
  Coverage,
  DiagnosticReport,
  DocumentReference,
  Encounter,
  Immunization,
  MedicationStatement,
  Observation,
  Patient,
  Resource,
} from '@medplum/fhirtypes';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositories } from '../../../db';
import { exportPatientBundle } from '../../../electron/main/services/exchange/fhir/bundle';
import { type Caller, createTestPractice, type TestPractice } from '../../helpers/practice';
import { auditRowsAfter, countRows, lastAuditId } from '../../helpers/sentinel';
import { countByType, referencesIn, resourcesOf, type SeededChart, seedChart } from './export-chart';

/**
 * Issue 6, one chart as a FHIR R4 bundle: the realistic chart of export-chart.ts exported through the
 * API, checked for resolving references, the right codes and systems, counts equal to the chart,
 * retired items left out, and exactly one disclosure and one audit row per export.
 */
let practice: TestPractice;
let doctor: Caller;
let nurse: Caller;
let chart: SeededChart;
let bundle: Bundle;
let resources: Resource[];

const recipient = { name: 'Dr. Helen Ortiz', organisation: 'Bay City Cardiology', fax: '(555) 010-3001' };
const sqlite = () => practice.app.services.vault.store.sqlite;
const ofType = <T extends Resource>(type: T['resourceType']): T[] =>
  resources.filter((resource): resource is T => resource.resourceType === type);
const onlyOne = <T>(items: T[]): T => {
  expect(items).toHaveLength(1);
  return items[0] as T;
};

beforeAll(async () => {
  practice = await createTestPractice();
  doctor = await practice.signIn('physician');
  nurse = await practice.signIn('nurse');
  chart = await seedChart(practice, doctor, nurse);
  const exported = await nurse.must('exchange.exportPatient', {
    patientId: chart.patientId,
    recipient,
    purpose: 'continuity-of-care',
  });
  bundle = JSON.parse(exported.json) as Bundle;
  resources = resourcesOf(bundle);
});
afterAll(() => practice.cleanup());

describe('FHIR R4 export of one chart', () => {
  it('is a collection bundle whose every reference resolves to an entry of it', async () => {
    expect(bundle.resourceType).toBe('Bundle');
    expect(bundle.type).toBe('collection');
    expect(bundle.meta?.lastUpdated).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    const fullUrls = new Set((bundle.entry ?? []).map((entry) => entry.fullUrl));
    expect(fullUrls.size).toBe(bundle.entry?.length);
    for (const entry of bundle.entry ?? []) {
      expect(entry.fullUrl).toBe(`urn:uuid:${entry.resource?.id}`);
      expect(entry.fullUrl).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    }
    const references = referencesIn(resources);
    expect(references.length).toBeGreaterThan(30);
    expect(references.filter((reference) => !fullUrls.has(reference))).toEqual([]);
    // FHIR forbids empty strings and empty arrays.
    expect(JSON.stringify(bundle)).not.toMatch(/""|\[\]/);
  });

  it('holds exactly what the chart holds, retired items left out', async () => {
    expect(countByType(resources)).toEqual({
      Patient: 1,
      Coverage: 1,
      Condition: 3,
      MedicationStatement: 2,
      AllergyIntolerance: 1,
      Immunization: 3,
      // The vitals panel, blood pressure, heart rate, temperature, height, weight and BMI; five lab results.
      Observation: 12,
      DiagnosticReport: 2,
      Encounter: 2,
      DocumentReference: 3,
      Appointment: 2,
    });
    const problems = await doctor.must('problems.list', { patientId: chart.patientId });
    expect(problems.retired.map((p) => p.code)).toEqual(['R51.9']);
    expect(
      ofType<Condition>('Condition')
        .map((c) => c.code?.coding?.[0]?.code)
        .sort(),
    ).toEqual([...problems.active, ...problems.resolved].map((p) => p.code).sort());
    const text = JSON.stringify(bundle);
    for (const retired of ['R51.9', 'Warfarin', 'Latex', '"value":180']) expect(text).not.toContain(retired);
  });

  it('writes the patient with MRN, names, telecom, address, gender, contact and coverage', async () => {
    const patient = onlyOne(ofType<Patient>('Patient'));
    const record = repositories.patients.getPatient(practice.app.services.vault.store.db, chart.patientId);
    expect(patient.identifier).toEqual([
      expect.objectContaining({ system: 'urn:chartroom:mrn', value: record?.mrn, type: expect.anything() }),
    ]);
    expect(patient.name).toEqual([
      { use: 'official', family: 'Lopez', given: ['Maria', 'Elena'], suffix: ['Jr.'] },
      { use: 'usual', family: 'Lopez', given: ['Mari'] },
    ]);
    expect(patient.gender).toBe('female');
    expect(patient.birthDate).toBe('1980-03-04');
    expect(patient.telecom).toEqual([
      { system: 'phone', use: 'mobile', value: '(217) 555-0142' },
      { system: 'phone', use: 'home', value: '(217) 555-0199' },
      { system: 'email', use: 'home', value: 'maria.lopez@example.org' },
    ]);
    expect(patient.address?.[0]).toMatchObject({
      line: ['5 Elm St'],
      city: 'Springfield',
      state: 'IL',
      postalCode: '62701',
    });
    expect(patient.communication?.[0]?.language.text).toBe('Spanish');
    expect(patient.extension?.map((e) => e.valueCodeableConcept?.text)).toEqual(['Woman', 'she/her']);
    expect(patient.contact?.[0]).toMatchObject({
      name: { text: 'Jose Lopez' },
      telecom: [{ system: 'phone', value: '(217) 555-0177' }],
      relationship: [{ coding: [{ code: 'C' }], text: 'Husband' }],
    });
    const coverage = onlyOne(ofType<Coverage>('Coverage'));
    expect(coverage).toMatchObject({
      status: 'active',
      subscriberId: 'PHP-448812',
      payor: [{ display: 'Prairie Health Plan' }],
      relationship: { coding: [{ code: 'self' }] },
    });
    expect(coverage.class?.map((c) => c.value)).toEqual(['G-7100', 'PPO Gold']);
  });

  it('codes problems in ICD-10-CM with their clinical status and onset', () => {
    const byCode = new Map(ofType<Condition>('Condition').map((c) => [c.code?.coding?.[0]?.code, c]));
    const hypertension = byCode.get('I10');
    expect(hypertension?.code?.coding?.[0]?.system).toBe('http://hl7.org/fhir/sid/icd-10-cm');
    expect(hypertension?.clinicalStatus?.coding?.[0]?.code).toBe('active');
    expect(hypertension?.onsetDateTime).toBe('2019-04-01');
    expect(byCode.get('J45.909')?.clinicalStatus?.coding?.[0]?.code).toBe('resolved');
    expect(byCode.get('E11.9')?.note?.[0]?.text).toBe('Diet controlled until 2024');
  });

  it('writes medications with RxNorm or text, the sig, status and period', () => {
    const [lisinopril, cream] = ['Lisinopril 10 mg', 'Hydrocortisone cream 1%'].map((text) =>
      ofType<MedicationStatement>('MedicationStatement').find((m) => m.medicationCodeableConcept?.text === text),
    );
    expect(lisinopril?.medicationCodeableConcept?.coding).toEqual([
      { system: 'http://www.nlm.nih.gov/research/umls/rxnorm', code: '29046', display: 'Lisinopril' },
    ]);
    expect(lisinopril?.status).toBe('active');
    expect(lisinopril?.dosage?.[0]).toMatchObject({
      text: 'Take 1 tablet by mouth once daily',
      route: { text: 'oral' },
      doseAndRate: [{ doseQuantity: { value: 1, unit: 'tablet' } }],
    });
    expect(lisinopril?.effectivePeriod).toEqual({ start: '2019-04-01' });
    expect(cream?.medicationCodeableConcept?.coding).toBeUndefined();
    expect(cream?.status).toBe('stopped');
    expect(cream?.effectivePeriod).toEqual({ start: '2019-01-01', end: '2020-01-01' });
  });

  it('writes the allergy, and "no known allergies" as SNOMED 716186003 on the chart that states it', async () => {
    const penicillin = onlyOne(ofType<AllergyIntolerance>('AllergyIntolerance'));
    expect(penicillin).toMatchObject({
      code: { text: 'Penicillin' },
      category: ['medication'],
      onsetString: 'childhood',
      reaction: [{ manifestation: [{ text: 'Hives' }], severity: 'severe' }],
      clinicalStatus: { coding: [{ code: 'active' }] },
    });
    const nka = resourcesOf(exportPatientBundle(practice.app.services.vault.store, chart.nkaPatientId, new Date()));
    const statement = onlyOne(nka.filter((r): r is AllergyIntolerance => r.resourceType === 'AllergyIntolerance'));
    expect(statement.code?.coding).toEqual([
      { system: 'http://snomed.info/sct', code: '716186003', display: 'No known allergy (situation)' },
    ]);
    expect(statement.recorder?.display).toBe('Amy Nurse');
  });

  it('writes immunizations in CVX: given with lot and expiry, refused as not-done with the reason, reported', () => {
    const byCvx = new Map(ofType<Immunization>('Immunization').map((i) => [i.vaccineCode.coding?.[0]?.code, i]));
    const given = byCvx.get('150');
    expect(given?.vaccineCode.coding?.[0]?.system).toBe('http://hl7.org/fhir/sid/cvx');
    expect(given).toMatchObject({
      status: 'completed',
      lotNumber: 'FL2291',
      primarySource: true,
      manufacturer: { display: 'Sanofi Pasteur' },
    });
    expect(given?.expirationDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(given?.education).toEqual([{ publicationDate: '2023-08-06', presentationDate: given?.occurrenceDateTime }]);
    expect(byCvx.get('115')).toMatchObject({ status: 'not-done', statusReason: { text: 'Patient declined today' } });
    expect(byCvx.get('03')).toMatchObject({
      status: 'completed',
      primarySource: false,
      occurrenceDateTime: '1985-06-01',
    });
  });

  it('writes vitals as vital-signs Observations with LOINC codes and UCUM units, in a panel', () => {
    const vitals = ofType<Observation>('Observation').filter(
      (o) => o.category?.[0]?.coding?.[0]?.code === 'vital-signs',
    );
    const byLoinc = new Map(vitals.map((o) => [o.code.coding?.[0]?.code, o]));
    expect([...byLoinc.keys()].sort()).toEqual([
      '29463-7',
      '39156-5',
      '8302-2',
      '8310-5',
      '85353-1',
      '85354-9',
      '8867-4',
    ]);
    expect(
      byLoinc
        .get('85354-9')
        ?.component?.map((c) => [c.code.coding?.[0]?.code, c.valueQuantity?.value, c.valueQuantity?.code]),
    ).toEqual([
      ['8480-6', 152, 'mm[Hg]'],
      ['8462-4', 96, 'mm[Hg]'],
    ]);
    expect(byLoinc.get('8310-5')?.valueQuantity).toEqual({
      value: 37,
      unit: '°C',
      system: 'http://unitsofmeasure.org',
      code: 'Cel',
    });
    expect(byLoinc.get('29463-7')?.valueQuantity).toMatchObject({ value: 70, code: 'kg' });
    expect(byLoinc.get('39156-5')?.valueQuantity).toMatchObject({ value: 25.7, code: 'kg/m2' });
    const panel = byLoinc.get('85353-1');
    expect(panel?.hasMember).toHaveLength(6);
    expect(panel?.note).toEqual([{ text: 'Left arm, seated' }]);
  });

  it('writes lab panels as reports of laboratory Observations with value, range and interpretation', () => {
    const labs = ofType<Observation>('Observation').filter((o) => o.category?.[0]?.coding?.[0]?.code === 'laboratory');
    const byName = new Map(labs.map((o) => [o.code.text, o]));
    expect(byName.get('Potassium')).toMatchObject({
      valueQuantity: { value: 5.9, unit: 'mmol/L' },
      referenceRange: [{ low: { value: 3.5 }, high: { value: 5.1 } }],
      interpretation: [
        { coding: [{ system: 'http://terminology.hl7.org/CodeSystem/v3-ObservationInterpretation', code: 'H' }] },
      ],
      effectiveDateTime: '2026-02-01T08:00:00-06:00',
    });
    expect(byName.get('Glucose')?.interpretation?.[0]?.coding?.[0]?.code).toBe('L');
    expect(byName.get('Sodium')?.interpretation).toBeUndefined();
    expect(byName.get('Protein')).toMatchObject({ valueString: 'Negative', referenceRange: [{ text: 'Negative' }] });
    const reports = ofType<DiagnosticReport>('DiagnosticReport');
    const bmp = reports.find((r) => r.code.text === 'Basic metabolic panel');
    expect(bmp).toMatchObject({
      status: 'final',
      performer: [{ display: 'Springfield Reference Lab' }],
      resultsInterpreter: [{ display: 'Dr. Jun Park' }],
      conclusion: 'Fasting',
    });
    expect(bmp?.result).toHaveLength(3);
  });

  it('writes encounters, notes with addenda as text, the scanned file, and appointments', () => {
    const encounters = ofType<Encounter>('Encounter');
    expect(
      encounters.map((e) => [e.class.code, e.period?.start, e.participant?.[0]?.individual?.display]).sort(),
    ).toEqual([
      ['AMB', '2026-03-02', 'Dr. Jun Park'],
      ['AMB', '2026-03-05', 'Dr. Jun Park'],
    ]);
    const documents = ofType<DocumentReference>('DocumentReference');
    const notes = documents.filter((d) => d.type?.coding?.[0]?.code === '11506-3');
    expect(notes.map((n) => n.docStatus).sort()).toEqual(['final', 'preliminary']);
    const signed = notes.find((n) => n.docStatus === 'final');
    const text = Buffer.from(signed?.content[0]?.attachment.data ?? '', 'base64').toString('utf8');
    expect(text).toContain('Headaches for two weeks.');
    expect(text).toContain('ADDENDUM by Dr. Jun Park');
    expect(text).toContain('Potassium reviewed: repeat BMP in one week.');
    const encounterUrl = (bundle.entry ?? []).find(
      (entry) =>
        entry.resource?.resourceType === 'Encounter' && (entry.resource as Encounter).period?.start === '2026-03-02',
    )?.fullUrl;
    expect(signed?.context?.encounter?.[0]?.reference).toBe(encounterUrl);
    const scan = documents.find((d) => d.content[0]?.attachment.contentType === 'application/pdf');
    expect(Buffer.from(scan?.content[0]?.attachment.data ?? '', 'base64').equals(chart.pdf)).toBe(true);
    expect(scan?.content[0]?.attachment).toMatchObject({
      title: 'consult.pdf',
      size: chart.pdf.length,
      creation: '2025-11-10',
    });
    expect(scan?.description).toBe('Cardiology consult\nFrom Bay City Cardiology');
    const appointments = ofType<Appointment>('Appointment');
    expect(appointments.map((a) => a.status).sort()).toEqual(['booked', 'cancelled']);
    for (const appointment of appointments) {
      expect(appointment.participant.map((p) => p.actor?.reference ?? p.actor?.display)).toEqual([
        bundle.entry?.[0]?.fullUrl,
        'Dr. Jun Park',
      ]);
      expect(Date.parse(appointment.end ?? '') - Date.parse(appointment.start ?? '')).toBe(30 * 60_000);
    }
  });

  it('gives identical output on a re-export at the same moment', () => {
    const store = practice.app.services.vault.store;
    const at = new Date('2026-03-09T15:00:00Z');
    expect(JSON.stringify(exportPatientBundle(store, chart.patientId, at))).toBe(
      JSON.stringify(exportPatientBundle(store, chart.patientId, at)),
    );
  });
});

describe('the export as a disclosure', () => {
  it('records exactly one disclosure and one audit row, and names the file by MRN and date', async () => {
    const from = lastAuditId(sqlite());
    const disclosuresBefore = countRows(sqlite(), 'disclosures');
    const exported = await doctor.must('exchange.exportPatient', {
      patientId: chart.patientId,
      recipient: { name: 'Maria Lopez' },
      purpose: 'other',
      purposeDetail: 'Moving to another state',
    });
    const mrn = repositories.patients.getPatient(practice.app.services.vault.store.db, chart.patientId)?.mrn;
    expect(exported.fileName).toMatch(new RegExp(`^chart-${mrn}-\\d{4}-\\d{2}-\\d{2}\\.fhir\\.json$`));
    expect(exported.resourceCount).toBe(resources.length);
    expect(countRows(sqlite(), 'disclosures')).toBe(disclosuresBefore + 1);
    const [row] = repositories.disclosures
      .disclosuresForPatient(practice.app.services.vault.store.db, chart.patientId)
      .slice(-1);
    expect(row?.disclosure).toMatchObject({
      medium: 'fhir-export',
      recipientName: 'Maria Lopez',
      purpose: 'other',
      purposeDetail: 'Moving to another state',
      items: JSON.stringify([`FHIR R4 bundle: ${resources.length} resources`]),
      sha256: createHash('sha256').update(exported.json).digest('hex'),
    });
    expect(row?.username).toBe('drpark');
    const audited = auditRowsAfter(sqlite(), from).filter((a) => a.action === 'export.patient');
    expect(audited.map((a) => [a.patientId, a.entityId])).toEqual([[chart.patientId, String(row?.disclosure.id)]]);
  });

  it('refuses "other" without saying what for, and an unknown patient, writing nothing', async () => {
    const from = lastAuditId(sqlite());
    const disclosuresBefore = countRows(sqlite(), 'disclosures');
    const noDetail = await doctor.call('exchange.exportPatient', {
      patientId: chart.patientId,
      recipient: { name: 'Maria Lopez' },
      purpose: 'other',
    });
    expect(noDetail.ok ? '' : `${noDetail.error.field}: ${noDetail.error.message}`).toBe(
      'purposeDetail: Say what the export is for.',
    );
    const noRecipient = await doctor.call('exchange.exportPatient', {
      patientId: chart.patientId,
      recipient: { name: '' },
      purpose: 'patient-request',
    });
    expect(noRecipient.ok).toBe(false);
    const nobody = await doctor.call('exchange.exportPatient', {
      patientId: 999_999,
      recipient: { name: 'Maria Lopez' },
      purpose: 'patient-request',
    });
    expect(nobody.ok ? '' : nobody.error.code).toBe('NOT_FOUND');
    expect(countRows(sqlite(), 'disclosures')).toBe(disclosuresBefore);
    expect(auditRowsAfter(sqlite(), from).filter((a) => a.action === 'export.patient')).toEqual([]);
  });
});
