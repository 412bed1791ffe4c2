import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  type Caller,
  createTestPractice,
  patientInput,
  staffPasswords,
  type TestPractice,
} from '../../helpers/practice';
import { rowCountsByTable } from '../../helpers/sentinel';

const fileOf = (content: unknown, name = 'bundle.json') => ({
  name,
  contentBase64: Buffer.from(typeof content === 'string' ? content : JSON.stringify(content), 'utf8').toString(
    'base64',
  ),
});

const patientUrl = 'urn:uuid:7d1f4c1e-0000-4000-8000-000000000001';
const encounterUrl = 'urn:uuid:7d1f4c1e-0000-4000-8000-000000000002';

/** A Synthea-like transaction bundle: urn:uuid fullUrls, SNOMED conditions, loose vitals in US units, conditional references. */
const syntheaLike = (overrides: { family?: string; extra?: unknown[] } = {}) => ({
  resourceType: 'Bundle',
  type: 'transaction',
  entry: [
    {
      fullUrl: patientUrl,
      resource: {
        resourceType: 'Patient',
        id: '7d1f4c1e-0000-4000-8000-000000000001',
        identifier: [{ system: 'https://github.com/synthetichealth/synthea', value: 'syn-1' }],
        name: [{ use: 'official', family: overrides.family ?? 'Kertzmann', given: ['Ana', 'Sofia'] }],
        gender: 'female',
        birthDate: '1961-02-03',
        telecom: [{ system: 'phone', use: 'home', value: '555-201-7788' }],
        address: [{ line: ['12 Shore Rd'], city: 'Salem', state: 'MA', postalCode: '01970' }],
      },
      request: { method: 'POST', url: 'Patient' },
    },
    {
      fullUrl: encounterUrl,
      resource: {
        resourceType: 'Encounter',
        status: 'finished',
        class: { code: 'AMB' },
        type: [{ coding: [{ system: 'http://snomed.info/sct', code: '185349003' }], text: 'Encounter for check up' }],
        subject: { reference: patientUrl },
        participant: [
          {
            individual: {
              reference: 'Practitioner?identifier=http://hl7.org/fhir/sid/us-npi|999',
              display: 'Jun Park, MD',
            },
          },
        ],
        period: { start: '2024-05-06T09:00:00-05:00', end: '2024-05-06T09:30:00-05:00' },
      },
    },
    {
      fullUrl: 'urn:uuid:7d1f4c1e-0000-4000-8000-000000000003',
      resource: {
        resourceType: 'Condition',
        clinicalStatus: { coding: [{ code: 'active' }] },
        code: { coding: [{ system: 'http://snomed.info/sct', code: '44054006', display: 'Diabetes' }] },
        subject: { reference: patientUrl },
        encounter: { reference: encounterUrl },
      },
    },
    {
      fullUrl: 'urn:uuid:7d1f4c1e-0000-4000-8000-000000000004',
      resource: {
        resourceType: 'Condition',
        clinicalStatus: { coding: [{ code: 'active' }] },
        code: {
          coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'I10', display: 'Essential hypertension' }],
        },
        subject: { reference: patientUrl },
        onsetDateTime: '2015-01-10T00:00:00-05:00',
      },
    },
    ...[
      ['29463-7', 154.3, '[lb_av]'],
      ['8310-5', 98.6, '[degF]'],
      ['8867-4', 71.6, '/min'],
      ['39156-5', 25.1, 'kg/m2'],
    ].map(([code, value, unit], index) => ({
      fullUrl: `urn:uuid:7d1f4c1e-0000-4000-8000-00000000010${index}`,
      resource: {
        resourceType: 'Observation',
        status: 'final',
        category: [{ coding: [{ code: 'vital-signs' }] }],
        code: { coding: [{ system: 'http://loinc.org', code }] },
        subject: { reference: patientUrl },
        encounter: { reference: encounterUrl },
        effectiveDateTime: '2024-05-06T09:05:00-05:00',
        valueQuantity: { value, code: unit, unit },
      },
    })),
    {
      fullUrl: 'urn:uuid:7d1f4c1e-0000-4000-8000-000000000200',
      resource: {
        resourceType: 'Observation',
        status: 'final',
        category: [{ coding: [{ code: 'laboratory' }] }],
        code: { coding: [{ system: 'http://loinc.org', code: '4548-4', display: 'Hemoglobin A1c' }] },
        subject: { reference: patientUrl },
        effectiveDateTime: '2024-05-06T09:10:00-05:00',
        valueQuantity: { value: 7.2, unit: '%' },
        referenceRange: [{ low: { value: 4 }, high: { value: 5.6 } }],
      },
    },
    {
      fullUrl: 'urn:uuid:7d1f4c1e-0000-4000-8000-000000000300',
      resource: { resourceType: 'Claim', status: 'active', patient: { reference: patientUrl } },
    },
    ...(overrides.extra ?? []),
  ],
});

