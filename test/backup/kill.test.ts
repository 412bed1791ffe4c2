import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { backupExtension } from '../../db';
import {
  addBulk,
  addPatients,
  backupsIn,
  createPracticeAt,
  dataKeyOf,
  hashTree,
  namesIn,
  openPracticeAt,
  type Practice,
  partialsIn,
  verifyOnDisk,
} from '../helpers/backup-fixtures';
import { bundleBackupChild, killWhen, type Poll, procFdAvailable, startBackupChild } from '../helpers/backup-kill';
import { tempDir } from '../helpers/practice';

/**
 * Issue 3 / SECURITY.md S19: kill -9 of the app during the snapshot, during verification, around the
 * rename and while copying to the second destination. A child process runs "Back up now" on a
 * practice of 300 synthetic patients and 8 MB of drafts and is killed at the moment it is seen (from /proc) to be in that
 * step. Afterwards: nothing bad promoted (every .chartroom-backup on disk has its manifest and
 * verifies against it), nothing good lost (the earlier verified copies are byte-identical), the
 * interrupted run shows as failed in the history and as an alert, and the next run cleans the stale
 * partials and succeeds.
 */
const canWatch = procFdAvailable();
if (!canWatch)
  console.warn(
    '[backup tests] /proc/<pid>/fdinfo is not available on this machine, so the step a backup child is in cannot be seen: the kill -9 tests are SKIPPED.',
  );

