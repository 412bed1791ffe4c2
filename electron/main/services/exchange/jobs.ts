import { randomUUID } from 'node:crypto';
import { ChartroomError } from '../../../contract/errors';
import type { JobDto, jobKinds } from '../../../contract/exchange';

type JobKind = (typeof jobKinds)[number];

/** What a running job reports as it goes; the renderer polls `exchange.job` and shows it. */
export interface JobProgress {
  /** Starts a phase ("Writing patient bundles") of `total` steps. */
  phase(name: string, total: number): void;
  /** `done` steps of the current phase are finished. */
  advance(done: number): void;
  /** Throws JobCancelled once staff pressed Cancel; call it between steps so a cancel stops promptly. */
  checkCancelled(): void;
}

/** Thrown inside a job when staff cancel it; the job's own clean-up runs as it unwinds. */
export class JobCancelled extends Error {
  constructor() {
    super('Cancelled');
    this.name = 'JobCancelled';
  }
}

/** Work that runs for a while: it reports progress, checks for cancel between steps, and returns what it did in words. */
export type JobWork = (progress: JobProgress) => Promise<string>;

/** How long a finished job stays readable: the window polling it has long since shown how it ended. */
const keepFinishedMs = 15 * 60 * 1000;

/**
 * Long exports and imports (issue 6) as jobs: started by one call, watched by polling, cancelled by
 * another call. Jobs live in memory only: they hold no PHI beyond their counts, and a restart ends them
 * (an interrupted export leaves no finished-looking folder; an import is one transaction).
 * One job of each kind at a time: a second export while one runs would fight over the disk and the store.
 * A finished job is forgotten a while after it ended, so a workstation left open for weeks does not collect them.
 */
export class JobRegistry {
  readonly #jobs = new Map<string, { dto: JobDto; cancelled: boolean }>();
  readonly #now: () => Date;

  constructor(now: () => Date = () => new Date()) {
    this.#now = now;
  }

  start(kind: JobKind, work: JobWork): JobDto {
    this.#forgetOldJobs();
    for (const job of this.#jobs.values()) {
      if (job.dto.kind === kind && job.dto.state === 'running') {
        throw new ChartroomError(
          'CONFLICT',
          `Another ${kind === 'practice-export' ? 'export' : 'import'} is running (${job.dto.phase}, ${job.dto.done} of ${job.dto.total}). Wait for it to finish or cancel it first.`,
        );
      }
    }
    const jobId = randomUUID();
    const job = {
      cancelled: false,
      dto: {
        jobId,
        kind,
        state: 'running',
        phase: 'Starting',
        done: 0,
        total: 0,
        startedAt: this.#now().toISOString(),
        finishedAt: null,
        error: null,
        result: null,
      } satisfies JobDto as JobDto,
    };
    this.#jobs.set(jobId, job);
    const progress: JobProgress = {
      phase: (name, total) => {
        job.dto = { ...job.dto, phase: name, total, done: 0 };
      },
      advance: (done) => {
        job.dto = { ...job.dto, done };
      },
      checkCancelled: () => {
        if (job.cancelled) throw new JobCancelled();
      },
    };
    const finish = (fields: Partial<JobDto>) => {
      job.dto = { ...job.dto, ...fields, finishedAt: this.#now().toISOString() };
    };
    // Started on the next turn so the caller gets the running job back before any work happens.
    setImmediate(() => {
      work(progress).then(
        (result) => finish({ state: 'done', result }),
        (error: unknown) => {
          if (error instanceof JobCancelled) finish({ state: 'cancelled' });
          else
            finish({
              state: 'failed',
              error:
                error instanceof ChartroomError
                  ? error.message
                  : 'The job stopped on an unexpected error. Nothing was half-written; try again, and if it recurs, note the time and tell support.',
            });
        },
      );
    });
    return job.dto;
  }

  get(jobId: string): JobDto {
    this.#forgetOldJobs();
    const job = this.#jobs.get(jobId);
    if (!job)
      throw new ChartroomError('NOT_FOUND', 'That job is not known. It may have ended when Chartroom restarted.');
    return job.dto;
  }

  cancel(jobId: string): JobDto {
    const job = this.#jobs.get(jobId);
    if (!job)
      throw new ChartroomError('NOT_FOUND', 'That job is not known. It may have ended when Chartroom restarted.');
    if (job.dto.state === 'running') job.cancelled = true;
    return job.dto;
  }

  #forgetOldJobs(): void {
    const cutoff = this.#now().getTime() - keepFinishedMs;
    for (const [jobId, job] of this.#jobs)
      if (job.dto.finishedAt !== null && Date.parse(job.dto.finishedAt) < cutoff) this.#jobs.delete(jobId);
  }

  /** Resolves when the job has finished, for tests and the CLI. */
  async settled(jobId: string, pollMs = 20): Promise<JobDto> {
    for (;;) {
      const dto = this.get(jobId);
      if (dto.state !== 'running') return dto;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }
}

/** Gives the event loop a turn between batches, so polls, pings and other workstations are answered during a long job. */
export const yieldToEventLoop = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));
