import { statSync } from 'node:fs';
import type { ChartroomApp, Connection } from '../../electron/main/bootstrap';
import { practiceZone } from '../../electron/main/services/scheduling/practice-zone';
import { addDays, startOfDay } from '../../electron/main/services/scheduling/zoned-time';
import { routerCaller } from '../../electron/main/services/synthetic/router-caller';
import { type DayWindow, type HandWrittenQueries, handWrittenQueries } from './hand-written-sql';
import { openRaw, withPlaintextCopy } from './plaintext-copy';
import type { RatioRow, TimedRow } from './report';
import { searchQueryKinds } from './search-queries';
import { summarise, timeAlternating } from './stats';

const p50 = (samples: number[]) => summarise(samples).p50;
const ms = (value: number) => `${value < 10 ? value.toFixed(2) : value.toFixed(1)} ms`;

/** The day window appointments.day reads for `date` (AppointmentService.day, one day). */
const dayWindow = (zone: string, date: string): DayWindow => ({
  fromDate: addDays(date, -1),
  toDate: addDays(date, 1),
  fromInstant: startOfDay(zone, date),
  toInstant: startOfDay(zone, addDays(date, 1)),
});

/** Up to `count` days that hold appointments, evenly spread over the practice's calendar. */
const sampleDays = (app: ChartroomApp, count: number): string[] => {
  const days = (
    app.services.vault.store.sqlite.prepare('SELECT DISTINCT local_date AS day FROM appointments ORDER BY 1').all() as {
      day: string;
    }[]
  ).map((row) => row.day);
  const step = Math.max(1, Math.floor(days.length / count));
  return days.filter((_, index) => index % step === 0).slice(0, count);
};

/**
 * Runs every question of a workload cycle once on its own connection, then closes it: the file's pages
 * that the workload reads are then in the operating system's file cache, and nothing stays in SQLite's.
 */
const primeOperatingSystemCache = (
  path: string,
  keyHex: string | null,
  workload: (queries: HandWrittenQueries, i: number) => void,
  cycle: number,
): void => {
  const sqlite = openRaw(path, keyHex);
  try {
    const queries = handWrittenQueries(sqlite);
    for (let i = 0; i < cycle; i++) workload(queries, i);
  } finally {
    sqlite.close();
  }
};

export interface RatioWorkload {
  /** The typical bench chart (chart-bench.ts): the face sheet of the app-against-SQL ratio. */
  typicalPatientId: number;
  /** The busy bench day (schedule-bench.ts): the day view of the app-against-SQL ratio. */
  busyDay: string;
}

/**
 * The ratios of issue 7 measured within one run, each pair alternated run by run:
 *  - the app's path (router, zod, services, drizzle, DTOs) against hand-written SQL on raw
 *    better-sqlite3 for the same question: search by name, the typical face sheet, the busy day view.
 *    No budget; it says what the layers cost. Before timing, each pair must return as many rows;
 *  - the encrypted store against a plaintext copy of it, on the same read workload of hand-written
 *    SQL with the same pragmas and page cache: each run a different name search, face sheet and day
 *    (100 names, 200 patients, 30 days), so pages keep coming from the file and the cipher is in play
 *    (the budget's row); and, without a budget, the same questions repeated, served from the page cache.
 *
 * Both files are read the same way before that timing (primeOperatingSystemCache): writing the 3.7 GiB
 * copy pushes much of the live store out of the operating system's file cache (fincore: 3.7 GiB resident
 * before the copy, 1.5 GiB after), and this machine's disk reads about 19 MB/s. Unprimed, the same
 * workload measured 3.07x, and the encrypted copy of the same store, written just before, 0.91x: the
 * ratio was saying which file the kernel still held, not what the cipher costs.
 */
