import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportPatientBundle } from '../../../electron/main/services/exchange/fhir/bundle';
import { type Caller, createTestPractice, type TestPractice } from '../../helpers/practice';
import { type SeededChart, seedChart } from './export-chart';

const fileOf = (json: unknown) => ({
  name: 'chart.fhir.json',
  contentBase64: Buffer.from(JSON.stringify(json), 'utf8').toString('base64'),
});

/** The named fields of each item, to compare two charts' lists field by field. */
const fieldsOf = <T, K extends keyof T>(items: readonly T[], keys: readonly K[]) =>
  items.map((item) => Object.fromEntries(keys.map((key) => [key, item[key]])));

/**
 * Issue 6, done-when: exporting a demo-like chart and importing it into an empty practice reproduces
 * the chart, with counts and key fields equal.
 */
describe('FHIR round trip: export from one practice, import into an empty one', () => {
  let source: TestPractice;
  let target: TestPractice;
  let sourceDoctor: Caller;
  let targetDoctor: Caller;
  let chart: SeededChart;
  let importedId = 0;

  beforeAll(async () => {
    source = await createTestPractice();
    sourceDoctor = await source.signIn('physician');
    chart = await seedChart(source, sourceDoctor, await source.signIn('nurse'));
    target = await createTestPractice();
    // The same practice zone, as a practice moving to a new installation keeps its own clock.
    target.app.services.vault.store.sqlite.prepare('UPDATE practice SET time_zone = ?').run('America/Chicago');
    targetDoctor = await target.signIn('physician');
    const bundle = exportPatientBundle(source.app.services.vault.store, chart.patientId, new Date());
    const manager = await target.signIn('office_manager');
    const preview = await manager.must('exchange.previewFhirImport', { file: fileOf(bundle) });
    expect(preview.patients).toHaveLength(1);
    expect(preview.patients[0]?.matches).toEqual([]);
    const started = await manager.must('exchange.importFhir', {
      file: fileOf(bundle),
      decisions: [{ reference: preview.patients[0]!.reference, action: 'create' }],
    });
    const job = await target.app.services.jobs.settled(started.jobId);
    expect(job.error).toBeNull();
    expect(job.state).toBe('done');
    // Appointments stay behind by design (see fhir-import/plan.ts); everything else of the chart comes across.
    expect(job.result).toBe(
      '1 new chart, 0 added to existing charts. Imported: 3 problems, 2 medications, 1 allergies, 3 immunizations, 1 vitals sets, 2 lab panels, 2 encounters, 2 notes, 1 documents. Not imported: Appointment (not imported) ×2.',
    );
    const found = await targetDoctor.must('patients.search', { query: 'Lopez Maria', limit: 5 });
    importedId = found.results[0]!.id;
  }, 60_000);
  afterAll(() => {
    source.cleanup();
    target.cleanup();
  });

  const both = async <T>(read: (caller: Caller, patientId: number) => Promise<T>): Promise<[T, T]> => [
    await read(sourceDoctor, chart.patientId),
    await read(targetDoctor, importedId),
  ];

  it('keeps the demographics, insurance and emergency contact', async () => {
    const [before, after] = await both((caller, patientId) => caller.must('patients.get', { patientId }));
    const { id, mrn, version, createdAt, updatedAt, ...fields } = before;
    expect(after).toMatchObject(fields);
    expect(after.mrn).not.toBe('');
  });

  it('keeps problems with their codes, medications and allergies', async () => {
    const [problems, importedProblems] = await both((caller, patientId) => caller.must('problems.list', { patientId }));
    const problemFields = (list: typeof problems) =>
      fieldsOf([...list.active, ...list.resolved], ['code', 'description', 'onset', 'clinicalStatus', 'comment']);
    expect(problemFields(importedProblems)).toEqual(problemFields(problems));
    expect(importedProblems.retired).toEqual([]);

    const [meds, importedMeds] = await both((caller, patientId) => caller.must('medications.list', { patientId }));
    const medFields = (list: typeof meds) =>
      fieldsOf(
        [...list.active, ...list.inactive],
        [
          'rxcui',
          'name',
          'strength',
          'doseAmount',
          'doseUnit',
          'route',
          'frequency',
          'sig',
          'startDate',
          'stopDate',
          'status',
          'prescriber',
        ],
      );
    expect(medFields(importedMeds)).toEqual(medFields(meds));

    const [allergies, importedAllergies] = await both((caller, patientId) =>
      caller.must('allergies.list', { patientId }),
    );
    const allergyFields = (list: typeof allergies) =>
      fieldsOf(list.active, ['substance', 'category', 'reaction', 'severity', 'onset', 'comment']);
    expect(importedAllergies.state).toBe('recorded');
    expect(allergyFields(importedAllergies)).toEqual(allergyFields(allergies));
  });

  it('keeps immunizations, vitals values and lab values', async () => {
    const [shots, importedShots] = await both((caller, patientId) => caller.must('immunizations.list', { patientId }));
    const shotFields = (list: typeof shots) =>
      list.recorded.map(({ id, patientId, version, createdAt, updatedAt, ...fields }) => fields);
    expect(shotFields(importedShots)).toEqual(shotFields(shots));

    const [vitals, importedVitals] = await both((caller, patientId) => caller.must('vitals.list', { patientId }));
    const vitalFields = (list: typeof vitals) =>
      list.active.map(({ id, patientId, version, createdAt, updatedAt, ...fields }) => fields);
    expect(vitalFields(importedVitals)).toEqual(vitalFields(vitals));

    const [labs, importedLabs] = await both((caller, patientId) => caller.must('labs.list', { patientId }));
    const labFields = (list: typeof labs) =>
      list.active.map((panel) => ({
        name: panel.name,
        collectedAt: panel.collectedAt,
        orderingProvider: panel.orderingProvider,
        performingLab: panel.performingLab,
        comment: panel.comment,
        results: panel.observations.map(({ analyte, value, numericValue, unit, referenceRange, flag }) => ({
          analyte,
          // FHIR carries a number as a JSON number: "1.020" arrives as 1.02, the same value.
          value: numericValue ?? value,
          unit,
          referenceRange,
          flag,
        })),
      }));
    expect(labFields(importedLabs)).toEqual(labFields(labs));
  });

  it('keeps encounters, the notes text (signed, as imported) and the document', async () => {
    const [encounters, importedEncounters] = await both((caller, patientId) =>
      caller.must('encounters.list', { patientId }),
    );
    const encounterFields = (list: typeof encounters) =>
      list.active.map(({ date, type, reason, notes }) => ({ date, type, reason, notes: notes.length }));
    expect(encounterFields(importedEncounters)).toEqual(encounterFields(encounters));

    const signedSource = encounters.active
      .flatMap((encounter) => encounter.notes)
      .find((note) => note.status === 'signed')!;
    const original = await sourceDoctor.must('notes.get', { patientId: chart.patientId, noteId: signedSource.id });
    const importedNotes = importedEncounters.active.flatMap((encounter) => encounter.notes);
    expect(importedNotes.every((note) => note.status === 'signed')).toBe(true);
    const texts = await Promise.all(
      importedNotes.map((note) => targetDoctor.must('notes.get', { patientId: importedId, noteId: note.id })),
    );
    const signedCopy = texts.find((note) => note.sections[0]?.text.includes(original.sections[0]!.text))!;
    expect(signedCopy.sections[0]?.text).toMatch(/^Imported from chart\.fhir\.json by /);
    for (const section of original.sections) expect(signedCopy.sections[0]?.text).toContain(section.text);
    expect(signedCopy.sections[0]?.text).toContain('Potassium reviewed: repeat BMP in one week.');
    expect(signedCopy.integrity.state).toBe('verified');
    // Each imported note is created and signed through the note service, with its audit rows like any note.
    const noteAudits = target.app.services.vault.store.sqlite
      .prepare(
        "SELECT action, entity_id AS entityId FROM audit_log WHERE entity = 'note' AND action IN ('note.create', 'note.sign') ORDER BY id",
      )
      .all();
    expect(noteAudits).toEqual(
      importedNotes
        .map((note) => note.id)
        .sort((a, b) => a - b)
        .flatMap((id) => [
          { action: 'note.create', entityId: String(id) },
          { action: 'note.sign', entityId: String(id) },
        ]),
    );

    const [documents, importedDocuments] = await both((caller, patientId) =>
      caller.must('documents.list', { patientId }),
    );
    const documentFields = (list: typeof documents) =>
      fieldsOf(list.active, [
        'title',
        'category',
        'documentDate',
        'comment',
        'fileName',
        'mediaType',
        'byteSize',
        'sha256',
      ]);
    expect(documentFields(importedDocuments)).toEqual(documentFields(documents));
  });
});
