import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { repositories } from '../../../db';
import { BackupRunner } from '../../../electron/main/services/backup/runner';
import { createTestPractice, patientInput, type TestPractice, tempDir } from '../../helpers/practice';

describe('backup run', () => {
  let practice: TestPractice;
  let destinations: string[];
  const actor = { userId: null, username: 'system', workstation: 'test' };

  beforeEach(async () => {
    practice = await createTestPractice({ staff: false });
    const manager = await practice.signIn('office_manager');
    await manager.must('patients.register', { patient: patientInput() });
    destinations = [tempDir('dest-a-'), tempDir('dest-b-')];
    const db = practice.app.services.vault.store.db;
    destinations.forEach((path, i) => {
      repositories.backups.insertDestination(db, {
        label: `Disk ${i + 1}`,
        path,
        offsite: i === 1,
        createdAt: new Date().toISOString(),
      });
    });
  });
  afterEach(() => {
    practice.cleanup();
    for (const dir of destinations) rmSync(dir, { recursive: true, force: true });
  });

  it('writes a verified copy with manifest and keyring to every destination', async () => {
    const runner = new BackupRunner(practice.app.services.vault, 'test', () => new Date());
    const outcome = await runner.run(actor, 'manual');
    expect(outcome.error).toBe('');
    expect(outcome.status).toBe('succeeded');
    expect(outcome.files).toHaveLength(2);
    for (const dir of destinations) {
      const names = readdirSync(dir).sort();
      expect(names).toHaveLength(2);
      expect(names.some((n) => n.endsWith('.partial'))).toBe(false);
      const sidecar = JSON.parse(readFileSync(join(dir, names.find((n) => n.endsWith('.json'))!), 'utf8'));
      expect(sidecar.manifest.tables.patients.rows).toBe(1);
      expect(sidecar.keyring.slots.some((s: { kind: string }) => s.kind === 'recovery')).toBe(true);
      expect(
        readFileSync(join(dir, names.find((n) => !n.endsWith('.json'))!))
          .subarray(0, 15)
          .toString(),
      ).not.toBe('SQLite format 3');
    }
  });

  it('reports a destination that is not there and still backs up to the other', async () => {
    rmSync(destinations[0]!, { recursive: true });
    const runner = new BackupRunner(practice.app.services.vault, 'test', () => new Date());
    const outcome = await runner.run(actor, 'manual');
    expect(outcome.status).toBe('partial');
    expect(outcome.error).toMatch(/not available/);
    expect(existsSync(outcome.files[0]!)).toBe(true);
  });
});