export const measureRatios = async (
  app: ChartroomApp,
  physician: Connection,
  workload: RatioWorkload,
  runs: number,
): Promise<{ timed: TimedRow[]; ratios: RatioRow[] }> => {
  const call = routerCaller(app, physician, 'ratio bench');
  const vault = app.services.vault;
  const store = vault.store;
  const zone = practiceZone(store);
  const nowIso = new Date().toISOString();
  const names = searchQueryKinds(store).find((kind) => kind.kind === 'name fragments')?.queries ?? [];
  if (names.length === 0) throw new Error('ratio bench: the practice has no patients to search for');
  const patientIds = (
    store.sqlite.prepare('SELECT id FROM patients ORDER BY (id * 7919) % 100003 LIMIT 200').all() as { id: number }[]
  ).map((row) => row.id);
  const windows = sampleDays(app, 30).map((date) => dayWindow(zone, date));
  const busyWindow = dayWindow(zone, workload.busyDay);

  const timed: TimedRow[] = [];
  const ratios: RatioRow[] = [];
  const encrypted = openRaw(vault.paths.database, vault.dataKeyHex());
  try {
    const sql = handWrittenQueries(encrypted);

    // The same question must get as many rows both ways, or the ratio compares different work.
    for (const typed of names) {
      const appRows = (await call('patients.search', { query: typed, limit: 20 })).results.length;
      const sqlRows = sql.searchByName(typed).length;
      if (appRows !== sqlRows)
        throw new Error(`ratio bench: "${typed}" found ${appRows} by the app, ${sqlRows} by SQL`);
    }
    const sheet = await call('chart.faceSheet', { patientId: workload.typicalPatientId });
    const counts = sql.faceSheet(workload.typicalPatientId, nowIso);
    const appCounts = {
      problems: sheet.problems.length,
      medications: sheet.medications.length,
      vitals: sheet.vitals.length,
      labPanels: sheet.labs.length,
      notes: sheet.notes.length,
    };
    if (JSON.stringify(appCounts) !== JSON.stringify(counts))
      throw new Error(
        `ratio bench: face sheet lists differ: app ${JSON.stringify(appCounts)}, SQL ${JSON.stringify(counts)}`,
      );
    const dayRows = (await call('appointments.day', { date: workload.busyDay })).appointments.length;
    if (dayRows !== sql.dayView(busyWindow).length) throw new Error('ratio bench: the day views differ in length');

    const pairs: { label: string; app: (i: number) => Promise<unknown>; sql: (i: number) => unknown }[] = [
      {
        label: 'search by name',
        app: (i) => call('patients.search', { query: names[i % names.length], limit: 20 }),
        sql: (i) => sql.searchByName(names[i % names.length]!),
      },
      {
        label: 'face sheet, typical chart',
        app: () => call('chart.faceSheet', { patientId: workload.typicalPatientId }),
        sql: () => sql.faceSheet(workload.typicalPatientId, nowIso),
      },
      {
        label: `day view, all providers (${dayRows} appointments)`,
        app: () => call('appointments.day', { date: workload.busyDay }),
        sql: () => sql.dayView(busyWindow),
      },
    ];
    for (const pair of pairs) {
      const samples = await timeAlternating(runs, pair.app, pair.sql);
      ratios.push({
        measure: `app path / hand-written SQL: ${pair.label}`,
        value: p50(samples.a) / p50(samples.b),
        unit: 'x',
        note: `p50 ${ms(p50(samples.a))} against ${ms(p50(samples.b))}; no budget`,
      });
    }

    const sizeMiB = statSync(vault.paths.database).size / 2 ** 20;
    await withPlaintextCopy(vault.paths.database, vault.dataKeyHex(), async (plainPath) => {
      const mixed = (queries: HandWrittenQueries, i: number) => {
        queries.searchByName(names[i % names.length]!);
        queries.faceSheet(patientIds[i % patientIds.length]!, nowIso);
        if (windows.length > 0) queries.dayView(windows[i % windows.length]!);
      };
      const cycle = Math.max(names.length, patientIds.length, windows.length);
      const files = [
        { path: vault.paths.database, keyHex: vault.dataKeyHex() },
        { path: plainPath, keyHex: null },
      ];
      for (const file of files) primeOperatingSystemCache(file.path, file.keyHex, mixed, cycle);
      // Fresh connections: SQLite's own page cache starts empty on both sides, so the timed pages come
      // from the file through the cipher (or not), out of a file cache that holds them for both alike.
      const encryptedFresh = openRaw(vault.paths.database, vault.dataKeyHex());
      const plain = openRaw(plainPath, null);
      try {
        const encryptedSql = handWrittenQueries(encryptedFresh);
        const plainSql = handWrittenQueries(plain);
        const samples = await timeAlternating(
          runs,
          (i) => mixed(encryptedSql, i),
          (i) => mixed(plainSql, i),
        );
        const workloadNote = 'a name search, a face sheet and a day view, each run different (raw SQL)';
        timed.push(
          {
            measure: 'read workload, encrypted store',
            summary: summarise(samples.a),
            note: workloadNote,
          },
          { measure: 'read workload, plaintext copy', summary: summarise(samples.b) },
        );
        ratios.push({
          measure: 'encrypted / plaintext, same read workload (p50)',
          value: p50(samples.a) / p50(samples.b),
          unit: 'x',
          budget: 'encrypted-vs-plaintext',
          note: `${sizeMiB.toFixed(0)} MiB store; same pragmas and 64 MiB page cache on both; both files primed alike`,
        });
        // The same three questions asked again and again: their pages stay in SQLite's page cache, so
        // this shows how much of the ratio above is decrypting pages read from the file.
        const repeated = (queries: HandWrittenQueries, i: number) => {
          queries.searchByName(names[i % names.length]!);
          queries.faceSheet(workload.typicalPatientId, nowIso);
          queries.dayView(busyWindow);
        };
        const warm = await timeAlternating(
          runs,
          (i) => repeated(encryptedSql, i),
          (i) => repeated(plainSql, i),
        );
        ratios.push({
          measure: 'encrypted / plaintext, repeated reads (warm cache, p50)',
          value: p50(warm.a) / p50(warm.b),
          unit: 'x',
          note: `p50 ${ms(p50(warm.a))} against ${ms(p50(warm.b))}; the typical face sheet and the busy day each run`,
        });
      } finally {
        plain.close();
        encryptedFresh.close();
      }
    });
  } finally {
    encrypted.close();
  }
  return { timed, ratios };
};
