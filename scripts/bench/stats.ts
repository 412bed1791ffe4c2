/** Percentiles of a list of durations in milliseconds (nearest-rank). */
export const percentile = (samples: readonly number[], p: number): number => {
  if (samples.length === 0) return Number.NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank]!;
};

export interface Summary {
  runs: number;
  p50: number;
  p95: number;
  p99: number;
}

export const summarise = (samples: readonly number[]): Summary => ({
  runs: samples.length,
  p50: percentile(samples, 50),
  p95: percentile(samples, 95),
  p99: percentile(samples, 99),
});

/** Runs `fn` `runs` times after `warmup` unmeasured runs; returns each run's duration. */
export const timeRuns = async (
  runs: number,
  fn: (i: number) => unknown,
  warmup = Math.min(20, runs),
): Promise<number[]> => {
  for (let i = 0; i < warmup; i++) await fn(i);
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn(i);
    samples.push(performance.now() - started);
  }
  return samples;
};

/**
 * Times two ways of doing the same work, alternated run by run (A then B with the same `i`), so load
 * from the other processes on this shared machine falls on both alike: for ratios measured in one run.
 */
export const timeAlternating = async (
  runs: number,
  a: (i: number) => unknown,
  b: (i: number) => unknown,
  warmup = Math.min(20, runs),
): Promise<{ a: number[]; b: number[] }> => {
  const samples = { a: [] as number[], b: [] as number[] };
  for (let i = 0; i < warmup + runs; i++) {
    let started = performance.now();
    await a(i);
    const aMs = performance.now() - started;
    started = performance.now();
    await b(i);
    const bMs = performance.now() - started;
    if (i >= warmup) {
      samples.a.push(aMs);
      samples.b.push(bMs);
    }
  }
  return samples;
};
