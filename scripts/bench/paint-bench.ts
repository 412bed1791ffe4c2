import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { type Browser, chromium, type Locator, type Page } from 'playwright-core';
import { type ChartroomApp, startChartroom } from '../../electron/main/bootstrap';
import { chromiumArgs, systemChromium } from '../../electron/main/preview/chromium-pdf';
import { startPreviewServer } from '../../electron/main/preview/http-transport';
import { demoStaff } from '../../electron/main/services/synthetic/demo-practice';
import { seededRandom } from '../../electron/main/services/synthetic/random';
import { paintMeasures } from '../../renderer/src/ui/perf-marks';
import { type BenchChart, benchCharts } from './chart-bench';
import type { TimedRow } from './report';
import { searchQueryKinds } from './search-queries';
import { signIn } from './sign-in';
import { summarise } from './stats';

/**
 * The renderer's share of the budgets, measured where the user sees it: the built renderer in system
 * Chromium through the preview server, on the bench practice, read from the performance marks the
 * renderer itself records (renderer/src/ui/perf-marks.ts). The front desk types real queries into the
 * finder a key at a time, as a person does; a physician opens the practice's typical chart and a
 * 1,000-encounter one from the finder, alternately, so each open mounts a fresh chart.
 */

const root = join(import.meta.dirname, '..', '..');
const rendererDir = join(root, 'dist', 'renderer');
/** What the renderer bundle is built from: its own folder and the contract it imports. */
const rendererSources = [join(root, 'renderer'), join(root, 'electron', 'contract')];

/** Why the paint bench cannot run here, or null when it can. */
export const paintBenchUnavailable = (): string | null =>
  existsSync(systemChromium) ? null : `${systemChromium} is missing (the paint bench never downloads a browser)`;

const newestSourceMs = (): number => {
  let newest = 0;
  for (const folder of rendererSources) {
    for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
      if (entry.isFile()) newest = Math.max(newest, statSync(join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
};

/** Builds the renderer (as `npm run build:renderer` does) when dist/ is missing or older than its sources. */
const ensureRendererBuilt = (): void => {
  const built = join(rendererDir, 'index.html');
  if (existsSync(built) && statSync(built).mtimeMs >= newestSourceMs()) return;
  console.log('paint bench: building the renderer (dist/renderer is missing or older than its sources)');
  const vite = spawnSync(
    process.execPath,
    [join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--config', 'renderer/vite.config.ts'],
    { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] },
  );
  if (vite.status !== 0) throw new Error(`paint bench: the renderer build failed (vite exited with ${vite.status})`);
};

const staffFor = (role: 'front_desk' | 'physician') => {
  const staff = demoStaff.find((s) => s.role === role);
  if (!staff) throw new Error(`paint bench: the demo staff has no ${role}`);
  return staff;
};

const signInInBrowser = async (browser: Browser, url: string, role: 'front_desk' | 'physician'): Promise<Page> => {
  const staff = staffFor(role);
  const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
  const page = await context.newPage();
  await page.goto(url);
  await page.getByLabel('Username').fill(staff.username);
  await page.getByLabel('Password', { exact: true }).fill(staff.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByText(staff.fullName).first().waitFor();
  return page;
};

const openFinder = async (page: Page): Promise<{ dialog: Locator; input: Locator }> => {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Find a patient' });
  const input = dialog.getByRole('combobox', { name: /search patients/i });
  await input.waitFor();
  return { dialog, input };
};

/** Resolves once the frame showing what is committed now has been painted, and its measure recorded. */
const afterPaint = (page: Page) =>
  page.evaluate(
    () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve)))),
  );

/** The durations of one measure recorded since the last call; the page's list is emptied. */
const takeMeasures = (page: Page, name: string): Promise<number[]> =>
  page.evaluate((measure) => {
    const durations = performance.getEntriesByName(measure, 'measure').map((entry) => entry.duration);
    performance.clearMeasures(measure);
    return durations;
  }, name);

/** Waits until the finder shows the answer to exactly `query` (not the results for older text). */
const answered = (page: Page, query: string) =>
  page.waitForFunction(
    (typed) => {
      const box = document.querySelector<HTMLInputElement>('[role="dialog"] input[role="combobox"]');
      return box?.value === typed && document.querySelector('[aria-label="Searching"]') === null;
    },
    query,
    { polling: 'raf' },
  );

/** A key every 60 to 120 ms: quick, steady typing at a front desk. */
const keyGapMs = { min: 60, max: 120 };

interface SearchRun {
  samples: number[];
  queries: number;
  keystrokes: number;
}

