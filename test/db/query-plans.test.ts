import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestPractice, type TestPractice } from '../helpers/practice';

/** Hot queries must use their index (ARCHITECTURE.md section 4): a full scan is a budget miss at 100k patients. */
describe('query plans of hot queries', () => {
  let practice: TestPractice;
  const plan = (sql: string, ...params: unknown[]) =>
    (
      practice.app.services.vault.store.sqlite.prepare(`EXPLAIN QUERY PLAN ${sql}`).all(...params) as {
        detail: string;
      }[]
    )
      .map((row) => row.detail)
      .join(' | ');

  beforeAll(async () => {
    practice = await createTestPractice({ staff: false });
    await practice.signIn('office_manager');
  });
  afterAll(() => practice.cleanup());

  it('date of birth search and the duplicate check use the birth date index', () => {
    expect(plan('SELECT id FROM patients p WHERE p.birth_date = ?', '1980-03-04')).toMatch(
      /USING (COVERING )?INDEX patients_birth_date/,
    );
  });

  it('MRN lookup uses the MRN index', () => {
    expect(
      plan('SELECT id FROM patients p WHERE p.mrn = ? OR (p.mrn > ? AND p.mrn < ?)', '100001', '100001', '100001:'),
    ).toMatch(/INDEX patients_mrn/);
  });

  it('name search goes through the full-text index', () => {
    expect(plan('SELECT rowid FROM patient_search WHERE patient_search MATCH \'names:"smi"*\'')).toMatch(
      /VIRTUAL TABLE INDEX/,
    );
  });

  it('the audit report by patient and by user uses their indexes', () => {
    expect(plan('SELECT * FROM audit_log WHERE patient_id = ? ORDER BY id DESC LIMIT 100', 1)).toMatch(
      /INDEX audit_log_patient/,
    );
    expect(plan('SELECT * FROM audit_log WHERE user_id = ? ORDER BY id DESC LIMIT 100', 1)).toMatch(
      /INDEX audit_log_user/,
    );
    const byAccount = plan(
      'SELECT * FROM audit_log WHERE (user_id = ? OR (user_id IS NULL AND username = ?)) ORDER BY id DESC LIMIT 100',
      1,
      'olivia',
    );
    expect(byAccount).toMatch(/INDEX audit_log_user\b/);
    expect(byAccount).toMatch(/INDEX audit_log_username/);
  });
});
