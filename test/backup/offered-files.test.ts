import { spawn } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sidecarPathOf } from '../../db';
import type { ErrorCode } from '../../electron/contract/errors';
import { startChartroom } from '../../electron/main/bootstrap';
import {
  addPatients,
  copyBackup,
  createPracticeAt,
  dataKeyOf,
  flipBit,
  hashDataFolder,
  hashTree,
  namesIn,
  type Practice,
  readSidecarFile,
  refusedRestores,
  sha256Of,
  truncateTo,
} from '../helpers/backup-fixtures';
import { type Caller, callerFor, tempDir } from '../helpers/practice';

/**
 * Issue 3 "Faults that must be tested" / SECURITY.md S17: a 0-byte, truncated, bit-flipped, wrong-key,
 * empty-but-valid, mismatched or manifest-less file offered as a backup is rejected with its own
 * error by restore.apply, restore.openLookup and `npm run cli -- backup verify`, and restore.inspect
 * does not call it intact; nothing in the data folder changes (sha256 of every file before and
 * after), the offered file is not changed, the live store and the session go on. And backup paths
 * that SQLite could read as a URI or that carry a key (`?`, `file:`, `key=`) are refused for
 * destinations and for restore, with nothing created.
 */
const root = resolve(import.meta.dirname, '../..');

/** `npm run cli -- ...` without npm: the same tsx entry point. */
const cli = (...args: string[]) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((done) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(root, 'electron/main/cli.ts'), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => {
      stdout += c.toString();
    });
    child.stderr.on('data', (c: Buffer) => {
      stderr += c.toString();
    });
    child.on('exit', (status) => done({ status, stdout: stdout.trim(), stderr: stderr.trim() }));
  });

/** An app on a folder with no practice yet (a new workstation), not signed in. */
const createFreshApp = (dir: string) => {
  const app = startChartroom({
    dataDir: dir,
    appVersion: 'test',
    validateOutputs: true,
    log: () => {},
    scheduleBackups: false,
  });
  const caller = callerFor(app, app.openConnection('http', 'new-ws'));
  return { call: caller.call, close: () => app.close() };
};

