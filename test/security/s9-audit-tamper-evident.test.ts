import type Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositories } from '../../db';
import { type Caller, createTestPractice, patientInput, staffPasswords, type TestPractice } from '../helpers/practice';
import { auditRowsAfter, openKeyedConnection, unwrapDataKey } from '../helpers/sentinel';

/**
 * S9: the audit log is tamper-evident. The app's own connection and a second connection holding the
 * real key (an attacker with the key, or an admin tool) both hit the append-only triggers; an edit
 * made after dropping them is found by audit.verify at the first broken row.
 */
const manager = staffPasswords.office_manager;

/** A practice with a few dozen audit rows, and a second keyed connection to its live database. */
const practiceWithHistory = async () => {
  const practice = await createTestPractice({ staff: false });
  const admin = await practice.signIn('office_manager');
  for (let i = 0; i < 6; i++) {
    const result = await admin.must('patients.register', {
      patient: patientInput({
        legalGivenName: `Tamper${i}`,
        legalFamilyName: `Case${'abcdef'[i]}`,
        birthDate: `198${i}-02-03`,
      }),
    });
    if (result.status !== 'registered') throw new Error('expected a registration');
    await admin.must('patients.get', { patientId: result.patient.id });
  }
  const key = await unwrapDataKey(practice.dir, manager.username, manager.password);
  const second = openKeyedConnection(practice.app.services.vault.paths.database, key);
  return { practice, admin, second };
};

const snapshot = (sqlite: Database.Database) => sqlite.prepare('SELECT * FROM audit_log ORDER BY id').all();

