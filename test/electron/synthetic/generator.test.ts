import { createHash } from 'node:crypto';
import { rmSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositories } from '../../../db';
import type { NoteDto } from '../../../electron/contract/notes';
import { type VitalKey, vitalDefinitions, vitalKeys } from '../../../electron/contract/vitals';
import { type ChartroomApp, startChartroom } from '../../../electron/main/bootstrap';
import { checkDocumentFile } from '../../../electron/main/services/chart/document-files';
import { practiceZone } from '../../../electron/main/services/scheduling/practice-zone';
import { findSlotConflicts, resolveSlot } from '../../../electron/main/services/scheduling/slot-conflicts';
import { instantToWallClock } from '../../../electron/main/services/scheduling/zoned-time';
import { createDemoPractice, demoStaff } from '../../../electron/main/services/synthetic/demo-practice';
import { chartShapes } from '../../../electron/main/services/synthetic/patient-profile';
import { findBenchmarkCharts } from '../../../electron/main/services/synthetic/practice';
import { formatProgress, progressBar } from '../../../electron/main/services/synthetic/progress-bar';
import { callerFor, tempDir } from '../../helpers/practice';

/**
 * Issue 7's synthetic practice: deterministic for a seed and anchor, every signed note verifying as
 * the note service verifies it, no provider double-booked, vitals a nurse could have typed, the
 * benchmark charts at their exact sizes, and a store SQLite itself finds sound.
 */
const anchorDate = '2026-03-02';
const generated: { dir: string; app: ChartroomApp }[] = [];

const generate = async (seed: number, heavyPatients: number) => {
  const dir = tempDir('chartroom-synthetic-');
  const app = startChartroom({ dataDir: dir, appVersion: 'test', log: () => {}, scheduleBackups: false });
  generated.push({ dir, app });
  await createDemoPractice(app, { patients: 50, seed, anchorDate, heavyPatients });
  return app;
};

/** The generated tables, row by row; the audit log without the time and hashes of the generator's own run. */
const contentHash = (app: ChartroomApp): string => {
  const sqlite = app.services.vault.store.sqlite;
  const hash = createHash('sha256');
  const tables = [
    'patients',
    'patient_history',
    'insurance_policies',
    'encounters',
    'notes',
    'problems',
    'medications',
    'allergies',
    'allergy_reviews',
    'immunizations',
    'vitals',
    'lab_panels',
    'lab_observations',
    'documents',
    'document_files',
    'appointments',
    'appointment_events',
    'chart_item_versions',
  ];
  for (const table of tables)
    for (const row of sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).iterate())
      hash.update(
        `${table}:${JSON.stringify(row, (_, value) => (Buffer.isBuffer(value) ? value.toString('hex') : value))}\n`,
      );
  for (const row of sqlite
    .prepare(
      `SELECT id, user_id, username, action, outcome, patient_id, entity, entity_id, workstation, detail
         FROM audit_log WHERE patient_id IS NOT NULL ORDER BY id`,
    )
    .iterate())
    hash.update(`audit:${JSON.stringify(row)}\n`);
  return hash.digest('hex');
};

const count = (app: ChartroomApp, sql: string, ...params: unknown[]) =>
  (app.services.vault.store.sqlite.prepare(sql).get(...params) as { n: number }).n;

let first: ChartroomApp;
let second: ChartroomApp;
let otherSeed: ChartroomApp;

beforeAll(async () => {
  first = await generate(11, 1);
  second = await generate(11, 1);
  otherSeed = await generate(12, 0);
}, 120_000);
afterAll(() => {
  for (const { dir, app } of generated) {
    app.close();
    rmSync(dir, { recursive: true, force: true });
  }
});

