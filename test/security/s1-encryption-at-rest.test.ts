import { existsSync, readdirSync, readFileSync, readlinkSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPragmas, requiredPragmas } from '../../db';
import { type Caller, createTestPractice, patientInput, staffPasswords, type TestPractice } from '../helpers/practice';
import { entriesOf, listFiles, newSentinel, scanFiles, sentinelNeedles, unwrapDataKey } from '../helpers/sentinel';

/**
 * S1: PHI at rest is encrypted. Sentinels go into every kind of patient field and a draft; then the
 * bytes of every file Chartroom could have written (data folder, WAL, new temp entries) are searched.
 */
const tempRoots = [tmpdir(), '/var/tmp'].filter((dir, i, all) => existsSync(dir) && all.indexOf(dir) === i);
const sqliteHeader = Buffer.from('SQLite format 3\0', 'latin1');

interface OpenTempFile {
  target: string;
  /** Whether the (already unlinked) file holds the sentinel in clear, read back through /proc. */
  holdsSentinel: boolean;
}

/** Temp files SQLite holds open in this process: unlinked at creation, so only /proc/self/fd shows them. */
const openSqliteTempFiles = (sentinel: string): OpenTempFile[] =>
  readdirSync('/proc/self/fd').flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      if (!target.includes('etilqs_')) return [];
      return [{ target, holdsSentinel: readFileSync(`/proc/self/fd/${fd}`).includes(sentinel) }];
    } catch {
      return [];
    }
  });

/** A temp table big enough to spill out of a 10-page temp cache, inspected while a query holds it open. */
const spillTempTable = (sqlite: Database.Database, sentinel: string): OpenTempFile[] => {
  sqlite.pragma('temp.cache_size = 10');
  sqlite.exec('CREATE TEMP TABLE spill (x TEXT)');
  try {
    const insert = sqlite.prepare('INSERT INTO spill VALUES (?)');
    sqlite.transaction(() => {
      for (let i = 0; i < 2000; i++) insert.run(`${sentinel} ${i} ${'x'.repeat(200)}`);
    })();
    const rows = sqlite.prepare('SELECT x FROM spill ORDER BY x DESC').iterate();
    rows.next();
    try {
      return openSqliteTempFiles(sentinel);
    } finally {
      rows.return?.();
    }
  } finally {
    sqlite.exec('DROP TABLE temp.spill');
  }
};

