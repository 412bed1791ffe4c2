import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, type as osType, release, totalmem } from 'node:os';
import { dirname } from 'node:path';
import type { Summary } from './stats';

/**
 * The budgets of ARCHITECTURE.md section 9 (p95), one entry each. Every bench row that measures one
 * names it, and the summary gives each budget its verdict from the worst of its rows, or says it was
 * not measured in this run, so no budget can drop out of the table unnoticed.
 */
export const architectureBudgets = {
  'search-painted': { label: 'keystroke to search results painted', bound: 100, unit: ' ms', atMost: true },
  'search-database': { label: 'search, database share', bound: 5, unit: ' ms', atMost: true },
  'chart-open': { label: 'chart open (1,000 encounters)', bound: 300, unit: ' ms', atMost: true },
  'day-schedule': { label: 'day schedule', bound: 50, unit: ' ms', atMost: true },
  'save-with-audit': { label: 'save with audit', bound: 50, unit: ' ms', atMost: true },
  login: { label: 'login (Argon2id + unlock)', bound: 1000, unit: ' ms', atMost: true },
  'encrypted-vs-plaintext': { label: 'encrypted / plaintext, same workload', bound: 1.3, unit: 'x', atMost: true },
  'snapshot-vs-copy': { label: 'snapshot throughput / plain file copy', bound: 0.5, unit: '', atMost: false },
} as const;
export type BudgetId = keyof typeof architectureBudgets;

/** One measured line of the bench table; a budget or budgetMs makes it PASS or FAIL on its p95. */
export interface TimedRow {
  measure: string;
  summary: Summary;
  /** The ARCHITECTURE.md section 9 budget this row counts towards; its bound is the row's limit. */
  budget?: BudgetId;
  /** A limit of the row's own, for a row outside the section 9 budgets. */
  budgetMs?: number;
  /** What was measured, when the name alone does not say (e.g. what a packet held). */
  note?: string;
}
/** A measured ratio or throughput; a budget, or a bound of its own (higher is better unless `atMost`), judges it. */
export interface RatioRow {
  measure: string;
  value: number;
  unit: string;
  budget?: BudgetId;
  bound?: number;
  atMost?: boolean;
  note?: string;
}

/** The limit a row is judged by: its budget's bound, or its own; null when nothing judges it. */
const limitOf = (row: TimedRow | RatioRow): { bound: number; atMost: boolean } | null => {
  if (row.budget) return architectureBudgets[row.budget];
  if ('summary' in row) return row.budgetMs === undefined ? null : { bound: row.budgetMs, atMost: true };
  return row.bound === undefined ? null : { bound: row.bound, atMost: row.atMost ?? false };
};

/** A section 9 budget's verdict in this run: the worst of its rows, or null when no row measured it. */
export interface BudgetVerdict {
  budget: BudgetId;
  label: string;
  bound: number;
  unit: string;
  worst: number | null;
  worstMeasure: string | null;
  pass: boolean | null;
}

export const budgetVerdicts = (timed: TimedRow[], ratios: RatioRow[]): BudgetVerdict[] =>
  (Object.keys(architectureBudgets) as BudgetId[]).map((budget) => {
    const { label, bound, unit, atMost } = architectureBudgets[budget];
    const values = [
      ...timed.filter((row) => row.budget === budget).map((row) => ({ measure: row.measure, value: row.summary.p95 })),
      ...ratios.filter((row) => row.budget === budget).map((row) => ({ measure: row.measure, value: row.value })),
    ];
    const worst = values.reduce<(typeof values)[number] | null>(
      (acc, row) => (acc === null || (atMost ? row.value > acc.value : row.value < acc.value) ? row : acc),
      null,
    );
    return {
      budget,
      label,
      bound,
      unit,
      worst: worst?.value ?? null,
      worstMeasure: worst?.measure ?? null,
      pass: worst === null ? null : atMost ? worst.value <= bound : worst.value >= bound,
    };
  });