const typeQueries = async (page: Page, queries: string[], seed: number): Promise<SearchRun> => {
  const random = seededRandom(seed);
  const { dialog, input } = await openFinder(page);
  const run: SearchRun = { samples: [], queries: 0, keystrokes: 0 };
  // The first query warms the page (code paths, layout of the results list) and is not counted.
  for (const [index, query] of queries.entries()) {
    await input.fill('');
    await sleep(300);
    await takeMeasures(page, paintMeasures.search);
    let due = performance.now();
    for (const key of query) {
      await page.keyboard.type(key);
      due += random.int(keyGapMs.min, keyGapMs.max);
      await sleep(Math.max(0, due - performance.now()));
    }
    await answered(page, query);
    if (await dialog.getByText('Search did not run').isVisible())
      throw new Error(`paint bench: the search for query ${index + 1} was refused`);
    await afterPaint(page);
    const measured = await takeMeasures(page, paintMeasures.search);
    // The answer to the whole query always paints, so at least one measure: none means the marks are gone.
    if (measured.length === 0)
      throw new Error(`paint bench: no "${paintMeasures.search}" measure for query ${index + 1}`);
    if (index === 0) continue;
    run.samples.push(...measured);
    run.queries++;
    run.keystrokes += query.length;
  }
  await page.keyboard.press('Escape');
  return run;
};

/**
 * Finds each chart in the finder by its MRN and clicks its row (digits can match a phone too), the charts
 * alternately, `opens` times each after one warm-up round.
 */
const openCharts = async (page: Page, charts: BenchChart[], opens: number): Promise<Map<BenchChart, number[]>> => {
  const samples = new Map<BenchChart, number[]>(charts.map((chart) => [chart, []]));
  const banner = page.getByRole('region', { name: /^Patient: / });
  for (let round = 0; round <= opens; round++) {
    for (const chart of charts) {
      const { dialog, input } = await openFinder(page);
      await input.fill(chart.mrn);
      await answered(page, chart.mrn);
      await dialog.getByRole('option').filter({ hasText: chart.listName }).filter({ hasText: chart.mrn }).click();
      await banner.getByRole('heading', { name: chart.listName, exact: true }).waitFor();
      // The face sheet's grid, which renders only with its content (not the tab panel around it).
      await page.locator('[aria-label="Face sheet"]').waitFor();
      await afterPaint(page);
      const measured = await takeMeasures(page, paintMeasures.chart);
      if (measured.length !== 1)
        throw new Error(`paint bench: ${measured.length} "${paintMeasures.chart}" measures for one chart open`);
      if (round > 0) samples.get(chart)!.push(...measured);
    }
  }
  return samples;
};

export interface PaintBenchOptions {
  /** Queries typed per search kind (name fragments, each DOB form, MRN, phone). */
  queriesPerKind: number;
  /** Timed opens of each chart. */
  chartOpens: number;
  seed: number;
}

/**
 * Runs the paint bench on the practice in `dir` with its own app and preview server; returns one row for
 * search and one per chart: the generated practice's typical chart and a 1,000-encounter one, opened by MRN.
 */
export const measurePaint = async (
  dir: string,
  options: PaintBenchOptions = { queriesPerKind: 4, chartOpens: 20, seed: 20_261_122 },
): Promise<TimedRow[]> => {
  ensureRendererBuilt();
  const app: ChartroomApp = startChartroom({
    dataDir: dir,
    appVersion: 'bench',
    log: () => {},
    scheduleBackups: false,
  });
  let browser: Browser | null = null;
  let server: Awaited<ReturnType<typeof startPreviewServer>> | null = null;
  try {
    // A sign-in unlocks the store, to read the queries and the bench charts from it.
    const physician = staffFor('physician');
    const reader = await signIn(app, physician, app.openConnection('cli', 'bench-paint'));
    const { typical, heavy } = benchCharts(app);
    const kinds = searchQueryKinds(app.services.vault.store);
    const queries = kinds.flatMap(({ queries }) => queries.slice(0, options.queriesPerKind));
    // The warm-up query (typeQueries skips the first) comes from the end of the sample, unused otherwise.
    const warmUp = kinds[0]?.queries.at(-1);
    if (!warmUp) throw new Error('paint bench: the practice gave no search queries');
    app.closeConnection(reader);

    server = await startPreviewServer({ app, rendererDir, workstation: 'bench (paint)' });
    browser = await chromium.launch({ executablePath: systemChromium, args: chromiumArgs, headless: true });

    const frontDesk = await signInInBrowser(browser, server.url, 'front_desk');
    const search = await typeQueries(frontDesk, [warmUp, ...queries], options.seed);
    await frontDesk.context().close();

    const clinician = await signInInBrowser(browser, server.url, 'physician');
    const opened = await openCharts(clinician, [typical, heavy], options.chartOpens);
    await clinician.context().close();

    return [
      {
        measure: 'renderer: keystroke to search results painted',
        summary: summarise(search.samples),
        budget: 'search-painted',
        note: `${search.queries} queries, ${search.keystrokes} keys ${keyGapMs.min}-${keyGapMs.max} ms apart; the finder searches on every keystroke`,
      },
      ...[typical, heavy].map(
        (chart): TimedRow => ({
          measure: `renderer: click to face sheet painted, ${chart.encounters.toLocaleString('en-US')} encounters`,
          summary: summarise(opened.get(chart)!),
          ...(chart === heavy ? { budget: 'chart-open' as const } : { budgetMs: 300 }),
          note: 'a click on the patient in the finder to the face sheet on screen',
        }),
      ),
    ];
  } finally {
    await browser?.close();
    await server?.close();
    app.close();
  }
};
