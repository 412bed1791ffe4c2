import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openKeyed } from '../../../db';
import { runWorkerTask } from '../../../electron/main/services/backup/worker-client';
import { createTestPractice, patientInput, type TestPractice, tempDir } from '../../helpers/practice';

/**
 * The snapshot copies the encrypted file under a read transaction after a checkpoint. While the app
 * keeps writing, the copy must still be one consistent moment: every patient with its history row
 * and audit row, integrity ok, and the key unchanged.
 */
describe('consistent copy of the live store', () => {
  let practice: TestPractice;
  afterEach(() => practice.cleanup());

  it('is consistent while the app writes, and opens with the same key', async () => {
    practice = await createTestPractice({ staff: false });
    const manager = await practice.signIn('office_manager');
    const vault = practice.app.services.vault;
    let writing = true;
    let written = 0;
    const writer = (async () => {
      while (writing) {
        await manager.must('patients.register', {
          patient: patientInput({
            legalGivenName: `Writer${written}`,
            legalFamilyName: 'Concurrent',
            birthDate: '1990-01-01',
          }),
          duplicateOverride: { reason: 'load test' },
        });
        written++;
        await new Promise((resolve) => setImmediate(resolve));
      }
    })();
    const target = join(tempDir('copy-'), 'snapshot.chartroom-backup');
    await new Promise((resolve) => setTimeout(resolve, 50));
    await runWorkerTask({
      kind: 'snapshot',
      databasePath: vault.paths.database,
      keyHex: vault.dataKeyHex(),
      targetPath: target,
    });
    writing = false;
    await writer;
    expect(written).toBeGreaterThan(0);

    const copy = openKeyed(target, vault.dataKeyHex(), { readonly: true }).sqlite;
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(copy.pragma('journal_mode', { simple: true })).toBe('delete');
    const count = (sql: string) => copy.prepare(sql).pluck().get() as number;
    const patients = count('SELECT count(*) FROM patients');
    expect(count('SELECT count(*) FROM patient_history')).toBe(patients);
    expect(count("SELECT count(*) FROM audit_log WHERE action = 'patient.register'")).toBe(patients);
    copy.close();
  });
});
