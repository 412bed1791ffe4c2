import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { type ChartroomApp, startChartroom } from '../../electron/main/bootstrap';
import { createDemoPractice } from '../../electron/main/services/synthetic/demo-practice';
import { generatorVersion } from '../../electron/main/services/synthetic/practice';
import { progressBar } from '../../electron/main/services/synthetic/progress-bar';

/** What the cache records beside a generated practice, and what the benches read from it. */
export interface PracticeInfo {
  patients: number;
  seed: number;
  generatorVersion: number;
  /** "Today" of the generated history: the past ends the day before, appointments run a year on. */
  anchorDate: string;
  /** How long the generation took when it was made, setup included. */
  generationMs: number;
}

export type CachedPractice = PracticeInfo & {
  dir: string;
  /** The generation's time when it ran now; null when the practice came from the cache. */
  generatedMs: number | null;
};

const defaultCacheDir = join(import.meta.dirname, '..', '..', '.bench-cache');

/**
 * Synthetic practices are cached by their parameters and the generator's version (a new generator
 * makes new caches), so later runs reuse them. The JSON beside the folder is written
 * last: a folder without it is a generation that did not finish, removed and made again.
 */
export const cachedPractice = async (options: {
  patients: number;
  seed: number;
  label?: string;
  /** Where practices are cached: .bench-cache/ by default (the bench smoke uses a temporary folder). */
  cacheDir?: string;
}): Promise<CachedPractice> => {
  const name = `practice-${options.patients}-seed${options.seed}-gen${generatorVersion}${options.label ? `-${options.label}` : ''}`;
  const root = options.cacheDir ?? defaultCacheDir;
  const dir = join(root, name);
  const infoFile = join(root, `${name}.json`);
  if (existsSync(infoFile) && existsSync(join(dir, 'keyring.json'))) {
    const info = JSON.parse(readFileSync(infoFile, 'utf8')) as PracticeInfo;
    return { ...info, dir, generatedMs: null };
  }
  rmSync(dir, { recursive: true, force: true });
  rmSync(infoFile, { force: true });
  const app: ChartroomApp = startChartroom({
    dataDir: dir,
    appVersion: 'bench',
    log: () => {},
    scheduleBackups: false,
  });
  const started = performance.now();
  let info: PracticeInfo;
  try {
    process.stderr.write(`generating a synthetic practice of ${options.patients.toLocaleString('en-US')} patients\n`);
    const { practice } = await createDemoPractice(app, {
      patients: options.patients,
      seed: options.seed,
      onProgress: progressBar(process.stderr),
    });
    info = {
      patients: options.patients,
      seed: options.seed,
      generatorVersion,
      anchorDate: practice.anchorDate,
      generationMs: Math.round(performance.now() - started),
    };
  } finally {
    app.close();
  }
  writeFileSync(infoFile, `${JSON.stringify(info, null, 2)}\n`);
  return { ...info, dir, generatedMs: info.generationMs };
};