describe('S9 the audit log is tamper-evident', () => {
  let practice: TestPractice;
  let admin: Caller;
  let second: Database.Database;
  const opened: { practice: TestPractice; second: Database.Database }[] = [];

  beforeAll(async () => {
    ({ practice, admin, second } = await practiceWithHistory());
    opened.push({ practice, second });
  });
  afterAll(() => {
    for (const entry of opened) {
      entry.second.close();
      entry.practice.cleanup();
    }
  });

  it('verifies an untouched log', async () => {
    const report = await admin.must('audit.verify', {});
    expect(report).toMatchObject({ ok: true, firstBrokenId: null });
    expect(report.rowsChecked).toBeGreaterThan(10);
  });

  it.each([
    ['UPDATE', "UPDATE audit_log SET detail = 'edited' WHERE id = 3", /append-only: rows cannot be changed/],
    ['DELETE of one row', 'DELETE FROM audit_log WHERE id = 3', /append-only: rows cannot be deleted/],
    ['DELETE of the tail', 'DELETE FROM audit_log WHERE id > 5', /append-only: rows cannot be deleted/],
    ['DELETE of everything', 'DELETE FROM audit_log', /append-only: rows cannot be deleted/],
  ])(
    'aborts %s on the audit log, from the app connection and from a second keyed connection',
    (_label, sql, message) => {
      for (const sqlite of [practice.app.services.vault.store.sqlite, second]) {
        const before = snapshot(sqlite);
        expect(() => sqlite.exec(sql)).toThrow(message);
        expect(snapshot(sqlite)).toEqual(before);
      }
    },
  );

  it.each([
    [
      'UPDATE patient_history',
      "UPDATE patient_history SET snapshot = '{}' WHERE id = 1",
      /Patient history is append-only/,
    ],
    ['DELETE FROM patient_history', 'DELETE FROM patient_history WHERE id = 1', /Patient history is append-only/],
    ['DELETE FROM patients', 'DELETE FROM patients WHERE id = 1', /Patients are never deleted/],
    ['DELETE FROM users', 'DELETE FROM users WHERE id = 1', /Staff accounts are never deleted/],
  ])('refuses %s the same way', (_label, sql, message) => {
    for (const sqlite of [practice.app.services.vault.store.sqlite, second]) {
      const counts = sqlite
        .prepare(
          'SELECT (SELECT count(*) FROM patients) AS p, (SELECT count(*) FROM patient_history) AS h, (SELECT count(*) FROM users) AS u',
        )
        .get();
      expect(() => sqlite.exec(sql)).toThrow(message);
      expect(
        sqlite
          .prepare(
            'SELECT (SELECT count(*) FROM patients) AS p, (SELECT count(*) FROM patient_history) AS h, (SELECT count(*) FROM users) AS u',
          )
          .get(),
      ).toEqual(counts);
    }
  });

  // REPLACE deletes the row it overwrites; the app's connections run with recursive_triggers so the
  // delete guards see it. (A foreign connection without that pragma is caught by the verifier below.)
  it.each([
    [
      'audit_log',
      "INSERT OR REPLACE INTO audit_log (id, at, username, action, outcome, workstation, prev_hash, hash) VALUES (3, '2020-01-01T00:00:00.000Z', 'x', 'login', 'success', 'w', 'p', 'h')",
      /append-only: rows cannot be deleted/,
    ],
    [
      'patient_history',
      "REPLACE INTO patient_history (id, patient_id, version, kind, at, user_id, snapshot) VALUES (1, 1, 1, 'registered', 'x', 1, '{}')",
      /Patient history is append-only/,
    ],
    ['patients', 'INSERT OR REPLACE INTO patients SELECT * FROM patients WHERE id = 1', /Patients are never deleted/],
    ['users', 'INSERT OR REPLACE INTO users SELECT * FROM users WHERE id = 1', /Staff accounts are never deleted/],
  ])('aborts INSERT OR REPLACE over an existing %s row on the app connection', (table, sql, message) => {
    const sqlite = practice.app.services.vault.store.sqlite;
    const before = sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all();
    expect(() => sqlite.exec(sql)).toThrow(message);
    expect(sqlite.prepare(`SELECT * FROM ${table} ORDER BY id`).all()).toEqual(before);
  });

  it('still verifies after every refused attempt above: a refusal leaves no trace in the chain', async () => {
    expect(await admin.must('audit.verify', {})).toMatchObject({ ok: true, firstBrokenId: null });
  });

  type Tamper = (sqlite: Database.Database, target: number, lastId: number) => void;
  it.each<[string, Tamper, (target: number, lastId: number) => number]>([
    [
      "a middle row's detail edited (triggers dropped)",
      (sqlite, target) => {
        sqlite.exec('DROP TRIGGER audit_log_no_update');
        sqlite.prepare("UPDATE audit_log SET detail = 'nothing to see' WHERE id = ?").run(target);
      },
      (target) => target,
    ],
    [
      "a middle row's user changed and its own hash recomputed",
      (sqlite, target) => {
        sqlite.exec('DROP TRIGGER audit_log_no_update');
        // The attacker re-hashes the edited row correctly; the next row's link to it still gives it away.
        const row = auditRowsAfter(sqlite, target - 1)[0]!;
        const { prevHash } = sqlite.prepare('SELECT prev_hash AS prevHash FROM audit_log WHERE id = ?').get(target) as {
          prevHash: string;
        };
        const forged = { ...row, username: 'someone-else', prevHash };
        sqlite
          .prepare('UPDATE audit_log SET username = ?, hash = ? WHERE id = ?')
          .run(forged.username, repositories.audit.rowHash(forged), target);
      },
      (target) => target + 1,
    ],
    [
      'a middle row deleted (triggers dropped)',
      (sqlite, target) => {
        sqlite.exec('DROP TRIGGER audit_log_no_delete');
        sqlite.prepare('DELETE FROM audit_log WHERE id = ?').run(target);
      },
      (target) => target,
    ],
    [
      'a row overwritten with INSERT OR REPLACE (no trigger dropped)',
      (sqlite, target) => {
        const row = sqlite.prepare('SELECT * FROM audit_log WHERE id = ?').get(target) as Record<string, unknown>;
        const columns = Object.keys(row);
        sqlite
          .prepare(
            `INSERT OR REPLACE INTO audit_log (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
          )
          .run(...columns.map((c) => (c === 'workstation' ? 'somewhere-else' : row[c])));
      },
      (target) => target,
    ],
    [
      'a forged row appended with a made-up hash',
      (sqlite, _target, lastId) => {
        const last = sqlite.prepare('SELECT hash FROM audit_log WHERE id = ?').get(lastId) as { hash: string };
        sqlite
          .prepare(
            "INSERT INTO audit_log (id, at, username, action, outcome, workstation, prev_hash, hash) VALUES (?, '2099-01-01T00:00:00.000Z', 'olivia', 'login', 'success', 'ws', ?, ?)",
          )
          .run(lastId + 1, last.hash, 'a'.repeat(64));
      },
      (_target, lastId) => lastId + 1,
    ],
  ])('reports %s at the first broken row', async (_label, tamper, brokenAt) => {
    const fresh = await practiceWithHistory();
    opened.push(fresh);
    const rows = auditRowsAfter(fresh.practice.app.services.vault.store.sqlite, 0);
    const lastId = rows.at(-1)!.id;
    const target = rows[Math.floor(rows.length / 2)]!.id;
    expect((await fresh.admin.must('audit.verify', {})).ok).toBe(true);

    tamper(fresh.second, target, lastId + 1); // +1: the verify call just above wrote a row
    const report = await fresh.admin.must('audit.verify', {});
    expect(report).toMatchObject({ ok: false, firstBrokenId: brokenAt(target, lastId + 1) });
    expect(report.message).toContain(`entry ${brokenAt(target, lastId + 1)}`);
    // The failed verification is itself on the record.
    const verifyRows = auditRowsAfter(fresh.practice.app.services.vault.store.sqlite, 0).filter(
      (r) => r.action === 'audit.verify',
    );
    expect(verifyRows.at(-1)).toMatchObject({ outcome: 'failure', username: manager.username });
  });
});
