import { parentPort, workerData } from 'node:worker_threads';
import { assertQuickCheck, openKeyed, snapshotByCopy, verifyBackupDatabase } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { WorkerReply, WorkerTask } from './worker-protocol';

/**
 * Runs one snapshot or verification off the main event loop (ARCHITECTURE.md section 4, "Long
 * work"), so the app stays responsive during a backup of a large store.
 */
const run = (task: WorkerTask): WorkerReply => {
  const key = Buffer.from(task.keyHex, 'hex');
  if (task.kind === 'snapshot') {
    const { sqlite } = openKeyed(task.databasePath, task.keyHex);
    try {
      sqlite.pragma('temp_store = MEMORY');
      sqlite.pragma('busy_timeout = 10000');
      return { ok: true, method: snapshotByCopy(sqlite, task.databasePath, task.targetPath, task.keyHex) };
    } finally {
      sqlite.close();
      key.fill(0);
    }
  }
  if (task.kind === 'check-store') {
    // Not opened read-only: a read-only connection cannot join a WAL database whose -shm it may not map.
    const { sqlite } = openKeyed(task.databasePath, task.keyHex);
    try {
      sqlite.pragma('query_only = ON');
      sqlite.pragma('temp_store = MEMORY');
      sqlite.pragma('busy_timeout = 10000');
      assertQuickCheck(sqlite);
      return { ok: true };
    } finally {
      sqlite.close();
      key.fill(0);
    }
  }
  const fingerprint = verifyBackupDatabase(task.path, key, {
    maxSchemaVersion: task.maxSchemaVersion,
    ...(task.manifest ? { manifest: task.manifest } : {}),
    ...(task.sha256 ? { sha256: task.sha256 } : {}),
  });
  key.fill(0);
  return { ok: true, fingerprint };
};

let reply: WorkerReply;
try {
  reply = run(workerData as WorkerTask);
} catch (error) {
  const sqliteCode = (error as { code?: string }).code;
  reply =
    error instanceof ChartroomError
      ? { ok: false, code: error.code, message: error.message }
      : { ok: false, code: 'INTERNAL', message: 'The backup step failed.', ...(sqliteCode ? { sqliteCode } : {}) };
}
parentPort?.postMessage(reply);
