import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { repositories } from '../db';
import { startChartroom } from '../electron/main/bootstrap';
import { parseSearchQuery } from '../electron/main/services/patients/search-query';
import { demoStaff } from '../electron/main/services/synthetic/demo-practice';
import { cachedPractice } from './bench/practice-cache';
import { searchQueryKinds } from './bench/search-queries';
import { type Summary, summarise, timeRuns } from './bench/stats';

/**
 * `npm run bench [-- --patients N --seed S --runs R]`: the budgets of ARCHITECTURE.md section 9,
 * measured on a synthetic practice through the same router the app uses. Prints p50/p95/p99 and
 * PASS/FAIL per budget; writes JSON with the machine's description to artifacts/bench/.
 */
const { values } = parseArgs({
  options: { patients: { type: 'string' }, seed: { type: 'string' }, runs: { type: 'string' } },
});
const patients = Number(values.patients ?? 10_000);
const seed = Number(values.seed ?? 20_261_122);
const runs = Number(values.runs ?? 300);

interface Row {
  measure: string;
  summary: Summary;
  budgetMs: number | null;
}
const rows: Row[] = [];

const practice = await cachedPractice({ patients, seed });
const [manager] = demoStaff;
if (!manager) throw new Error('demo staff missing');

// Login: a cold start each time (new app, Argon2id, open the store, pragmas, health check).
const loginSamples = await timeRuns(
  7,
  async () => {
    const app = startChartroom({ dataDir: practice.dir, appVersion: 'bench', log: () => {}, scheduleBackups: false });
    const result = await app.call(app.openConnection('cli', 'bench'), 'auth.login', {
      username: manager.username,
      password: manager.password,
    });
    if (!result.ok) throw new Error(result.error.message);
    app.close();
  },
  1,
);
rows.push({ measure: 'login (Argon2id + unlock, cold)', summary: summarise(loginSamples), budgetMs: 1000 });

const app = startChartroom({ dataDir: practice.dir, appVersion: 'bench', log: () => {}, scheduleBackups: false });
const connection = app.openConnection('cli', 'bench');
const login = await app.call(connection, 'auth.login', { username: manager.username, password: manager.password });
if (!login.ok) throw new Error(login.error.message);
const store = app.services.vault.store;

for (const { kind, queries } of searchQueryKinds(store)) {
  const appPath = await timeRuns(runs, async (i) => {
    const result = await app.call(connection, 'patients.search', { query: queries[i % queries.length]!, limit: 20 });
    if (!result.ok) throw new Error(result.error.message);
  });
  const dbShare = await timeRuns(runs, (i) =>
    repositories.patients.searchPatients(store.db, { ...parseSearchQuery(queries[i % queries.length]!), limit: 20 }),
  );
  rows.push({ measure: `search: ${kind} (router)`, summary: summarise(appPath), budgetMs: 100 });
  rows.push({ measure: `search: ${kind} (database share)`, summary: summarise(dbShare), budgetMs: 5 });
}
app.close();

const fmt = (ms: number) => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1)).padStart(8);
console.log(
  `\nChartroom bench: ${patients.toLocaleString('en-US')} patients, ${cpus().length} x ${cpus()[0]?.model ?? 'cpu'}`,
);
if (practice.generatedMs !== null)
  console.log(`generated the practice in ${(practice.generatedMs / 1000).toFixed(1)} s`);
console.log(
  `${'measure'.padEnd(52)}${'runs'.padStart(6)}${'p50 ms'.padStart(9)}${'p95 ms'.padStart(9)}${'p99 ms'.padStart(9)}  budget (p95)`,
);
for (const row of rows) {
  const verdict =
    row.budgetMs === null ? '' : `${row.summary.p95 <= row.budgetMs ? 'PASS' : 'FAIL'} <= ${row.budgetMs} ms`;
  console.log(
    `${row.measure.padEnd(52)}${String(row.summary.runs).padStart(6)}${fmt(row.summary.p50)} ${fmt(row.summary.p95)} ${fmt(row.summary.p99)}  ${verdict}`,
  );
}
const peakRssMiB = process.resourceUsage().maxRSS / 1024;
console.log(`peak memory (max RSS): ${peakRssMiB.toFixed(0)} MiB`);

const outDir = join(import.meta.dirname, '..', 'artifacts', 'bench');
mkdirSync(outDir, { recursive: true });
writeFileSync(
  join(outDir, `bench-${patients}.json`),
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
      patients,
      seed,
      peakRssMiB,
      results: rows,
    },
    null,
    2,
  ),
);
