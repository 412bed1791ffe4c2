import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultMigrationsDir, repositories } from '../../db';
import { startChartroom } from '../../electron/main/bootstrap';
import { callerFor, createTestPractice, staffPasswords, type TestPractice, tempDir } from '../helpers/practice';

/**
 * S15: crash safety. A child process registers and edits patients through the router as fast as it
 * can and is killed with SIGKILL at a random moment, 30 times on the same data folder. After every
 * kill a fresh app opens the folder as it would after a power cut, and the store must be intact:
 * integrity_check ok, every transaction all or nothing, nothing acknowledged lost, audit chain whole.
 */
const cycles = 30;
const root = resolve(import.meta.dirname, '../..');

interface Acknowledged {
  /** patientId -> highest version the child saw committed. */
  versions: Map<number, number>;
}

const runUntilKilled = async (script: string, dataDir: string, killAfterMs: number, ack: Acknowledged) => {
  const child: ChildProcess = spawn(process.execPath, [script, dataDir, defaultMigrationsDir()], {
    env: { ...process.env, NODE_PATH: join(root, 'node_modules') },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  let buffered = '';
  let ready = false;
  let resolveReady: () => void = () => {};
  const readyOrExit = new Promise<void>((resolveFn, reject) => {
    resolveReady = resolveFn;
    child.once('exit', (code, signal) => reject(new Error(`crash-writer exited early (${code ?? signal}): ${stderr}`)));
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  child.stdout?.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    const lines = buffered.split('\n');
    buffered = lines.pop() ?? '';
    for (const line of lines) {
      const [what, id, version] = line.split(' ');
      if (what === 'ready') {
        ready = true;
        resolveReady();
      } else if (what === 'registered') ack.versions.set(Number(id), 1);
      else if (what === 'updated') ack.versions.set(Number(id), Number(version));
    }
  });
  const exited = once(child, 'exit');
  await readyOrExit;
  expect(ready).toBe(true);
  await new Promise((r) => setTimeout(r, killAfterMs));
  child.kill('SIGKILL');
  const [code, signal] = (await exited) as [number | null, NodeJS.Signals | null];
  expect({ code, signal, stderr }).toEqual({ code: null, signal: 'SIGKILL', stderr: '' });
};

describe('S15 crash safety under SIGKILL', () => {
  let practice: TestPractice;
  let bundleDir: string;
  let script: string;

  beforeAll(async () => {
    practice = await createTestPractice({ staff: false });
    practice.close();
    // Bundled once, so that each of the 30 starts takes ~0.1 s instead of a TypeScript compile.
    bundleDir = tempDir('chartroom-crash-writer-');
    script = join(bundleDir, 'crash-writer.cjs');
    await build({
      entryPoints: [join(root, 'test/helpers/crash-writer.ts')],
      outfile: script,
      bundle: true,
      platform: 'node',
      format: 'cjs',
      target: 'node22',
      external: ['better-sqlite3', '@node-rs/argon2'],
      logLevel: 'error',
    });
  }, 60_000);
  afterAll(() => {
    practice.cleanup();
    rmSync(bundleDir, { recursive: true, force: true });
  });

  it(`keeps every transaction all or nothing across ${cycles} kills`, async () => {
    const ack: Acknowledged = { versions: new Map() };
    let previousPatients = 0;
    const killDelays: number[] = [];
    for (let cycle = 0; cycle < cycles; cycle++) {
      const delay = 10 + Math.floor(Math.random() * 191);
      killDelays.push(delay);
      await runUntilKilled(script, practice.dir, delay, ack);

      const app = startChartroom({ dataDir: practice.dir, appVersion: 'test', validateOutputs: true, log: () => {} });
      try {
        const caller = callerFor(app, app.openConnection('http', 'ws-after-crash'));
        const manager = staffPasswords.office_manager;
        await caller.must('auth.login', { username: manager.username, password: manager.password });
        const store = app.services.vault.store;
        const sqlite = store.sqlite;
        const context = `cycle ${cycle} (killed after ${delay} ms)`;

        expect(sqlite.pragma('quick_check', { simple: true }), context).toBe('ok');
        expect(sqlite.pragma('integrity_check', { simple: true }), context).toBe('ok');
        expect(sqlite.pragma('foreign_key_check'), context).toEqual([]);
        sqlite.exec("INSERT INTO patient_search (patient_search) VALUES ('integrity-check')");

        // Every patient has exactly its own history, search row, policies and audit rows: no half transaction.
        const broken = sqlite
          .prepare(
            `SELECT p.id, p.version,
                    (SELECT count(*) FROM patient_history h WHERE h.patient_id = p.id) AS historyRows,
                    (SELECT max(version) FROM patient_history h WHERE h.patient_id = p.id) AS lastHistoryVersion,
                    (SELECT count(*) FROM audit_log a WHERE a.patient_id = p.id AND a.action = 'patient.register') AS registerRows,
                    (SELECT count(*) FROM audit_log a WHERE a.patient_id = p.id AND a.action = 'patient.update') AS updateRows,
                    (SELECT count(*) FROM patient_search s WHERE s.rowid = p.id) AS searchRows,
                    (SELECT count(*) FROM insurance_policies i WHERE i.patient_id = p.id) AS policies,
                    (SELECT count(*) FROM insurance_policies i WHERE i.patient_id = p.id AND i.retired_at IS NULL) AS activePolicies
               FROM patients p`,
          )
          .all()
          .filter((row) => {
            const r = row as Record<string, number>;
            return !(
              r.historyRows === r.version &&
              r.lastHistoryVersion === r.version &&
              r.registerRows === 1 &&
              r.updateRows === r.version! - 1 &&
              r.searchRows === 1 &&
              r.policies === r.version &&
              r.activePolicies === 1
            );
          });
        expect(broken, context).toEqual([]);
        // And nothing points at a patient whose own transaction did not commit.
        const orphans = sqlite
          .prepare(
            `SELECT
               (SELECT count(*) FROM audit_log a WHERE a.action IN ('patient.register', 'patient.update')
                  AND NOT EXISTS (SELECT 1 FROM patients p WHERE p.id = a.patient_id)) AS audit,
               (SELECT count(*) FROM patient_search s WHERE s.rowid NOT IN (SELECT id FROM patients)) AS search,
               (SELECT count(*) FROM patients) - (SELECT count(DISTINCT mrn) FROM patients) AS duplicateMrns,
               (SELECT count(*) FROM patients WHERE CAST(mrn AS INTEGER) >= (SELECT next_mrn FROM practice)) AS mrnsAhead`,
          )
          .get();
        expect(orphans, context).toEqual({ audit: 0, search: 0, duplicateMrns: 0, mrnsAhead: 0 });

        // Nothing the child saw committed was lost.
        const stored = new Map(
          (sqlite.prepare('SELECT id, version FROM patients').all() as { id: number; version: number }[]).map((r) => [
            r.id,
            r.version,
          ]),
        );
        const lost = [...ack.versions].filter(([id, version]) => (stored.get(id) ?? 0) < version);
        expect(lost, context).toEqual([]);
        expect(stored.size, context).toBeGreaterThanOrEqual(previousPatients);
        previousPatients = stored.size;

        expect(repositories.audit.verifyAuditChain(store.db), context).toMatchObject({ firstBrokenId: null });
      } finally {
        app.close();
      }
    }
    // The test did something: patients were written, and most kills interrupted a run in progress.
    expect(ack.versions.size).toBeGreaterThan(cycles);
    expect(previousPatients).toBeGreaterThanOrEqual(ack.versions.size);
  }, 180_000);
});