describe('synthetic practice generator', () => {
  it('gives the same rows for the same seed and anchor, and other rows for another seed', () => {
    expect(count(first, 'SELECT count(*) AS n FROM patients')).toBe(50);
    expect(contentHash(second)).toBe(contentHash(first));
    expect(contentHash(otherSeed)).not.toBe(contentHash(first));
  });

  it('writes a chart for every part of the record, and the audit rows and versions the services write', () => {
    for (const table of [
      'encounters',
      'problems',
      'medications',
      'immunizations',
      'vitals',
      'lab_observations',
      'documents',
      'appointments',
    ])
      expect(count(first, `SELECT count(*) AS n FROM ${table}`), table).toBeGreaterThan(0);
    expect(
      count(first, "SELECT count(*) AS n FROM allergy_reviews WHERE state = 'no-known-allergies'"),
    ).toBeGreaterThan(0);
    // Every chart item has its creation version, and every item action its audit row.
    for (const [table, kind] of [
      ['problems', 'problem'],
      ['medications', 'medication'],
      ['vitals', 'vitals'],
      ['immunizations', 'immunization'],
      ['lab_panels', 'lab-panel'],
      ['encounters', 'encounter'],
    ] as const) {
      const versions = count(
        first,
        `SELECT count(*) AS n FROM chart_item_versions WHERE kind = ? AND version = 1`,
        kind,
      );
      expect(versions, kind).toBe(count(first, `SELECT count(*) AS n FROM ${table}`));
      expect(count(first, 'SELECT count(*) AS n FROM audit_log WHERE entity = ?', kind), kind).toBe(
        count(first, 'SELECT count(*) AS n FROM chart_item_versions WHERE kind = ?', kind),
      );
    }
    const store = first.services.vault.store;
    expect(repositories.audit.verifyAuditChain(store.db).firstBrokenId).toBeNull();
    // Accents, apostrophes or hyphens in names, and families sharing a surname and address.
    expect(
      count(
        first,
        "SELECT count(*) AS n FROM patients WHERE legal_family_name GLOB '*[^A-Za-z]*' OR legal_given_name GLOB '*[^A-Za-z]*'",
      ),
    ).toBeGreaterThan(0);
    expect(
      count(
        first,
        'SELECT count(*) AS n FROM (SELECT 1 FROM patients GROUP BY legal_family_name, address_line1 HAVING count(*) > 1)',
      ),
    ).toBeGreaterThan(0);
    // Nothing in the history is dated on or after the anchor; appointments run a year ahead.
    expect(count(first, 'SELECT count(*) AS n FROM encounters WHERE date >= ?', anchorDate)).toBe(0);
    expect(
      count(first, "SELECT count(*) AS n FROM appointments WHERE local_date >= ? AND status = 'scheduled'", anchorDate),
    ).toBeGreaterThan(0);
    expect(
      count(first, "SELECT count(*) AS n FROM appointments WHERE local_date < ? AND status = 'scheduled'", anchorDate),
    ).toBe(0);
  });

  it('signs every note so the note service verifies it', async () => {
    const physician = demoStaff.find((staff) => staff.role === 'physician')!;
    const doctor = callerFor(first, first.openConnection('http', 'generator-test'));
    await doctor.must('auth.login', { username: physician.username, password: physician.password });
    const notes = first.services.vault.store.sqlite
      .prepare('SELECT id, patient_id AS patientId, status FROM notes')
      .all() as { id: number; patientId: number; status: string }[];
    expect(notes.length).toBeGreaterThan(1000);
    expect(notes.every((note) => note.status === 'signed')).toBe(true);
    const verdicts = new Map<string, number>();
    for (const note of notes) {
      const read = (await doctor.must('notes.get', { patientId: note.patientId, noteId: note.id })) as NoteDto;
      verdicts.set(read.integrity.state, (verdicts.get(read.integrity.state) ?? 0) + 1);
    }
    expect(Object.fromEntries(verdicts)).toEqual({ verified: notes.length });
  }, 60_000);

  it('never double-books a provider, nor books outside their hours, breaks or days off', () => {
    const store = first.services.vault.store;
    const zone = practiceZone(store);
    const appointments = store.sqlite
      .prepare(
        'SELECT id, provider_id AS providerId, starts_at AS startsAt, ends_at AS endsAt, status FROM appointments',
      )
      .all() as { id: number; providerId: number; startsAt: string; endsAt: string; status: string }[];
    expect(appointments.some((a) => a.status === 'checked-out')).toBe(true);
    const conflicts = appointments
      .filter((a) => a.status !== 'cancelled' && a.status !== 'no-show')
      .flatMap((appointment) => {
        const start = instantToWallClock(zone, appointment.startsAt);
        const minutes = (Date.parse(appointment.endsAt) - Date.parse(appointment.startsAt)) / 60_000;
        const slot = resolveSlot(zone, {
          providerId: appointment.providerId,
          date: start.date,
          start: start.time,
          durationMinutes: minutes,
        });
        return findSlotConflicts(store.db, zone, { userId: appointment.providerId, fullName: '' }, slot, [
          appointment.id,
        ]).map((conflict) => `${appointment.id}: ${conflict.kind}`);
      });
    expect(conflicts).toEqual([]);
    expect(count(first, 'SELECT count(*) AS n FROM appointments WHERE double_booked = 1')).toBe(0);
  });

  it('stores only vitals the vitals form would accept', () => {
    const rows = first.services.vault.store.sqlite.prepare('SELECT * FROM vitals').all() as Record<
      string,
      number | null
    >[];
    const column = (key: VitalKey) => key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
    const implausible = rows.flatMap((row) =>
      vitalKeys
        .filter((key) => {
          const value = row[column(key)];
          const { low, high } = vitalDefinitions[key].plausible;
          return value != null && (value < low || value > high);
        })
        .map((key) => `${row.id} ${key}=${row[column(key)]}`),
    );
    expect(implausible).toEqual([]);
    expect(rows.filter((row) => row.systolic != null && row.diastolic! >= row.systolic!)).toEqual([]);
    const bmi = vitalDefinitions.bmi.plausible;
    const badBmi = rows.filter((row) => {
      if (row.height_cm == null || row.weight_kg == null) return false;
      const value = row.weight_kg / (row.height_cm / 100) ** 2;
      return value < bmi.low || value > bmi.high;
    });
    expect(badBmi).toEqual([]);
  });

  it('keeps documents the document import would accept', () => {
    const files = first.services.vault.store.sqlite
      .prepare('SELECT d.file_name AS name, f.content FROM documents d JOIN document_files f ON f.document_id = d.id')
      .all() as { name: string; content: Buffer }[];
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(checkDocumentFile(file.name, file.content).mediaType).toBe('application/pdf');
  });

  it('builds the benchmark charts at their exact sizes, findable by their registration notes', () => {
    const store = first.services.vault.store;
    const charts = findBenchmarkCharts(store);
    expect(charts.heavy).toHaveLength(1);
    expect(findBenchmarkCharts(otherSeed.services.vault.store).heavy).toEqual([]);
    const size = (patientId: number) => ({
      encounters: count(first, 'SELECT count(*) AS n FROM encounters WHERE patient_id = ?', patientId),
      vitals: count(first, 'SELECT count(*) AS n FROM vitals WHERE patient_id = ?', patientId),
      labPanels: count(first, 'SELECT count(*) AS n FROM lab_panels WHERE patient_id = ?', patientId),
      medications: count(first, 'SELECT count(*) AS n FROM medications WHERE patient_id = ?', patientId),
      problems: count(first, 'SELECT count(*) AS n FROM problems WHERE patient_id = ?', patientId),
    });
    expect(size(charts.heavy[0]!)).toEqual(chartShapes.heavy);
    expect(charts.typical).not.toBeNull();
    expect(size(charts.typical!)).toEqual(chartShapes.typical);
  });

  it('leaves a store that passes SQLite integrity and foreign-key checks', () => {
    const sqlite = first.services.vault.store.sqlite;
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
  });

  it('shows progress as a bar with the rate and the time left', () => {
    expect(formatProgress(45_000, 100_000, 36_585)).toBe(
      '[#########...........] 45,000/100,000 patients · 1,230/s · ETA 45 s',
    );
    expect(formatProgress(100_000, 100_000, 600_000)).toBe(
      '[####################] 100,000/100,000 patients · 167/s · done in 10 min 0 s',
    );
    // On a terminal it redraws in place and ends the line when done; in a log it writes whole lines.
    let now = 0;
    const terminal: string[] = [];
    const draw = progressBar({ write: (text) => terminal.push(text), isTTY: true }, () => now);
    now = 1000;
    draw(10, 20);
    now = 1100;
    draw(12, 20);
    now = 2000;
    draw(20, 20);
    expect(terminal).toEqual([
      '\r[##########..........] 10/20 patients · 10/s · ETA 1 s',
      '\r[####################] 20/20 patients · 10/s · done in 2 s\n',
    ]);
  });
});