/** What the numbers were measured on: they mean little without it, and this machine is shared. */
export interface MachineDescription {
  cpuModel: string;
  cpuCount: number;
  memoryGiB: number;
  node: string;
  os: string;
  sqlite: string;
  cipher: string;
}

export const describeMachine = (versions: { sqlite: string; cipher: string }): MachineDescription => ({
  cpuModel: cpus()[0]?.model ?? 'unknown',
  cpuCount: cpus().length,
  memoryGiB: Math.round((totalmem() / 2 ** 30) * 10) / 10,
  node: process.version,
  os: `${osType()} ${release()} (${process.platform}/${process.arch})`,
  ...versions,
});

/** Peak resident memory of this process (the bench and the app it runs; not the Chromium children). */
export const peakRssMiB = (): number => Math.round(process.resourceUsage().maxRSS / 1024);

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(8);
const verdictWord = (pass: boolean) => (pass ? 'PASS' : 'FAIL');

export const printReport = (
  title: string,
  machine: MachineDescription,
  timed: TimedRow[],
  ratios: RatioRow[],
  load: { start: number[]; end: number[] },
): void => {
  console.log(`\n${title}`);
  console.log(
    `${machine.cpuCount} x ${machine.cpuModel}, ${machine.memoryGiB} GiB, Node ${machine.node}, ${machine.os}, SQLite ${machine.sqlite}, ${machine.cipher}`,
  );
  console.log(
    `load average (1 min) at start ${load.start[0]?.toFixed(2)}, at end ${load.end[0]?.toFixed(2)}; peak memory (max RSS) ${peakRssMiB()} MiB\n`,
  );
  console.log(
    `${'measure'.padEnd(60)}${'runs'.padStart(6)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}  budget (p95)`,
  );
  for (const row of timed) {
    const limit = limitOf(row);
    const verdict = limit ? `${verdictWord(row.summary.p95 <= limit.bound)} <= ${limit.bound} ms` : '';
    console.log(
      `${row.measure.padEnd(60)}${String(row.summary.runs).padStart(6)}${fmt(row.summary.p50)} ${fmt(row.summary.p95)} ${fmt(row.summary.p99)}  ${verdict}${row.note ? `  (${row.note})` : ''}`,
    );
  }
  console.log('');
  for (const row of ratios) {
    const limit = limitOf(row);
    const verdict = limit
      ? `${verdictWord(limit.atMost ? row.value <= limit.bound : row.value >= limit.bound)} ${limit.atMost ? '<=' : '>='} ${limit.bound}${row.unit}`
      : '';
    console.log(
      `${row.measure.padEnd(76)}${`${row.value.toFixed(2)}${row.unit}`.padStart(17)}  ${verdict}${row.note ? `  (${row.note})` : ''}`,
    );
  }
  console.log('\nARCHITECTURE.md section 9 budgets (p95; the worst row of each):');
  for (const verdict of budgetVerdicts(timed, ratios)) {
    const bound = `${architectureBudgets[verdict.budget].atMost ? '<=' : '>='} ${verdict.bound}${verdict.unit}`;
    const outcome =
      verdict.pass === null
        ? 'NOT MEASURED in this run'
        : `${verdictWord(verdict.pass)}  ${verdict.worst?.toFixed(2)}${verdict.unit}  (${verdict.worstMeasure})`;
    console.log(`  ${verdict.label.padEnd(42)}${bound.padEnd(12)}${outcome}`);
  }
};

export const writeReport = (
  path: string,
  machine: MachineDescription,
  details: Record<string, unknown>,
  timed: TimedRow[],
  ratios: RatioRow[],
  load: { start: number[]; end: number[] },
): void => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(
    path,
    JSON.stringify(
      {
        at: new Date().toISOString(),
        machine,
        loadAverage: load,
        peakRssMiB: peakRssMiB(),
        ...details,
        budgets: budgetVerdicts(timed, ratios),
        timed,
        ratios,
      },
      null,
      2,
    ),
  );
};

/** The 1, 5 and 15 minute load averages, rounded: other helpers share this machine. */
export const loadNow = (): number[] => loadavg().map((value) => Math.round(value * 100) / 100);
