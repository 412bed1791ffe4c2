import { mkdirSync, renameSync, rmSync, statfsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupExtension } from '../../db';
import {
  addPatients,
  backupsIn,
  bindReadOnly,
  createPracticeAt,
  dataKeyOf,
  hashTree,
  mountTmpfs,
  type Practice,
  partialsIn,
  type RunDto,
  unmountAll,
  verifyOnDisk,
} from '../helpers/backup-fixtures';
import { type Caller, tempDir } from '../helpers/practice';

/**
 * Issue 3 "Faults that must be tested" / SECURITY.md S19: a destination that is full, read-only, or
 * disappears while the run is in progress. Each: the run fails there with a plain message, no
 * .partial is left or promoted, the earlier verified copies there are byte-identical, nothing is
 * pruned anywhere (all runs are on one day, so a successful run would prune the older copies), the
 * other destination still gets a verified copy, the run is "partial" in the history and an alert.
 * Real faults: a small tmpfs that fills up, a read-only bind mount, a folder renamed away mid-run.
 */
describe('S19: a destination that fails during a backup run', () => {
  let base: string;
  let practice: Practice;
  let manager: Caller;
  let dataKey: Buffer;

  beforeEach(async () => {
    base = tempDir('chartroom-dest-faults-');
    practice = await createPracticeAt(join(base, 'data'));
    manager = await practice.manager();
    addPatients(practice, 300);
    dataKey = await dataKeyOf(practice.dir);
  });

  afterEach(() => {
    practice?.close();
    unmountAll();
    rmSync(base, { recursive: true, force: true });
  });

  const addDestination = (label: string, path: string, offsite = false) =>
    manager.must('backup.addDestination', { label, path, offsite });

  const runNow = () => manager.must('backup.runNow', {});

  /** The backup files and manifests in a folder, by name, with their sha256. */
  const backupFilesIn = (dir: string) =>
    Object.fromEntries(
      Object.entries(hashTree(dir)).filter(
        ([n]) => n.endsWith(backupExtension) || n.endsWith(`${backupExtension}.json`),
      ),
    );

  const expectAllVerify = (dir: string) => {
    for (const name of backupsIn(dir)) expect(verifyOnDisk(join(dir, name), dataKey).sidecar, name).toBe(true);
  };

  /** The shared checks after a run in which `failed` failed and `good` succeeded. */
  const expectPartialRun = async (
    run: RunDto,
    failed: { label: string; dir: string; before: Record<string, string>; message: RegExp; stranded?: boolean },
    good: { label: string; dir: string; before: Record<string, string> },
  ) => {
    expect(run.status, run.error).toBe('partial');
    const failedCopy = run.copies.find((c) => c.destinationLabel === failed.label);
    const goodCopy = run.copies.find((c) => c.destinationLabel === good.label);
    expect(failedCopy?.status).toBe('failed');
    expect(failedCopy?.error).toMatch(failed.message);
    // Plain words, not an error code or a stack.
    expect(failedCopy?.error).not.toMatch(/ENOSPC|EROFS|ENOENT|SQLITE_|Error:|\bat \w+ \(/);
    expect(run.error).toContain(`${failed.label}: `);
    expect(goodCopy?.status).toBe('verified');

    // Nothing promoted or left at the failed destination (except, for a folder that vanished, a
    // .partial the run could no longer reach: the next run removes it); what was there is byte-identical.
    if (!failed.stranded) expect(partialsIn(failed.dir)).toEqual([]);
    expect(backupFilesIn(failed.dir)).toEqual(failed.before);
    expectAllVerify(failed.dir);
    // Nothing pruned at the good one: the earlier copies are still there, plus this run's.
    const goodNow = backupFilesIn(good.dir);
    for (const [name, sha] of Object.entries(good.before)) expect(goodNow[name], name).toBe(sha);
    expect(backupsIn(good.dir)).toContain(goodCopy!.path.slice(good.dir.length + 1));
    expect(backupsIn(good.dir).length).toBe(Object.keys(good.before).length / 2 + 1);
    expectAllVerify(good.dir);

    // The history and the office manager's alerts say so.
    const [latest] = await manager.must('backup.history', { limit: 1 });
    expect(latest).toMatchObject({ id: run.id, status: 'partial' });
    const status = await manager.must('backup.status', {});
    expect(status.alerts[0]).toMatch(/did not reach every destination/);
    expect(status.alerts[0]).toContain(failedCopy!.error);
    const perDestination = status.destinations.find((d) => d.destination.label === failed.label);
    expect(perDestination?.lastError).toBe(failedCopy!.error);
    expect(perDestination?.lastVerifiedAt).not.toBeNull();
  };

  /** Leaves about half a backup's worth of free space on the tmpfs at `dir` (other files fill the drive). */
  const fillUp = (dir: string, backupBytes: number) => {
    const { bavail, bsize } = statfsSync(dir);
    const free = bavail * bsize;
    writeFileSync(join(dir, 'holiday-photos.bin'), Buffer.alloc(Math.max(0, free - Math.floor(backupBytes / 2))));
  };

  it('disk full: at the destination taking the snapshot and at one it copies to; the other still backed up', async (ctx) => {
    // The first USB drive takes the snapshot, the NAS the next try, the second USB drive a copy.
    const usb = join(base, 'usb');
    const nas = join(base, 'nas');
    const usb2 = join(base, 'usb2');
    mkdirSync(nas);
    if (!mountTmpfs(usb, 8 * 1024 * 1024, 'the disk-full cases are SKIPPED')) return ctx.skip('no tmpfs');
    if (!mountTmpfs(usb2, 8 * 1024 * 1024, 'the disk-full cases are SKIPPED')) return ctx.skip('no tmpfs');
    await addDestination('USB drive', usb);
    await addDestination('NAS', nas, true);
    await addDestination('Second USB drive', usb2);
    const first = await runNow();
    expect(first.status).toBe('succeeded');
    fillUp(usb, first.sizeBytes);
    fillUp(usb2, first.sizeBytes);
    const before = { usb: backupFilesIn(usb), nas: backupFilesIn(nas), usb2: backupFilesIn(usb2) };

    const run = await runNow();
    const full = /destination is full.*no earlier backup was removed/;
    await expectPartialRun(
      run,
      { label: 'USB drive', dir: usb, before: before.usb, message: full },
      { label: 'NAS', dir: nas, before: before.nas },
    );
    await expectPartialRun(
      run,
      { label: 'Second USB drive', dir: usb2, before: before.usb2, message: full },
      { label: 'NAS', dir: nas, before: before.nas },
    );
  }, 90_000);

  it('a read-only destination: a plain message there, nothing else affected; pruning resumes after a full success', async (ctx) => {
    const usb = join(base, 'usb');
    const nas = join(base, 'nas');
    mkdirSync(usb);
    mkdirSync(nas);
    await addDestination('USB drive', usb);
    await addDestination('NAS', nas, true);
    expect((await runNow()).status).toBe('succeeded');
    if (!bindReadOnly(usb, 'the read-only destination case is SKIPPED')) return ctx.skip('no bind mount');
    const before = { usb: backupFilesIn(usb), nas: backupFilesIn(nas) };
    expect(Object.keys(before.usb)).toHaveLength(2);

    const run = await runNow();
    await expectPartialRun(
      run,
      { label: 'USB drive', dir: usb, before: before.usb, message: /read-only/ },
      { label: 'NAS', dir: nas, before: before.nas },
    );
    // Adding a read-only folder as a new destination is refused with the same plain words.
    const refused = await manager.call('backup.addDestination', { label: 'Another', path: usb, offsite: false });
    expect(refused.ok).toBe(false);

    // Write access back: the next run reaches both and, being a full success, prunes by retention
    // (newest copy of the day kept), never the copy it just made.
    unmountAll();
    const next = await runNow();
    expect(next.status).toBe('succeeded');
    for (const dir of [usb, nas]) {
      expect(backupsIn(dir)).toEqual(
        next.copies.filter((c) => c.path.startsWith(dir)).map((c) => c.path.slice(dir.length + 1)),
      );
      expectAllVerify(dir);
    }
  }, 90_000);

  /** Waits (polling every millisecond) until the run has a .partial in `dir`, then renames `dir` away. */
  const pullOutWhenWriting = async (dir: string) => {
    const started = performance.now();
    while (partialsIn(dir).length === 0) {
      if (performance.now() - started > 60_000) throw new Error(`no .partial appeared in ${dir}`);
      await new Promise((r) => setTimeout(r, 1));
    }
    renameSync(dir, `${dir}-unplugged`);
  };

  it('destinations that disappear mid-run (during the snapshot, during a copy): a plain message, the other fine', async () => {
    const usb = join(base, 'usb');
    const nas = join(base, 'nas');
    const usb2 = join(base, 'usb2');
    for (const dir of [usb, nas, usb2]) mkdirSync(dir);
    await addDestination('USB drive', usb);
    await addDestination('NAS', nas, true);
    await addDestination('Second USB drive', usb2);
    expect((await runNow()).status).toBe('succeeded');
    const before = { usb: backupFilesIn(usb), nas: backupFilesIn(nas), usb2: backupFilesIn(usb2) };

    // The first drive is pulled out while the snapshot is written to it, the second while the
    // verified snapshot is copied to it.
    const running = runNow();
    await pullOutWhenWriting(usb);
    await pullOutWhenWriting(usb2);
    const run = await running;
    // Plugged back in: what they held before is intact (a .partial stranded there is allowed until the next run).
    renameSync(`${usb}-unplugged`, usb);
    renameSync(`${usb2}-unplugged`, usb2);
    const gone = /not available: the drive may be unplugged/;
    for (const [label, dir, earlier] of [
      ['USB drive', usb, before.usb],
      ['Second USB drive', usb2, before.usb2],
    ] as const)
      await expectPartialRun(
        run,
        { label, dir, before: earlier, message: gone, stranded: true },
        { label: 'NAS', dir: nas, before: before.nas },
      );

    // The next run cleans what the interrupted one stranded and succeeds everywhere.
    const next = await runNow();
    expect(next.status).toBe('succeeded');
    for (const dir of [usb, nas, usb2]) {
      expect(partialsIn(dir)).toEqual([]);
      expectAllVerify(dir);
    }
  }, 90_000);
});
