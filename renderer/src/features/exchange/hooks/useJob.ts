import { useEffect, useState } from 'react';
import type { JobDto } from '../../../../../electron/contract';
import { api } from '../../../platform';

/** How often a running job is asked for its progress. */
export const jobPollMs = 500;

export interface WatchedJob {
  /** The latest known state of the job, or null when none was started. */
  job: JobDto | null;
  /** The server's words when the job could no longer be read (e.g. Chartroom restarted); polling stops. */
  error: string | null;
}

/**
 * Follows a started job: asks `exchange.job` about every 500 ms while it runs, one request at a time,
 * and stops once it is done, failed or cancelled. A newly started job replaces the one followed.
 */
export function useJob(started: JobDto | null): WatchedJob {
  const [polled, setPolled] = useState<JobDto | null>(null);
  const [failure, setFailure] = useState<{ jobId: string; message: string } | null>(null);
  const job = started && polled?.jobId === started.jobId ? polled : started;
  const error = job && failure?.jobId === job.jobId ? failure.message : null;
  const keepPolling = job !== null && job.state === 'running' && error === null;

  useEffect(() => {
    if (!keepPolling || !job) return;
    let stopped = false;
    const timer = setTimeout(async () => {
      const result = await api.exchange.job({ jobId: job.jobId });
      if (stopped) return;
      if (result.ok) setPolled(result.value);
      else setFailure({ jobId: job.jobId, message: result.error.message });
    }, jobPollMs);
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [keepPolling, job]);

  return { job, error };
}
