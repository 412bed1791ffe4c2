import { describe, expect, it } from 'vitest';
import type { JobDto } from '../../../electron/contract';
import {
  formatElapsed,
  jobCountText,
  jobElapsedMs,
  jobOutcome,
  jobPercent,
} from '../../../renderer/src/features/exchange/jobs/job-format';

const job = (fields: Partial<JobDto> = {}): JobDto => ({
  jobId: '6f1c1c1e-4d2a-4a8e-9a57-0c1d2e3f4a5b',
  kind: 'practice-export',
  state: 'running',
  phase: 'Writing patient bundles',
  done: 0,
  total: 0,
  startedAt: '2026-03-09T14:00:00.000Z',
  finishedAt: null,
  error: null,
  result: null,
  ...fields,
});

describe('jobPercent', () => {
  it('is the share of the phase done, rounded, and full once the job is done', () => {
    expect(jobPercent(job({ done: 0, total: 0 }))).toBe(0);
    expect(jobPercent(job({ done: 1, total: 3 }))).toBe(33);
    expect(jobPercent(job({ done: 1000, total: 1000 }))).toBe(100);
    expect(jobPercent(job({ state: 'done', done: 0, total: 0 }))).toBe(100);
  });

  it('never leaves 0–100, even on a count past its total', () => {
    expect(jobPercent(job({ done: 12, total: 10 }))).toBe(100);
    expect(jobPercent(job({ done: -1, total: 10 }))).toBe(0);
  });
});

describe('jobCountText', () => {
  it('says "N of M" with thousands separators, and nothing before the phase has counted', () => {
    expect(jobCountText(job({ done: 120, total: 1204 }))).toBe('120 of 1,204');
    expect(jobCountText(job({ done: 0, total: 0 }))).toBe('');
  });
});

describe('elapsed time', () => {
  it('counts up to now while running and stops at the finish', () => {
    expect(jobElapsedMs(job(), new Date('2026-03-09T14:00:42.500Z'))).toBe(42_500);
    const finished = job({ state: 'done', finishedAt: '2026-03-09T14:03:05.000Z' });
    expect(jobElapsedMs(finished, new Date('2026-03-09T15:00:00.000Z'))).toBe(185_000);
  });

  it('never runs backwards when the clock is behind the start', () => {
    expect(jobElapsedMs(job(), new Date('2026-03-09T13:59:59.000Z'))).toBe(0);
  });

  it('reads like a stopwatch', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(7_900)).toBe('0:07');
    expect(formatElapsed(765_000)).toBe('12:45');
    expect(formatElapsed(3_729_000)).toBe('1:02:09');
    expect(formatElapsed(Number.NaN)).toBe('0:00');
  });
});

describe('jobOutcome', () => {
  it('has no outcome while the job runs', () => {
    expect(jobOutcome(job())).toBeNull();
  });

  it("gives the server's result words on success and its error words on failure", () => {
    expect(jobOutcome(job({ state: 'done', result: 'Exported 12 patients to /media/usb/x' }))).toEqual({
      color: 'green',
      title: 'Export finished',
      message: 'Exported 12 patients to /media/usb/x',
    });
    expect(
      jobOutcome(job({ kind: 'csv-import', state: 'failed', error: 'The disk is full. Free some space.' })),
    ).toEqual({ color: 'red', title: 'The import stopped', message: 'The disk is full. Free some space.' });
  });

  it('says a cancelled export kept nothing and a cancelled import saved nothing', () => {
    expect(jobOutcome(job({ state: 'cancelled' }))?.title).toBe('Cancelled, nothing was kept');
    expect(jobOutcome(job({ kind: 'fhir-import', state: 'cancelled' }))?.title).toBe('Cancelled, nothing was imported');
  });
});
