import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BackupService } from '../../electron/main/services/backup/service';
import {
  backupsIn,
  createPracticeAt,
  dataKeyOf,
  managerActor,
  type Practice,
  systemActor,
  verifyOnDisk,
} from '../helpers/backup-fixtures';
import { type Caller, tempDir } from '../helpers/practice';

/**
 * SECURITY.md S19 "A failed backup never destroys a good one", over days of a real schedule (a
 * BackupService on the live vault with its own clock): a day on which any destination failed prunes
 * nothing anywhere, a day on which all failed prunes nothing, retention prunes only after a fully
 * successful run, and never the newest verified copy, nor the copy the run has just made, even
 * when the clock has jumped backwards (SECURITY.md "clock jumps backwards").
 */
describe('S19: retention after failed days', () => {
  let base: string;
  let practice: Practice;
  let manager: Caller;
  let service: BackupService;
  let clock: Date;
  let usb: string;
  let nas: string;
  let dataKey: Buffer;

  beforeAll(async () => {
    base = tempDir('chartroom-retention-');
    usb = join(base, 'usb');
    nas = join(base, 'nas');
    mkdirSync(usb);
    mkdirSync(nas);
    practice = await createPracticeAt(join(base, 'data'));
    manager = await practice.manager();
    await manager.must('backup.addDestination', { label: 'USB', path: usb, offsite: false });
    await manager.must('backup.addDestination', { label: 'NAS', path: nas, offsite: true });
    service = new BackupService({
      vault: practice.app.services.vault,
      appVersion: 'test',
      now: () => new Date(clock),
      log: () => {},
    });
    clock = new Date(2026, 10, 2, 2, 0);
    service.updateSettings(managerActor, {
      scheduleTime: '02:00',
      keepDaily: 1,
      keepWeekly: 0,
      keepMonthly: 0,
      keepYearly: 0,
    });
    dataKey = await dataKeyOf(practice.dir);
  });

  afterAll(() => {
    practice?.close();
    rmSync(base, { recursive: true, force: true });
  });

  /** The night of 2026-11-`day` at 02:00. */
  const night = async (day: number) => {
    clock = new Date(2026, 10, day, 2, 0);
    return service.run(systemActor, 'scheduled');
  };
  const dayOf = (name: string) => Number(/^chartroom-202611(\d\d)-/.exec(name)?.[1]);
  const daysAt = (dir: string) => backupsIn(dir).map(dayOf);
  const unplug = (dir: string) => renameSync(dir, `${dir}-away`);
  const plugIn = (dir: string) => renameSync(`${dir}-away`, dir);
  const expectAllVerify = () => {
    for (const dir of [usb, nas])
      for (const name of backupsIn(dir)) expect(verifyOnDisk(join(dir, name), dataKey).sidecar, name).toBe(true);
  };

  it('prunes nothing after a partial or failed day, then by the policy after a full success, never the newest', async () => {
    for (const day of [2, 3]) expect((await night(day)).status).toBe('succeeded');
    // keepDaily 1: the second success pruned the first night at both destinations.
    expect(daysAt(usb)).toEqual([3]);
    expect(daysAt(nas)).toEqual([3]);

    // Night 4: the USB drive is unplugged. The NAS gets its copy; nothing is pruned anywhere.
    unplug(usb);
    const partial = await night(4);
    expect(partial.status).toBe('partial');
    expect(partial.error).toMatch(/^USB: The backup folder .* is not available/);
    plugIn(usb);
    expect(daysAt(usb)).toEqual([3]);
    expect(daysAt(nas)).toEqual([3, 4]);

    // Night 5: both unreachable. The run fails, nothing is pruned, an alert is raised.
    unplug(usb);
    unplug(nas);
    const failed = await night(5);
    expect(failed.status).toBe('failed');
    expect(failed.error).toMatch(/USB: .*not available.* NAS: .*not available/);
    plugIn(usb);
    plugIn(nas);
    expect(daysAt(usb)).toEqual([3]);
    expect(daysAt(nas)).toEqual([3, 4]);
    expect(service.status().alerts[0]).toMatch(/The last backup .* failed: USB: /);
    expectAllVerify();

    // Night 6: all good again. Now, and only now, retention prunes: the newest night kept at each.
    expect((await night(6)).status).toBe('succeeded');
    expect(daysAt(usb)).toEqual([6]);
    expect(daysAt(nas)).toEqual([6]);
    expectAllVerify();
    expect(service.status().alerts).toEqual([]);
    const history = service.history(10);
    expect(history.map((r) => r.status)).toEqual(['succeeded', 'failed', 'partial', 'succeeded', 'succeeded']);
    // The pruned copies are marked so in the history, with their files and manifests gone.
    const pruned = history.flatMap((r) => r.copies).filter((c) => c.status === 'pruned');
    expect(pruned.map((c) => dayOf(c.path.split('/').pop()!)).sort()).toEqual([2, 2, 3, 3, 4]);
    for (const copy of pruned) {
      expect(existsSync(copy.path)).toBe(false);
      expect(existsSync(`${copy.path}.json`)).toBe(false);
    }

    // The machine's clock is set back a week; a manual backup now holds the newest data. Retention
    // keeps the copy stamped latest (night 6) and must not prune the copy it has just made.
    clock = new Date(2026, 10, 1, 9, 30);
    const run = await service.run(systemActor, 'manual');
    expect(run.status).toBe('succeeded');
    for (const file of run.files) expect(existsSync(file), `${file} was pruned right after it was made`).toBe(true);
    expect(daysAt(usb)).toEqual([1, 6]);
    expect(daysAt(nas)).toEqual([1, 6]);
    expectAllVerify();
  }, 120_000);
});
