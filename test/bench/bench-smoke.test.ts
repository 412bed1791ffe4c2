import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { architectureBudgets, type BudgetVerdict, type RatioRow, type TimedRow } from '../../scripts/bench/report';

const root = join(import.meta.dirname, '..', '..');
const run = promisify(execFile);

/** Every timed measure the bench must report, as its name starts (sizes and counts follow in the name). */
const searchKinds = [
  'name fragments',
  'name fragments, reversed',
  'family name prefix (1 letter)',
  'name fragment + DOB M/D/YY',
  'DOB MM/DD/YYYY',
  'DOB M/D/YY',
  'DOB YYYY-MM-DD',
  'DOB D Mon YYYY',
  'DOB Month D, YYYY',
  'MRN',
  'phone, full',
  'phone, last 4 digits',
];
const timedMeasures = [
  'login (Argon2id + unlock, cold)',
  ...searchKinds.flatMap((kind) => [`search: ${kind} (router)`, `search: ${kind} (database share)`]),
  'chart open: face sheet, 1,000 encounters (router)',
  'schedule: day view, 1 provider',
  'schedule: day view, 6 providers',
  'note autosave (notes.saveDraft, router)',
  'note create with its audit row (notes.create, router)',
  'note sign with its audit row (notes.sign, router)',
  'read workload, encrypted store',
  'read workload, plaintext copy',
];
const ratioMeasures = [
  'app path / hand-written SQL: search by name',
  'app path / hand-written SQL: face sheet, typical chart',
  'app path / hand-written SQL: day view, all providers',
  'encrypted / plaintext, same read workload',
  'encrypted / plaintext, repeated reads',
];
/** Not measured by the smoke: the renderer's paint (--skip-paint) and the snapshot ratio (--skip-backup). */
const budgetsOutsideTheSmoke = ['search-painted', 'snapshot-vs-copy'];

interface BenchReport {
  machine: Record<string, unknown>;
  peakRssMiB: number;
  budgets: BudgetVerdict[];
  timed: TimedRow[];
  ratios: RatioRow[];
}

/**
 * The real bench (scripts/bench.ts, as `npm run bench` runs it) on a practice of 1,000 synthetic
 * patients generated into a temporary cache, with few runs and without the renderer's paint (a build
 * and Chromium), the records PDF, the export and the 1 GB backup, so the bench cannot rot between the 100,000-patient runs. It checks that every
 * measure is there with numbers; it never judges the numbers (this machine is shared and noisy).
 */
describe('bench smoke', () => {
  it('runs the bench on 1,000 patients and reports every measure, ratio and budget', async () => {
    const scratch = mkdtempSync(join(tmpdir(), 'chartroom-bench-smoke-'));
    try {
      const jsonPath = join(scratch, 'bench.json');
      const { stdout } = await run(
        process.execPath,
        [
          '--import',
          'tsx',
          'scripts/bench.ts',
          '--patients',
          '1000',
          '--runs',
          '3',
          '--cache-dir',
          join(scratch, 'cache'),
          '--json',
          jsonPath,
          '--skip-backup',
          '--skip-documents',
          '--skip-paint',
        ],
        { cwd: root, timeout: 170_000, maxBuffer: 16 * 2 ** 20 },
      );
      expect(stdout).toContain('ARCHITECTURE.md section 9 budgets');
      const report = JSON.parse(readFileSync(jsonPath, 'utf8')) as BenchReport;

      expect(report.machine).toMatchObject({
        cpuModel: expect.any(String),
        cpuCount: expect.any(Number),
        memoryGiB: expect.any(Number),
        node: process.version,
        os: expect.any(String),
        sqlite: expect.stringMatching(/^3\.\d+/),
        cipher: expect.stringContaining('Multiple Ciphers'),
      });
      expect(report.peakRssMiB).toBeGreaterThan(0);

      for (const measure of timedMeasures) {
        const row = report.timed.find((r) => r.measure.startsWith(measure));
        expect(row, `timed measure "${measure}"`).toBeDefined();
        expect(Number.isFinite(row!.summary.p50), measure).toBe(true);
        expect(Number.isFinite(row!.summary.p95), measure).toBe(true);
        expect(row!.summary.runs, measure).toBeGreaterThan(0);
      }
      expect(report.timed.filter((r) => r.measure.startsWith('chart open: face sheet'))).toHaveLength(2);
      for (const measure of ratioMeasures) {
        const row = report.ratios.find((r) => r.measure.startsWith(measure));
        expect(row, `ratio "${measure}"`).toBeDefined();
        expect(row!.value, measure).toBeGreaterThan(0);
        expect(Number.isFinite(row!.value), measure).toBe(true);
      }

      // Every section 9 budget has its verdict line; each one the smoke measures has a verdict (PASS or FAIL alike).
      expect(report.budgets.map((b) => b.budget).sort()).toEqual(Object.keys(architectureBudgets).sort());
      for (const verdict of report.budgets.filter((b) => !budgetsOutsideTheSmoke.includes(b.budget))) {
        expect(typeof verdict.pass, verdict.budget).toBe('boolean');
        expect(Number.isFinite(verdict.worst), verdict.budget).toBe(true);
      }
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  }, 180_000);
});