describe('S1 PHI at rest is encrypted', () => {
  const sentinel = newSentinel();
  const tempBefore = new Map<string, Set<string>>();
  let practice: TestPractice;
  let desk: Caller;
  let patientId = 0;

  beforeAll(async () => {
    for (const root of tempRoots) tempBefore.set(root, entriesOf(root));
    practice = await createTestPractice({ staff: false });
    desk = await practice.signIn('office_manager');
    const registered = await desk.must('patients.register', {
      patient: patientInput({
        legalGivenName: `${sentinel}-given`,
        legalFamilyName: `${sentinel}-family`,
        preferredName: sentinel,
        address: { line1: `${sentinel} Main St`, city: `${sentinel}-city`, state: 'IL', postalCode: '62701' },
        email: `${sentinel.toLowerCase()}@example.com`,
        emergencyContact: { name: `${sentinel}-contact`, relationship: 'sister', phone: '(217) 555-0188' },
        insurance: {
          payerName: `${sentinel}-payer`,
          memberId: `${sentinel}-member`,
          subscriberName: `${sentinel}-subscriber`,
          subscriberRelationship: 'self',
        },
      }),
    });
    if (registered.status !== 'registered') throw new Error('expected a registration');
    patientId = registered.patient.id;
    // A second version puts the sentinel into patient_history twice and retires an insurance row.
    const { id: _id, mrn: _mrn, version, createdAt: _c, updatedAt: _u, allergies: _a, ...fields } = registered.patient;
    await desk.must('patients.update', {
      patientId,
      expectedVersion: version,
      patient: { ...fields, workPhone: '(217) 555-0177', insurance: { ...fields.insurance!, planName: sentinel } },
    });
    await desk.must('drafts.save', {
      key: 'patient:edit',
      patientId,
      content: JSON.stringify({ note: `${sentinel} says the pain started on Tuesday` }),
    });
    // One wrong password, so login-throttle.json exists and is scanned too.
    const stranger = practice.connect('ws-stranger');
    expect((await stranger.raw('auth.login', { username: 'olivia', password: 'not-the-password' })).ok).toBe(false);
  });
  afterAll(() => practice.cleanup());

  it('opens the live connection with every required pragma, temp_store=MEMORY included', () => {
    const pragmas = readPragmas(practice.app.services.vault.store.sqlite);
    expect(pragmas).toEqual(requiredPragmas);
    expect(pragmas.temp_store).toBe(2);
  });

  it('keeps the WAL encrypted before any checkpoint', () => {
    const { database } = practice.app.services.vault.paths;
    const wal = `${database}-wal`;
    // The writes above are still in the WAL (far below the 1000-page auto-checkpoint), so this scan is meaningful.
    expect(readFileSync(wal).length).toBeGreaterThan(0);
    // And they really are stored: the open store reads the sentinel back.
    const stored = practice.app.services.vault.store.sqlite
      .prepare('SELECT count(*) AS n FROM patients WHERE preferred_name = ?')
      .get(sentinel) as { n: number };
    expect(stored.n).toBe(1);
    expect(scanFiles([database, wal, `${database}-shm`], sentinelNeedles(sentinel))).toEqual([]);
  });

  it('never spills a temp table to a plaintext temp file (the trap is real without temp_store=MEMORY)', () => {
    if (!existsSync('/proc/self/fd')) return; // Linux only: /proc shows temp files SQLite has already unlinked.
    // Control: a plain connection left at this build's default (temp_store=FILE) writes the rows to /var/tmp in clear.
    const controlPath = join(practice.dir, '..', `plain-control-${process.pid}.db`);
    const control = new Database(controlPath);
    try {
      control.pragma('temp_store = 1');
      expect(spillTempTable(control, newSentinel())).toContainEqual({
        target: expect.stringMatching(/etilqs_.*\(deleted\)$/),
        holdsSentinel: true,
      });
    } finally {
      control.close();
      rmSync(controlPath, { force: true });
    }
    // The chart store's own connection, same workload: nothing opened in a temp folder.
    expect(spillTempTable(practice.app.services.vault.store.sqlite, sentinel)).toEqual([]);
  });

  it('leaves no sentinel and no data key in any file after close, and the data is still there on reopen', async () => {
    const { dir, database } = practice.app.services.vault.paths;
    const dataKey = await unwrapDataKey(dir, 'olivia', staffPasswords.office_manager.password);
    practice.close();

    const dataFiles = listFiles(dir);
    const names = dataFiles.map((f) => f.slice(dir.length + 1)).sort();
    // The WAL and shm are checkpointed away at close; no stray temp or export file is left beside them.
    expect(names).toEqual(['chartroom.db', 'keyring.json', 'login-throttle.json']);
    const head = readFileSync(database).subarray(0, 16);
    expect(head.equals(sqliteHeader)).toBe(false);

    const newTempFiles = tempRoots.flatMap((root) =>
      [...entriesOf(root)]
        .filter((name) => !tempBefore.get(root)?.has(name))
        .flatMap((name) => listFiles(join(root, name))),
    );
    const needles = [
      ...sentinelNeedles(sentinel),
      { label: 'data key (raw)', bytes: dataKey },
      { label: 'data key (hex)', bytes: Buffer.from(dataKey.toString('hex')) },
      { label: 'data key (base64)', bytes: Buffer.from(dataKey.toString('base64')) },
    ];
    // Positive control: the same scan finds the sentinel in a file that holds it in clear.
    const control = join(dir, '..', `scan-control-${process.pid}.txt`);
    try {
      writeFileSync(control, `x${sentinel.toLowerCase()}x`);
      expect(scanFiles([control], needles).length).toBeGreaterThan(0);
    } finally {
      rmSync(control, { force: true });
    }
    expect(scanFiles([...new Set([...dataFiles, ...newTempFiles])], needles)).toEqual([]);

    practice = practice.reopen();
    const again = await practice.signIn('office_manager');
    expect(readPragmas(practice.app.services.vault.store.sqlite)).toEqual(requiredPragmas);
    const patient = await again.must('patients.get', { patientId });
    expect(patient.preferredName).toBe(sentinel);
    expect(patient.insurance?.planName).toBe(sentinel);
    expect((await again.must('drafts.get', { key: 'patient:edit' }))?.content).toContain(sentinel);
  });
});
