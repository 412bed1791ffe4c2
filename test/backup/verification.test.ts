import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositories } from '../../db';
import { BackupService } from '../../electron/main/services/backup/service';
import {
  addPatients,
  createPracticeAt,
  flipBit,
  hashTree,
  type Practice,
  sha256Of,
  systemActor,
} from '../helpers/backup-fixtures';
import { tempDir } from '../helpers/practice';
import { auditRowsAfter, lastAuditId } from '../helpers/sentinel';

/**
 * Issue 3 "Restore drill" and SECURITY.md backup faults "bit rot in a month-old backup (periodic
 * re-verification flags it)": the monthly re-hash flags a rotted month-old copy and leaves younger
 * ones alone; "Verify now" flags a bit-flipped copy as damaged (an alert); the restore drill restores
 * the newest good copy into a sandbox and records success, and when the newest copy has rotted
 * unnoticed the drill fails loudly, flags it, and the next drill falls back to the newest good one.
 * A BackupService with its own clock runs on the live vault, so months pass in a second.
 */
describe('verify now, the restore drill and the monthly re-hash', () => {
  let base: string;
  let practice: Practice;
  let service: BackupService;
  let clock: Date;
  const copies: Record<string, string> = {};

  beforeAll(async () => {
    base = tempDir('chartroom-verify-');
    for (const d of ['usb', 'nas']) mkdirSync(join(base, d));
    practice = await createPracticeAt(join(base, 'data'));
    const manager = await practice.manager();
    await manager.must('backup.addDestination', { label: 'USB', path: join(base, 'usb'), offsite: false });
    await manager.must('backup.addDestination', { label: 'NAS', path: join(base, 'nas'), offsite: true });
    service = new BackupService({
      vault: practice.app.services.vault,
      appVersion: 'test',
      now: () => new Date(clock),
      log: () => {},
    });
    addPatients(practice, 40);
    clock = new Date(2026, 9, 10, 2, 0);
    const october = await service.run(systemActor, 'scheduled');
    addPatients(practice, 10, 9);
    clock = new Date(2026, 10, 10, 2, 0);
    const november = await service.run(systemActor, 'scheduled');
    expect([october.status, november.status]).toEqual(['succeeded', 'succeeded']);
    [copies.octUsb, copies.octNas] = october.files as [string, string];
    [copies.novUsb, copies.novNas] = november.files as [string, string];
  }, 120_000);

  afterAll(() => {
    practice?.close();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  const copyRow = (path: string) =>
    practice.app.services.vault.store.sqlite
      .prepare('SELECT status, error FROM backup_copies WHERE path = ?')
      .get(path) as { status: string; error: string };

  it('the monthly re-hash flags bit rot in a month-old copy, and only checks month-old copies', async () => {
    flipBit(copies.octUsb!);
    clock = new Date(2026, 10, 12, 3, 0);
    const results = await service.verifier.rehashOld();
    expect(results.map((r) => [r.path, r.ok]).sort()).toEqual(
      [
        [copies.octNas, true],
        [copies.octUsb, false],
      ].sort(),
    );
    expect(results.find((r) => !r.ok)?.detail).toMatch(/changed since it was made \(bit rot or tampering\)/);
    expect(copyRow(copies.octUsb!).status).toBe('damaged');
    expect(copyRow(copies.octNas!).status).toBe('verified');
    const status = service.status();
    expect(status.alerts).toContain(
      '1 backup file(s) at "USB" are damaged or missing. Run "Verify now" and keep the good copies.',
    );
    // Checked again a day later: not due (the good one was just checked, the bad one is no longer "verified").
    clock = new Date(2026, 10, 13, 3, 0);
    expect(await service.verifier.rehashOld()).toEqual([]);
  });

  it('"Verify now" opens every kept copy and flags a bit-flipped one as damaged, changing no file', async () => {
    flipBit(copies.novUsb!);
    const before = { usb: hashTree(join(base, 'usb')), nas: hashTree(join(base, 'nas')) };
    const auditFrom = lastAuditId(practice.app.services.vault.store.sqlite);
    const results = await service.verifier.verifyAll(systemActor);
    // The October USB copy is already known damaged; the three others are opened.
    expect(results.map((r) => [r.path, r.ok]).sort()).toEqual(
      [
        [copies.novUsb, false],
        [copies.novNas, true],
        [copies.octNas, true],
      ].sort(),
    );
    expect(results.find((r) => !r.ok)?.detail).toMatch(/changed since it was made/);
    expect(results.filter((r) => r.ok).every((r) => r.detail === 'Opened and matched its manifest.')).toBe(true);
    expect(copyRow(copies.novUsb!).status).toBe('damaged');
    expect(service.status().alerts).toContain(
      '2 backup file(s) at "USB" are damaged or missing. Run "Verify now" and keep the good copies.',
    );
    expect({ usb: hashTree(join(base, 'usb')), nas: hashTree(join(base, 'nas')) }).toEqual(before);
    const [audit] = auditRowsAfter(practice.app.services.vault.store.sqlite, auditFrom);
    expect(audit).toMatchObject({ action: 'backup.verify', outcome: 'failure', detail: '3 checked, 1 damaged' });
  });

  it('the drill restores the newest good copy into a sandbox; a rotted newest copy fails it and is skipped next time', async () => {
    const store = practice.app.services.vault.store;
    // The newest good copy is November's at the NAS.
    clock = new Date(2026, 10, 14, 3, 0);
    const first = await service.verifier.drill(systemActor);
    expect(first).toMatchObject({ path: copies.novNas, ok: true });
    expect(first?.detail).toMatch(/Restored into a sandbox and verified: 50 patients/);
    expect(service.status().lastDrill).toMatchObject({ ok: true, at: clock.toISOString() });
    expect(repositories.backups.lastCheck(store.db, 'drill')).toMatchObject({ ok: true });
    expect(readdirSync(practice.dir).filter((n) => n.startsWith('restore-drill-'))).toEqual([]);

    // Bit rot in the newest copy that nothing has noticed yet: the drill is the one to find it.
    const novNasSha = sha256Of(copies.novNas!);
    flipBit(copies.novNas!);
    clock = new Date(2026, 10, 21, 3, 0);
    expect(service.verifier.drillDue()).toBe(true);
    const failed = await service.verifier.drill(systemActor);
    expect(failed).toMatchObject({ path: copies.novNas, ok: false });
    expect(copyRow(copies.novNas!).status).toBe('damaged');
    expect(service.status().alerts.join('\n')).toMatch(/The last restore drill failed: /);
    expect(sha256Of(copies.novNas!)).not.toBe(novNasSha);

    // The next drill takes the newest copy still good: October's at the NAS (40 patients).
    const fallback = await service.verifier.drill(systemActor);
    expect(fallback).toMatchObject({ path: copies.octNas, ok: true });
    expect(fallback?.detail).toMatch(/40 patients/);
    expect(service.status().lastDrill?.ok).toBe(true);
    expect(readdirSync(practice.dir).filter((n) => n.startsWith('restore-drill-'))).toEqual([]);
  });
});
