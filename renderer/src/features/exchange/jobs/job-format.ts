import type { JobDto } from '../../../../../electron/contract';

/** How far a job is, 0–100; a phase with no count yet shows an empty bar, a finished job a full one. */
export const jobPercent = (job: JobDto): number => {
  if (job.state === 'done') return 100;
  if (job.total <= 0) return 0;
  return Math.min(100, Math.max(0, Math.round((job.done / job.total) * 100)));
};

const count = (value: number): string => value.toLocaleString('en-US');

/** "120 of 1,000", or nothing while the phase has not counted its steps yet. */
export const jobCountText = (job: JobDto): string => (job.total > 0 ? `${count(job.done)} of ${count(job.total)}` : '');

/** Time since the job started; a finished job stops counting at its finish. */
export const jobElapsedMs = (job: JobDto, now: Date): number => {
  const end = job.finishedAt ? Date.parse(job.finishedAt) : now.getTime();
  return Math.max(0, end - Date.parse(job.startedAt));
};

/** A stopwatch reading: "0:07", "12:45", "1:02:09". */
export const formatElapsed = (ms: number): string => {
  const totalSeconds = Number.isFinite(ms) && ms > 0 ? Math.floor(ms / 1000) : 0;
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = String(totalSeconds % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
};

export interface JobOutcome {
  color: 'green' | 'red' | 'gray';
  title: string;
  message: string;
}

const titles: Record<JobDto['kind'], { done: string; failed: string; cancelled: string }> = {
  'practice-export': {
    done: 'Export finished',
    failed: 'The export stopped',
    cancelled: 'Cancelled, nothing was kept',
  },
  'fhir-import': {
    done: 'Import finished',
    failed: 'The import stopped',
    cancelled: 'Cancelled, nothing was imported',
  },
  'csv-import': {
    done: 'Import finished',
    failed: 'The import stopped',
    cancelled: 'Cancelled, nothing was imported',
  },
};

const cancelledWords: Record<JobDto['kind'], string> = {
  'practice-export': 'The export was cancelled and the partly written folder was removed.',
  'fhir-import': 'The import was cancelled before it was saved; no patient or chart entry was added.',
  'csv-import': 'The import was cancelled before it was saved; no patient was added.',
};

/** The words for a job that has ended, in the server's own terms; null while it runs. */
export const jobOutcome = (job: JobDto): JobOutcome | null => {
  switch (job.state) {
    case 'running':
      return null;
    case 'done':
      return { color: 'green', title: titles[job.kind].done, message: job.result ?? '' };
    case 'failed':
      return {
        color: 'red',
        title: titles[job.kind].failed,
        message: job.error ?? 'The job stopped without saying why. Try again.',
      };
    case 'cancelled':
      return { color: 'gray', title: titles[job.kind].cancelled, message: cancelledWords[job.kind] };
  }
};