describe('S17: bad files offered as backups', () => {
  let base: string;
  let practice: Practice;
  let other: Practice;
  let manager: Caller;
  let good: string;
  let older: string;
  let othersBackup: string;
  let offered: string;
  let recoveryKeyFile: string;

  beforeAll(async () => {
    base = tempDir('chartroom-offered-');
    const dest = join(base, 'usb');
    mkdirSync(dest);
    practice = await createPracticeAt(join(base, 'data'));
    manager = await practice.manager();
    addPatients(practice, 40);
    await manager.must('backup.addDestination', { label: 'USB drive', path: dest, offsite: true });
    // Kept aside: the next run's retention prunes the older copy of the same day at the destination.
    older = copyBackup((await manager.must('backup.runNow', {})).copies[0]!.path, join(base, 'older.chartroom-backup'));
    addPatients(practice, 10, 8);
    good = (await manager.must('backup.runNow', {})).copies[0]!.path;

    const otherDest = join(base, 'other-usb');
    mkdirSync(otherDest);
    other = await createPracticeAt(join(base, 'other-data'), { name: 'Another Practice' });
    const otherManager = await other.manager();
    await otherManager.must('backup.addDestination', { label: 'USB', path: otherDest, offsite: true });
    othersBackup = (await otherManager.must('backup.runNow', {})).copies[0]!.path;
    other.close();

    offered = join(base, 'offered');
    mkdirSync(offered);
    recoveryKeyFile = join(base, 'recovery-key.txt');
    writeFileSync(recoveryKeyFile, `Chartroom recovery key for Test Family Practice\n${practice.recoveryKey}\n`);
  }, 120_000);

  afterAll(() => {
    practice?.close();
    other?.close();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  /** A file with the good backup's manifest and keyring beside it, but with this content. */
  const withGoodSidecar = (name: string, write: (path: string) => void, patchManifest = false) => {
    const path = join(offered, name);
    write(path);
    const sidecar = readSidecarFile(good);
    if (patchManifest) {
      // The manifest claims exactly these bytes, so only opening the file can tell what it holds.
      sidecar.manifest.sizeBytes = statSync(path).size;
      sidecar.manifest.sha256 = sha256Of(path);
    }
    writeFileSync(sidecarPathOf(path), JSON.stringify(sidecar));
    return path;
  };

  const cases: {
    name: string;
    file: string;
    make: (file: string) => Promise<string> | string;
    code: ErrorCode;
    message: RegExp;
    intact: boolean | 'not-found';
  }[] = [
    {
      name: 'a 0-byte file',
      file: 'zero.chartroom-backup',
      make: (file) => withGoodSidecar(file, (p) => writeFileSync(p, '')),
      code: 'BACKUP_EMPTY_FILE',
      message: /empty \(0 bytes\)/,
      intact: false,
    },
    {
      name: 'a truncated file',
      file: 'truncated.chartroom-backup',
      make: (file) =>
        withGoodSidecar(file, (p) => {
          cpSync(good, p);
          truncateTo(p, Math.floor(statSync(good).size / 2));
        }),
      code: 'BACKUP_DAMAGED',
      message: /damaged \(its size is \d+ bytes, but it was made with \d+\)/,
      intact: false,
    },
    {
      name: 'a bit-flipped file',
      file: 'flipped.chartroom-backup',
      make: (file) =>
        withGoodSidecar(file, (p) => {
          cpSync(good, p);
          flipBit(p);
        }),
      code: 'BACKUP_DAMAGED',
      message: /damaged \(its contents changed since it was made\)/,
      intact: false,
    },
    {
      name: 'a valid but empty encrypted database',
      file: 'empty-db.chartroom-backup',
      make: async (file) => {
        const key = await dataKeyOf(practice.dir);
        return withGoodSidecar(
          file,
          (p) => {
            const db = new Database(p);
            db.pragma(`key="x'${key.toString('hex')}'"`);
            db.exec('CREATE TABLE t (x); DROP TABLE t;');
            db.close();
          },
          true,
        );
      },
      code: 'BACKUP_EMPTY_DATABASE',
      message: /empty database with no charts/,
      intact: true,
    },
    {
      name: "another practice's database under this practice's manifest",
      file: 'foreign.chartroom-backup',
      make: (file) => withGoodSidecar(file, (p) => cpSync(othersBackup, p), true),
      code: 'BACKUP_WRONG_KEY',
      message: /cannot be opened with this key/,
      intact: true,
    },
    {
      name: "an older backup under a newer backup's manifest",
      file: 'mismatch.chartroom-backup',
      make: (file) => withGoodSidecar(file, (p) => cpSync(older, p), true),
      code: 'BACKUP_MISMATCH',
      message: /does not match its manifest \(table \w+: \d+ rows, expected \d+\)/,
      intact: true,
    },
    {
      name: 'a backup whose manifest is missing',
      file: 'no-manifest.chartroom-backup',
      make: (file) => {
        const path = join(offered, file);
        cpSync(good, path);
        return path;
      },
      code: 'BACKUP_NOT_FOUND',
      message: /manifest that belongs beside this backup .* is missing/,
      intact: 'not-found',
    },
  ];

  it('each is rejected with its own error by restore.apply and restore.openLookup; nothing changes', async () => {
    const unlock = { recoveryKey: practice.recoveryKey };
    const seen = new Set<string>();
    for (const c of cases) {
      const path = await c.make(c.file);
      const offeredBefore = hashTree(offered);
      const dataBefore = hashDataFolder(practice.dir);
      const refusedBefore = refusedRestores(practice);

      const info = await manager.call('restore.inspect', { path });
      if (c.intact === 'not-found') expect(info.ok ? null : info.error.code, c.name).toBe('BACKUP_NOT_FOUND');
      else {
        expect(info.ok, c.name).toBe(true);
        if (info.ok) expect(info.value.intact, c.name).toBe(c.intact);
        if (info.ok) expect(info.value.sizeBytes, c.name).toBe(statSync(path).size);
      }

      // "Open read-only to look something up" goes through the same check; tried on two of the files.
      const lookups = c.code === 'BACKUP_EMPTY_FILE' || c.code === 'BACKUP_MISMATCH';
      for (const procedure of lookups
        ? (['restore.apply', 'restore.openLookup'] as const)
        : (['restore.apply'] as const)) {
        const result = await manager.call(procedure, { path, unlock });
        expect(result.ok, `${procedure}: ${c.name}`).toBe(false);
        if (result.ok) continue;
        expect(result.error.code, `${procedure}: ${c.name}: ${result.error.message}`).toBe(c.code);
        expect(result.error.message, `${procedure}: ${c.name}`).toMatch(c.message);
        seen.add(`${result.error.code}: ${result.error.message.replace(path, '<file>').replace(/\d+/g, 'N')}`);
      }

      // Nothing in the data folder changed but the audit row of each refusal: no safety copy, no replaced-*.
      expect(hashDataFolder(practice.dir), c.name).toEqual(dataBefore);
      expect(refusedRestores(practice), `${c.name}: the refusal is audited`).toBe(refusedBefore + 1);
      expect(hashTree(offered), c.name).toEqual(offeredBefore);
      // The live store and the session go on.
      const status = await manager.call('backup.status', {});
      expect(status.ok, c.name).toBe(true);
    }
    // Seven files, seven different errors (code and words).
    expect(seen.size).toBe(cases.length);
    expect(readdirSync(practice.dir).filter((n) => n.startsWith('replaced-') || n === 'safety')).toEqual([]);
  }, 120_000);

  it('`npm run cli -- backup verify` rejects each with one plain line, its own words, and a non-zero exit', async () => {
    // The files made by the previous test, checked by the CLI all at once (each is its own process).
    const made = cases.map((c) => ({ ...c, path: join(offered, c.file) }));
    expect(namesIn(offered).filter((n) => n.endsWith('.chartroom-backup'))).toHaveLength(cases.length);
    const before = hashTree(offered);
    const runs = await Promise.all(
      made.map((c) => cli('backup', 'verify', '--file', c.path, '--recovery-key-file', recoveryKeyFile)),
    );
    const lines = new Set<string>();
    runs.forEach((run, i) => {
      const c = made[i]!;
      expect(run.status, `${c.name}: ${run.stderr}`).toBe(1);
      expect(run.stdout, c.name).toBe('');
      expect(run.stderr.split('\n'), c.name).toHaveLength(1);
      expect(run.stderr, c.name).toMatch(c.message);
      lines.add(run.stderr.replace(c.path, '<file>').replace(/\d+/g, 'N'));
    });
    expect(lines.size).toBe(cases.length);
    expect(hashTree(offered)).toEqual(before);
  }, 120_000);

  describe('paths with "?", "file:" or "key=" are refused, and nothing is created', () => {
    const oddNames = ['backups?mode=memory', 'file:backups', 'backups key=abc'];

    it('as backup destinations (backup.addDestination)', async () => {
      const before = await manager.must('backup.listDestinations', {});
      for (const name of oddNames) {
        const folder = join(base, name);
        mkdirSync(folder);
        const result = await manager.call('backup.addDestination', { label: 'Odd', path: folder, offsite: false });
        expect(result.ok, name).toBe(false);
        if (!result.ok) expect(result.error.message, name).toMatch(/"\?", "#", "file:" or "key="/);
        expect(readdirSync(folder), `${name}: not even a write test`).toEqual([]);
      }
      const relative = await manager.call('backup.addDestination', { label: 'Odd', path: 'file:x', offsite: false });
      expect(relative.ok).toBe(false);
      expect(await manager.must('backup.listDestinations', {})).toEqual(before);
    });

    it('as backups to inspect, restore, look up, restore onto a new workstation, or verify', async () => {
      const dataBefore = hashDataFolder(practice.dir);
      const fresh = join(base, 'fresh-workstation');
      for (const name of oddNames) {
        const folder = join(base, `restore-${name}`);
        mkdirSync(folder);
        const path = copyBackup(good, join(folder, 'chartroom.chartroom-backup'));
        const unlock = { recoveryKey: practice.recoveryKey };
        for (const [procedure, input] of [
          ['restore.inspect', { path }],
          ['restore.apply', { path, unlock }],
          ['restore.openLookup', { path, unlock }],
        ] as const) {
          const result = await manager.raw(procedure, input);
          expect(result.ok, `${procedure} ${name}`).toBe(false);
          if (!result.ok) {
            expect(result.error.code, `${procedure} ${name}`).toBe('BAD_REQUEST');
            expect(result.error.message).toMatch(/"\?", "#", "file:" or "key="/);
          }
        }
        const freshApp = createFreshApp(fresh);
        const restored = await freshApp.call('setup.restore', { path, unlock });
        expect(restored.ok, `setup.restore ${name}`).toBe(false);
        if (!restored.ok) expect(restored.error.code).toBe('BAD_REQUEST');
        freshApp.close();
        expect(namesIn(fresh), `setup.restore ${name} created something`).toEqual([]);
        expect(namesIn(folder)).toEqual(['chartroom.chartroom-backup', 'chartroom.chartroom-backup.json']);
      }
      expect(hashDataFolder(practice.dir)).toEqual(dataBefore);
      const cliRun = await cli(
        'backup',
        'verify',
        '--file',
        join(base, `restore-${oddNames[0]}`, 'chartroom.chartroom-backup'),
        '--recovery-key-file',
        recoveryKeyFile,
      );
      expect(cliRun.status).not.toBe(0);
      expect(cliRun.stderr).toMatch(/"\?", "#", "file:" or "key="/);
    }, 60_000);
  });
});
