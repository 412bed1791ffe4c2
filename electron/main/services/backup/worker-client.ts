import { Worker } from 'node:worker_threads';
import type { DatabaseFingerprint } from '../../../../db';
import { ChartroomError, type ErrorCode, errorCodes } from '../../../contract/errors';
import type { WorkerReply, WorkerTask } from './worker-protocol';

/**
 * Starts a worker for one task. From source (tsx, vitest) the worker is the TypeScript file run with
 * the tsx loader; in the Electron bundle it is dist/main/backup-worker.cjs beside the main bundle.
 */
const workerLocation = (): { url: URL; execArgv: string[] } => {
  const here = import.meta.url;
  return here.endsWith('.ts')
    ? { url: new URL('./worker.ts', here), execArgv: ['--import', 'tsx'] }
    : { url: new URL('./backup-worker.cjs', here), execArgv: [] };
};

const diskFull = (code: string | undefined) => code === 'SQLITE_FULL' || code === 'ENOSPC';

/** Runs one task in a new worker; aborting the signal stops the worker (its connection only reads or writes a temp file). */
export const runWorkerTask = (task: WorkerTask, signal?: AbortSignal): Promise<DatabaseFingerprint | undefined> =>
  new Promise((resolve, reject) => {
    const { url, execArgv } = workerLocation();
    const worker = new Worker(url, { workerData: task, execArgv });
    signal?.addEventListener('abort', () => void worker.terminate(), { once: true });
    worker.once('message', (reply: WorkerReply) => {
      if (reply.ok) resolve(reply.fingerprint);
      else if (diskFull(reply.sqliteCode))
        reject(
          new ChartroomError(
            'DISK_FULL',
            'The backup destination is full. Free space there or choose another destination; no earlier backup was removed.',
          ),
        );
      else {
        const code = (errorCodes as readonly string[]).includes(reply.code) ? (reply.code as ErrorCode) : 'INTERNAL';
        reject(new ChartroomError(code, reply.message));
      }
    });
    worker.once('error', (error) => reject(error));
    worker.once('exit', (exitCode) => {
      if (exitCode !== 0)
        reject(
          new ChartroomError('INTERNAL', 'The backup worker stopped unexpectedly; nothing from this step was kept.'),
        );
    });
  });
