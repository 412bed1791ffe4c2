import { rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestPractice, patientInput, type TestPractice, tempDir } from '../../helpers/practice';

/**
 * A restored store carries the backup history as it was when that backup was made. After a restore
 * the records must match the destination folders: the run that made the backup succeeded, its copy
 * is listed, and no false "failed" or "up to date" is shown.
 */
describe('backup history after a restore', () => {
  let practice: TestPractice;
  let destination: string;
  afterEach(() => {
    practice.cleanup();
    rmSync(destination, { recursive: true, force: true });
  });

  it('agrees with the destination folders', async () => {
    practice = await createTestPractice({ staff: false });
    destination = tempDir('dest-');
    const manager = await practice.signIn('office_manager');
    await manager.must('backup.addDestination', { label: 'USB drive', path: destination, offsite: true });
    await manager.must('patients.register', { patient: patientInput() });
    const first = await manager.must('backup.runNow', {});
    expect(first.status).toBe('succeeded');
    const restoredFrom = first.copies[0]!.path;

    await manager.must('patients.register', {
      patient: patientInput({ legalGivenName: 'Later', legalFamilyName: 'Patient' }),
    });
    await manager.must('restore.apply', { path: restoredFrom, unlock: { recoveryKey: practice.recoveryKey } });

    const again = await practice.signIn('office_manager');
    const history = await again.must('backup.history', { limit: 10 });
    const run = history.find((r) => r.id === first.id);
    expect(run?.status).toBe('succeeded');
    expect(run?.copies.map((c) => [c.path, c.status])).toEqual([[restoredFrom, 'verified']]);
    const status = await again.must('backup.status', {});
    expect(status.alerts).toEqual([]);
    expect(status.destinations[0]?.lastVerifiedAt).not.toBeNull();
    expect((await again.must('patients.search', { query: 'later patient' })).results).toEqual([]);
  });

  it('audits a restore that is refused', async () => {
    practice = await createTestPractice({ staff: false });
    destination = tempDir('dest-');
    const manager = await practice.signIn('office_manager');
    await manager.must('backup.addDestination', { label: 'USB drive', path: destination, offsite: true });
    const run = await manager.must('backup.runNow', {});
    const other = await createTestPractice({ staff: false });
    const refused = await manager.call('restore.apply', {
      path: run.copies[0]!.path,
      unlock: { recoveryKey: other.recoveryKey },
    });
    other.cleanup();
    expect(refused.ok ? '' : refused.error.code).toBe('WRONG_RECOVERY_KEY');
    const rows = practice.app.services.vault.store.sqlite
      .prepare("SELECT outcome, detail FROM audit_log WHERE action = 'backup.restore'")
      .all() as { outcome: string; detail: string }[];
    expect(rows).toEqual([{ outcome: 'failure', detail: expect.stringContaining('WRONG_RECOVERY_KEY') }]);
  });
});
