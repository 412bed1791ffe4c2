import { randomBytes } from 'node:crypto';
import { copyFileSync, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openKeyed, repositories, snapshotByCopy, withTransaction } from '../../db';
import { type ChartroomApp, startChartroom } from '../../electron/main/bootstrap';
import { runWorkerTask } from '../../electron/main/services/backup/worker-client';
import { demoStaff } from '../../electron/main/services/synthetic/demo-practice';
import type { RatioRow, TimedRow } from './report';
import { signIn } from './sign-in';
import { summarise } from './stats';

const [manager] = demoStaff;

const signedIn = async (dir: string) => {
  const app = startChartroom({ dataDir: dir, appVersion: 'bench', log: () => {}, scheduleBackups: false });
  const connection = await signIn(app, manager!, app.openConnection('ipc', 'bench'));
  return { app, connection };
};

/**
 * Grows the store to `targetMiB` with 256 kB rows of random text in the drafts table. They stand in
 * for scanned documents, which issue 4 stores in the same encrypted file; random data does not
 * compress, like scans. The practice is cached, so this happens once per size.
 */
export const growStore = async (dir: string, targetMiB: number): Promise<void> => {
  const { app } = await signedIn(dir);
  try {
    const store = app.services.vault.store;
    const user = repositories.users.getUserByUsername(store.db, manager!.username)!;
    let n = 0;
    while (statSync(app.services.vault.paths.database).size < targetMiB * 2 ** 20) {
      withTransaction(store, () => {
        for (let i = 0; i < 40; i++, n++) {
          repositories.drafts.saveDraft(store.db, {
            userId: user.id,
            key: `bench:ballast:${n}`,
            patientId: null,
            content: randomBytes(196_608).toString('base64'),
            updatedAt: new Date().toISOString(),
          });
        }
      });
      store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      process.stderr.write(
        `\rgrowing the store: ${(statSync(app.services.vault.paths.database).size / 2 ** 20).toFixed(0)} MiB`,
      );
    }
    process.stderr.write('\n');
  } finally {
    app.close();
  }
};

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/**
 * Snapshot throughput against a plain file copy of the same store, measured in the same run and
 * alternated so page cache and load affect both alike (ARCHITECTURE.md section 9: >= 50%). The
 * snapshot is timed as the worker runs it, on its own keyed connection; the whole worker call is
 * reported too, but from source it includes compiling the worker's TypeScript, which the packaged
 * app (a prebuilt bundle) does not do.
 */
export const measureSnapshot = async (dir: string, runs = 3): Promise<RatioRow[]> => {
  const { app } = await signedIn(dir);
  const scratch = mkdtempSync(join(tmpdir(), 'chartroom-bench-snap-'));
  try {
    const vault = app.services.vault;
    const sizeMiB = statSync(vault.paths.database).size / 2 ** 20;
    const copyMs: number[] = [];
    const snapshotMs: number[] = [];
    const workerMs: number[] = [];
    for (let i = 0; i < runs; i++) {
      const copy = join(scratch, `copy-${i}.db`);
      let started = performance.now();
      copyFileSync(vault.paths.database, copy);
      copyMs.push(performance.now() - started);
      rmSync(copy);
      const snapshot = join(scratch, `snap-${i}.chartroom-backup`);
      const connection = openKeyed(vault.paths.database, vault.dataKeyHex()).sqlite;
      started = performance.now();
      snapshotByCopy(connection, vault.paths.database, snapshot, vault.dataKeyHex());
      snapshotMs.push(performance.now() - started);
      connection.close();
      rmSync(snapshot);
      started = performance.now();
      await runWorkerTask({
        kind: 'snapshot',
        databasePath: vault.paths.database,
        keyHex: vault.dataKeyHex(),
        targetPath: snapshot,
      });
      workerMs.push(performance.now() - started);
      rmSync(snapshot);
    }
    const rate = (ms: number[]) => sizeMiB / (median(ms) / 1000);
    return [
      {
        measure: `plain file copy of the store (${sizeMiB.toFixed(0)} MiB)`,
        value: rate(copyMs),
        unit: ' MiB/s',
      },
      { measure: 'snapshot (consistent copy)', value: rate(snapshotMs), unit: ' MiB/s' },
      {
        measure: 'snapshot throughput / plain copy',
        value: rate(snapshotMs) / rate(copyMs),
        unit: '',
        budget: 'snapshot-vs-copy',
      },
      {
        measure: 'snapshot through a worker started from source',
        value: rate(workerMs),
        unit: ' MiB/s',
        note: 'includes compiling the worker; the app ships it prebuilt',
      },
    ];
  } finally {
    app.close();
    rmSync(scratch, { recursive: true, force: true });
  }
};

/**
 * The round trip of a small call (patient search) while a whole backup runs (snapshot, verification
 * by opening, a second destination), against the same calls with no backup running. The UI must
 * stay responsive: the budget is the search budget.
 */
export const measureResponsivenessDuringBackup = async (dir: string): Promise<TimedRow[]> => {
  const { app, connection } = await signedIn(dir);
  const destinations = [
    mkdtempSync(join(tmpdir(), 'chartroom-bench-a-')),
    mkdtempSync(join(tmpdir(), 'chartroom-bench-b-')),
  ];
  try {
    for (const [i, path] of destinations.entries()) {
      const added = await app.call(connection, 'backup.addDestination', {
        label: `bench ${i}`,
        path,
        offsite: i === 1,
      });
      if (!added.ok) throw new Error(added.error.message);
    }
    const roundTrips = async (app: ChartroomApp, until: () => boolean, max: number) => {
      const samples: number[] = [];
      while (!until() && samples.length < max) {
        const started = performance.now();
        await app.call(connection, 'patients.search', { query: 'smi joh', limit: 20 });
        samples.push(performance.now() - started);
        await new Promise((resolve) => setTimeout(resolve, 5));
      }
      return samples;
    };
    const idle = await roundTrips(app, () => false, 300);
    let finished = false;
    const started = performance.now();
    const backup = app.call(connection, 'backup.runNow', {}).finally(() => {
      finished = true;
    });
    const during = await roundTrips(app, () => finished, 100_000);
    const result = await backup;
    if (!result.ok) throw new Error(result.error.message);
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    return [
      { measure: 'call round trip, no backup running', summary: summarise(idle), budgetMs: 100 },
      {
        measure: `call round trip during a backup (${seconds} s, 2 destinations)`,
        summary: summarise(during),
        budgetMs: 100,
      },
    ];
  } finally {
    app.close();
    for (const path of destinations) if (existsSync(path)) rmSync(path, { recursive: true, force: true });
  }
};
