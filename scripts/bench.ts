import { parseArgs } from 'node:util';
import { repositories } from '../db';
import { startChartroom } from '../electron/main/bootstrap';
import { parseSearchQuery } from '../electron/main/services/patients/search-query';
import { demoStaff } from '../electron/main/services/synthetic/demo-practice';
import { growStore, measureResponsivenessDuringBackup, measureSnapshot } from './bench/backup-bench';
import { measureChartOpen } from './bench/chart-bench';
import { exportPatients, measurePracticeExport, seedExportPractice } from './bench/export-bench';
import { cachedPractice } from './bench/practice-cache';
import { measureRecordsPdf } from './bench/records-pdf-bench';
import { printReport, type RatioRow, type TimedRow, writeReport } from './bench/report';
import { measureScheduleDay } from './bench/schedule-bench';
import { searchQueryKinds } from './bench/search-queries';
import { summarise, timeRuns } from './bench/stats';

/**
 * `npm run bench [-- --patients N --seed S --runs R --backup-mib M --skip-backup]`: the budgets of
 * ARCHITECTURE.md section 9 measured on a synthetic practice through the same router the app uses.
 * Prints p50/p95/p99 and PASS/FAIL per budget; writes JSON with the machine's description to
 * artifacts/bench/. Ratios are measured within one run: this machine is shared and noisy.
 */
const { values } = parseArgs({
  options: {
    patients: { type: 'string' },
    seed: { type: 'string' },
    runs: { type: 'string' },
    'backup-mib': { type: 'string' },
    'skip-backup': { type: 'boolean' },
  },
});
const patients = Number(values.patients ?? 10_000);
const seed = Number(values.seed ?? 20_261_122);
const runs = Number(values.runs ?? 300);
const backupMiB = Number(values['backup-mib'] ?? 1024);
const [manager] = demoStaff;
if (!manager) throw new Error('demo staff missing');

const timed: TimedRow[] = [];
const ratios: RatioRow[] = [];
const practice = await cachedPractice({ patients, seed });
if (practice.generatedMs !== null) {
  ratios.push({
    measure: `generate ${patients.toLocaleString('en-US')} synthetic patients`,
    value: practice.generatedMs / 1000,
    unit: ' s',
    bound: null,
  });
}

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
timed.push({ measure: 'login (Argon2id + unlock, cold)', summary: summarise(loginSamples), budgetMs: 1000 });

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
  timed.push({ measure: `search: ${kind} (router)`, summary: summarise(appPath), budgetMs: 100 });
  timed.push({ measure: `search: ${kind} (database share)`, summary: summarise(dbShare), budgetMs: 5 });
}

// Chart open reads clinical data: a physician's session.
const physician = demoStaff.find((s) => s.role === 'physician');
if (!physician) throw new Error('demo staff has no physician');
const clinician = app.openConnection('cli', 'bench-clinician');
const clinicianLogin = await app.call(clinician, 'auth.login', {
  username: physician.username,
  password: physician.password,
});
if (!clinicianLogin.ok) throw new Error(clinicianLogin.error.message);
timed.push(...(await measureChartOpen(app, clinician, Math.min(runs, 100))));
timed.push(...(await measureScheduleDay(app, connection, Math.min(runs, 100))));
app.close();

// Issue 6's closing numbers: a 50-page records PDF (its own app, with Chromium as the PDF engine) and a
// 1,000-patient practice export (the export cannot be limited, so it gets a practice of that size).
timed.push(...(await measureRecordsPdf(practice.dir)));
const exportPractice = await cachedPractice({ patients: exportPatients, seed });
if (exportPractice.generatedMs !== null) {
  ratios.push({
    measure: `generate ${exportPatients.toLocaleString('en-US')} synthetic patients (export)`,
    value: exportPractice.generatedMs / 1000,
    unit: ' s',
    bound: null,
  });
}
await seedExportPractice(exportPractice.dir);
const exported = await measurePracticeExport(exportPractice.dir);
timed.push(...exported.timed);
ratios.push(...exported.ratios);

if (!values['skip-backup']) {
  // Backups get their own store of the size issue 3 names, so the search numbers above stay comparable.
  const backupPractice = await cachedPractice({ patients: 2000, seed, label: `backup-${backupMiB}mib` });
  await growStore(backupPractice.dir, backupMiB);
  ratios.push(...(await measureSnapshot(backupPractice.dir)));
  timed.push(...(await measureResponsivenessDuringBackup(backupPractice.dir)));
}

printReport(`Chartroom bench: ${patients.toLocaleString('en-US')} patients`, timed, ratios);
console.log(`results: ${writeReport(`bench-${patients}`, { patients, seed, backupMiB }, timed, ratios)}`);
