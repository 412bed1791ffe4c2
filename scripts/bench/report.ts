import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import type { Summary } from './stats';

/** One measured line of the bench table; a budget makes it PASS or FAIL on its p95. */
export interface TimedRow {
  measure: string;
  summary: Summary;
  budgetMs: number | null;
  /** What was measured, when the name alone does not say (e.g. what a packet held). */
  note?: string;
}
/** A measured ratio or throughput, with the bound it must meet (higher is better unless `atMost`). */
export interface RatioRow {
  measure: string;
  value: number;
  unit: string;
  bound: number | null;
  atMost?: boolean;
  note?: string;
}

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(8);

export const printReport = (title: string, timed: TimedRow[], ratios: RatioRow[]): void => {
  console.log(`\n${title}, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`);
  console.log(
    `${'measure'.padEnd(56)}${'runs'.padStart(6)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}  budget (p95)`,
  );
  for (const row of timed) {
    const verdict =
      row.budgetMs === null ? '' : `${row.summary.p95 <= row.budgetMs ? 'PASS' : 'FAIL'} <= ${row.budgetMs} ms`;
    console.log(
      `${row.measure.padEnd(56)}${String(row.summary.runs).padStart(6)}${fmt(row.summary.p50)} ${fmt(row.summary.p95)} ${fmt(row.summary.p99)}  ${verdict}${row.note ? `  (${row.note})` : ''}`,
    );
  }
  for (const row of ratios) {
    const pass = row.bound === null ? null : row.atMost ? row.value <= row.bound : row.value >= row.bound;
    const verdict =
      pass === null ? '' : `${pass ? 'PASS' : 'FAIL'} ${row.atMost ? '<=' : '>='} ${row.bound}${row.unit}`;
    console.log(
      `${row.measure.padEnd(56)}${`${row.value.toFixed(2)}${row.unit}`.padStart(33)}  ${verdict}${row.note ? `  (${row.note})` : ''}`,
    );
  }
  console.log(`peak memory (max RSS): ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
};

export const writeReport = (
  name: string,
  details: Record<string, unknown>,
  timed: TimedRow[],
  ratios: RatioRow[],
): string => {
  const dir = join(import.meta.dirname, '..', '..', 'artifacts', 'bench');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, `${name}.json`);
  writeFileSync(
    path,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        machine: {
          cpus: cpus().length,
          model: cpus()[0]?.model,
          memoryGiB: Math.round(totalmem() / 2 ** 30),
          node: process.version,
          platform: process.platform,
        },
        peakRssMiB: process.resourceUsage().maxRSS / 1024,
        ...details,
        timed,
        ratios,
      },
      null,
      2,
    ),
  );
  return path;
};