/** Issue 6: a FHIR R4 bundle from another system, with matching, a duplicate review and one transaction. */
describe('FHIR bundle import', () => {
  let practice: TestPractice;
  let manager: Caller;
  let doctor: Caller;
  const store = () => practice.app.services.vault.store;
  const tableCounts = () => rowCountsByTable(store().sqlite);
  const refusal = async (file: ReturnType<typeof fileOf>) => {
    const result = await manager.call('exchange.previewFhirImport', { file });
    if (result.ok) throw new Error('expected a refusal');
    return result.error;
  };

  beforeAll(async () => {
    practice = await createTestPractice();
    manager = await practice.signIn('office_manager');
    doctor = await practice.signIn('physician');
    // The encounter's performer is "Jun Park, MD": the test physician, "Dr. Jun Park", by another spelling.
    expect(staffPasswords.physician.fullName).toBe('Dr. Jun Park');
  });
  afterAll(() => practice.cleanup());

  it('refuses malformed JSON, a non-bundle and unresolved references in plain words, writing nothing', async () => {
    const before = tableCounts();
    expect(await refusal(fileOf('{\n  "resourceType": "Bundle"\n  "entry": []\n}'))).toMatchObject({
      code: 'BAD_REQUEST',
      message:
        'The file is not valid JSON (line 3, column 3). It may be cut short or not a FHIR file: export it again from the other system.',
    });
    expect((await refusal(fileOf('{"resourceType": "Bundle", "entry": [,]}'))).message).toMatch(
      /^The file is not valid JSON\. It may be cut short/,
    );
    expect((await refusal(fileOf({ resourceType: 'Patient', id: 'x' }))).message).toBe(
      "The file holds one FHIR Patient, not a Bundle. Export the patient's record as a FHIR R4 Bundle.",
    );
    expect((await refusal(fileOf({ hello: 'world' }))).message).toMatch(/not a FHIR resource/);
    expect(
      (await refusal(fileOf({ resourceType: 'Bundle', type: 'collection', entry: [{ fullUrl: 'x' }] }))).message,
    ).toBe('Entry 1 of the bundle has no resource with a resourceType. The file is not R4-shaped.');
    const dangling = syntheaLike({
      extra: [
        {
          fullUrl: 'urn:uuid:dangling-1',
          resource: {
            resourceType: 'MedicationStatement',
            status: 'active',
            medicationReference: { reference: 'Medication/404' },
            subject: { reference: 'urn:uuid:not-in-the-file' },
          },
        },
      ],
    });
    const unresolved = await refusal(fileOf(dangling));
    expect(unresolved.message).toBe(
      'The bundle refers to resources that are not in it: Medication/404, urn:uuid:not-in-the-file. Nothing was imported. Ask the sender for a complete bundle (all referenced resources included).',
    );
    const importRefused = await manager.call('exchange.importFhir', {
      file: fileOf(dangling),
      decisions: [{ reference: patientUrl, action: 'create' }],
    });
    expect(importRefused.ok).toBe(false);
    expect(tableCounts()).toEqual(before);
  });

  it('previews a Synthea-like bundle: counts, matches with reasons, and what is ignored, writing nothing', async () => {
    const same = await manager.must('patients.register', {
      patient: patientInput({ legalFamilyName: 'Kertzmann', legalGivenName: 'Ana', birthDate: '1961-02-03' }),
    });
    const similar = await manager.must('patients.register', {
      patient: patientInput({ legalFamilyName: 'Kertzman', legalGivenName: 'Anna', birthDate: '1961-02-03' }),
      duplicateOverride: { reason: 'Different person, checked ID' },
    });
    if (same.status !== 'registered' || similar.status !== 'registered') throw new Error('expected registrations');
    const before = tableCounts();
    const preview = await manager.must('exchange.previewFhirImport', { file: fileOf(syntheaLike()) });
    expect(preview.patients).toEqual([
      {
        reference: patientUrl,
        name: 'Kertzmann, Ana Sofia',
        birthDate: '1961-02-03',
        sex: 'female',
        identifiers: ['syn-1 (https://github.com/synthetichealth/synthea)'],
        resourceCounts: { Encounter: 1, Condition: 2, Observation: 5, Claim: 1 },
        matches: [
          expect.objectContaining({ patientId: same.patient.id, reason: 'same-name-dob' }),
          expect.objectContaining({ patientId: similar.patient.id, reason: 'similar-name' }),
        ],
      },
    ]);
    expect(preview.ignored).toEqual({ 'Condition (no ICD-10-CM code)': 1, 'Claim (not imported)': 1 });
    expect(tableCounts()).toEqual(before);
  });

  it('merges into the chosen chart: converted vitals, the lab, the problem and the encounter, one audit row', async () => {
    const [target] = (await manager.must('patients.search', { query: 'Kertzmann Ana', limit: 5 })).results;
    const started = await manager.must('exchange.importFhir', {
      file: fileOf(syntheaLike(), 'synthea.json'),
      decisions: [{ reference: patientUrl, action: 'merge', patientId: target!.id }],
    });
    const job = await practice.app.services.jobs.settled(started.jobId);
    expect(job).toMatchObject({ state: 'done', phase: 'Saving charts', done: 1, total: 1 });
    expect(job.result).toBe(
      '0 new charts, 1 added to existing charts. Imported: 1 problems, 1 vitals sets, 1 lab panels, 1 encounters. Not imported: Condition (no ICD-10-CM code) ×1, Claim (not imported) ×1.',
    );
    const vitals = await doctor.must('vitals.list', { patientId: target!.id });
    expect(vitals.active[0]).toMatchObject({
      weightKg: 69.989,
      temperatureC: 37,
      heartRate: 72,
      takenAt: '2024-05-06T14:05:00.000Z',
    });
    const labs = await doctor.must('labs.list', { patientId: target!.id });
    expect(labs.active[0]).toMatchObject({
      name: 'Hemoglobin A1c',
      collectedAt: expect.stringMatching(/^2024-05-06T/),
    });
    expect(labs.active[0]?.observations[0]).toMatchObject({
      value: '7.2',
      referenceRange: '4-5.6',
      flag: 'H',
      loinc: '4548-4',
    });
    const encounters = await doctor.must('encounters.list', { patientId: target!.id });
    expect(encounters.active[0]).toMatchObject({ type: 'other', reason: 'Encounter for check up' });
    const audits = store().sqlite.prepare("SELECT detail FROM audit_log WHERE action = 'import.fhir'").all();
    expect(audits).toHaveLength(1);

    // The same file again: the problem, vitals and panel are refused by their services as already on the chart.
    // Encounters have no duplicate rule in Chartroom (two visits on one day are real), so that one is added again.
    const again = await manager.must('exchange.importFhir', {
      file: fileOf(syntheaLike(), 'synthea.json'),
      decisions: [{ reference: patientUrl, action: 'merge', patientId: target!.id }],
    });
    expect((await practice.app.services.jobs.settled(again.jobId)).result).toBe(
      '0 new charts, 1 added to existing charts. Imported: 1 encounters, 3 already on the chart. Not imported: Condition (no ICD-10-CM code) ×1, Claim (not imported) ×1.',
    );
  });

  it('creates a new chart, keeping the source identifier in its history note', async () => {
    const started = await manager.must('exchange.importFhir', {
      file: fileOf(syntheaLike({ family: 'Newcomb' }), 'new.json'),
      decisions: [{ reference: patientUrl, action: 'create' }],
    });
    expect((await practice.app.services.jobs.settled(started.jobId)).state).toBe('done');
    const [created] = (await manager.must('patients.search', { query: 'Newcomb', limit: 5 })).results;
    const history = await manager.must('patients.history', { patientId: created!.id });
    expect(history[0]?.note).toBe(
      'Imported from new.json; identifiers there: syn-1 (https://github.com/synthetichealth/synthea)',
    );
  });

  it('refuses a resource that breaks the chart rules, naming it, and leaves nothing when a write fails midway', async () => {
    const futureOnset = syntheaLike({
      family: 'Future',
      extra: [
        {
          fullUrl: 'urn:uuid:bad-condition',
          resource: {
            resourceType: 'Condition',
            code: { coding: [{ system: 'http://hl7.org/fhir/sid/icd-10-cm', code: 'E11.9' }] },
            subject: { reference: patientUrl },
            onsetDateTime: '2999-01-01',
          },
        },
      ],
    });
    expect((await refusal(fileOf(futureOnset))).message).toBe(
      'Condition urn:uuid:bad-condition cannot be imported (onset): The onset date is in the future. Enter the date it happened. Nothing was imported; correct it in the sending system or leave it out of the file.',
    );

    const before = tableCounts();
    store().sqlite.exec(
      "CREATE TEMP TRIGGER refuse_lab BEFORE INSERT ON lab_panels BEGIN SELECT RAISE(ABORT, 'forced failure'); END",
    );
    try {
      const started = await manager.must('exchange.importFhir', {
        file: fileOf(syntheaLike({ family: 'Partial' })),
        decisions: [{ reference: patientUrl, action: 'create' }],
      });
      const job = await practice.app.services.jobs.settled(started.jobId);
      expect(job.state).toBe('failed');
      expect(tableCounts()).toEqual(before);
    } finally {
      store().sqlite.exec('DROP TRIGGER refuse_lab');
    }
  });

  it('asks for a decision per patient and refuses a decision for someone not in the file', async () => {
    const none = await manager.call('exchange.importFhir', {
      file: fileOf(syntheaLike()),
      decisions: [{ reference: 'urn:uuid:someone-else', action: 'skip' }],
    });
    expect(!none.ok && none.error.message).toBe(
      'urn:uuid:someone-else is not a patient in this file. Review the file again.',
    );
  });
});