describe.skipIf(!canWatch)('S19: kill -9 during a backup run', () => {
  let base: string;
  let practice: Practice;
  let destinations: string[];
  let script: string;
  let dataKey: Buffer;

  beforeAll(async () => {
    base = tempDir('chartroom-kill-');
    destinations = [join(base, 'usb-drive'), join(base, 'nas-share')];
    for (const dir of destinations) mkdirSync(dir);
    practice = await createPracticeAt(join(base, 'data'));
    const manager = await practice.manager();
    await manager.must('backup.addDestination', { label: 'USB drive', path: destinations[0]!, offsite: false });
    await manager.must('backup.addDestination', { label: 'NAS', path: destinations[1]!, offsite: true });
    // Big enough that the snapshot (a file copy) and the verification each take a measurable time.
    addPatients(practice, 300);
    addBulk(practice, 8);
    const first = await manager.must('backup.runNow', {});
    expect(first.status).toBe('succeeded');
    dataKey = await dataKeyOf(practice.dir);
    practice.close();
    mkdirSync(join(base, 'bundle'));
    script = await bundleBackupChild(join(base, 'bundle'));
  }, 120_000);

  afterAll(() => {
    practice?.close();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  const isPartial = (path: string, dest: number) =>
    path.startsWith(`${destinations[dest]}/`) && path.endsWith(`${backupExtension}.partial`);

  /** Nothing bad promoted: every backup file at every destination has its manifest and verifies against it. */
  const expectEveryBackupVerifies = (context: string) => {
    for (const dir of destinations) {
      for (const name of backupsIn(dir)) {
        const path = join(dir, name);
        const result = verifyOnDisk(path, dataKey);
        expect(result.sidecar, `${context}: ${name} has no manifest beside it`).toBe(true);
        expect(result.tables.patients?.rows, `${context}: ${name}`).toBeGreaterThanOrEqual(300);
      }
    }
  };

  /**
   * One kill: the earlier copies are fingerprinted, the child is killed when `when` says so, and
   * the folders and the history are checked as the office manager would find them after a restart.
   */
  const killOnce = async (step: string, when: (poll: Poll, baseline: string[][]) => boolean) => {
    const earlier = destinations.map((dir) => hashTree(dir));
    const baseline = destinations.map((dir) => namesIn(dir));
    const child = await startBackupChild(script, practice.dir, practice.migrationsDir);
    const seen = killWhen(child, destinations, (poll) => when(poll, baseline));
    const exit = await child.exited;
    expect(seen, `the run finished before the ${step} was seen (stdout: ${child.stdout()})`).not.toBeNull();
    expect(exit, `child stderr: ${child.stderr()}`).toEqual({ code: null, signal: 'SIGKILL' });
    const context = `killed during the ${step} after ${seen!.afterMs} ms (seen ${seen!.seen.join(' > ')})`;

    // Nothing good lost: every earlier backup and manifest is still there, byte for byte.
    destinations.forEach((dir, i) => {
      const now = hashTree(dir);
      for (const [name, sha] of Object.entries(earlier[i]!)) {
        if (name.endsWith(backupExtension) || name.endsWith(`${backupExtension}.json`))
          expect(now[name], `${context}: ${name}`).toBe(sha);
      }
    });
    expectEveryBackupVerifies(context);

    // After a restart the interrupted run is history, marked failed, and raises an alert.
    practice = openPracticeAt(practice.dir, practice.recoveryKey, practice.migrationsDir);
    const manager = await practice.manager();
    const history = await manager.must('backup.history', { limit: 3 });
    expect(history[0]!.status, `${context}: the interrupted run in the history`).toBe('failed');
    expect(history[0]!.error).toMatch(/stopped before this backup finished/);
    const status = await manager.must('backup.status', {});
    expect(status.running).toBe(false);
    expect(status.alerts.join('\n'), context).toMatch(/failed: Chartroom stopped before this backup finished/);
    practice.close();
    return { seen: seen!, context };
  };

  /** The next run (after a restart) cleans every stale partial, succeeds, and leaves only verified backups. */
  const nextRunSucceeds = async (context: string) => {
    practice = openPracticeAt(practice.dir, practice.recoveryKey, practice.migrationsDir);
    const manager = await practice.manager();
    const run = await manager.must('backup.runNow', {});
    expect(run.status, `${context}: ${run.error}`).toBe('succeeded');
    for (const dir of destinations) {
      expect(partialsIn(dir), `${context}: leftovers in ${dir}`).toEqual([]);
      expect(
        namesIn(dir).filter((n) => n.endsWith('.tmp')),
        `${context}: leftovers in ${dir}`,
      ).toEqual([]);
      expect(backupsIn(dir).every((n) => namesIn(dir).includes(`${n}.json`))).toBe(true);
    }
    for (const copy of run.copies) expect(verifyOnDisk(copy.path, dataKey).sidecar).toBe(true);
    expectEveryBackupVerifies(`${context}, after the next run`);
    const history = await manager.must('backup.history', { limit: 2 });
    expect(history.map((r) => r.status)).toEqual(['succeeded', 'failed']);
    const status = await manager.must('backup.status', {});
    expect(status.alerts, context).toEqual([]);
    practice.close();
  };

  it('during the snapshot (the .partial being written)', async () => {
    const { seen, context } = await killOnce(
      'snapshot',
      ({ open, seen }) => open.some((f) => isPartial(f.path, 0) && f.writable) && !seen.includes('read:0'),
    );
    expect(
      seen.names[0]!.some((n) => n.endsWith('.partial')),
      context,
    ).toBe(true);
    await nextRunSucceeds(context);
  }, 90_000);

  it('during verification (the .partial open read-only by the verifier)', async () => {
    const { seen, context } = await killOnce('verification', ({ open }) =>
      open.some((f) => isPartial(f.path, 0) && !f.writable),
    );
    expect(
      seen.names[0]!.some((n) => n.endsWith('.partial')),
      context,
    ).toBe(true);
    await nextRunSucceeds(context);
  }, 90_000);

  it('around the rename (fsync of the verified .partial, manifest, rename)', async () => {
    // Promotion takes a few milliseconds: try until a kill lands inside it, each kill checked the same way.
    const landed: string[] = [];
    let last = '';
    for (let attempt = 0; attempt < 6 && landed.length === 0; attempt++) {
      const { seen, context } = await killOnce('rename', ({ open, names, seen }, baseline) => {
        if (!seen.includes('read:0')) return false;
        const writing = open.some((f) => f.path.startsWith(`${destinations[0]}/`) && f.writable);
        const added = names[0]!.filter((n) => !baseline[0]!.includes(n) && !n.endsWith('.partial'));
        return writing || added.length > 0;
      });
      last = context;
      const names = seen.names[0]!;
      const partialLeft = names.some((n) => n.endsWith(`${backupExtension}.partial`));
      const manifests = names.filter((n) => n.endsWith(`${backupExtension}.json`)).length;
      const backups = names.filter((n) => n.endsWith(backupExtension)).length;
      if (partialLeft && manifests > backups) landed.push('between the manifest and the rename');
      else if (partialLeft) landed.push('before the rename (fsync)');
      else if (!seen.names[1]!.some((n) => n.includes('.partial'))) landed.push('just after the rename');
      console.info(`[kill at the rename] attempt ${attempt + 1}: ${landed.at(-1) ?? 'missed'}; ${context}`);
    }
    if (landed.length === 0)
      console.warn(
        `[backup tests] 6 kills aimed at the promotion of the .partial all missed its window (last: ${last}); the invariants were still checked after each.`,
      );
    await nextRunSucceeds(`${last}; landed ${landed.join(', ') || 'outside the window'}`);
  }, 240_000);

  it('while copying to the second destination', async () => {
    const { seen, context } = await killOnce('copy to the second destination', ({ open }) =>
      open.some((f) => f.path.startsWith(`${destinations[1]}/`) && f.path.includes('.partial')),
    );
    // The first destination's copy of this run was already verified and promoted; it must verify too.
    const promoted = seen.names[0]!.filter((n) => n.endsWith(backupExtension));
    expect(promoted.length, context).toBeGreaterThanOrEqual(2);
    for (const name of promoted) expect(seen.names[0]!.includes(`${name}.json`), context).toBe(true);
    await nextRunSucceeds(context);
  }, 90_000);
});
