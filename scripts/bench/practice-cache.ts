import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { type ChartroomApp, startChartroom } from '../../electron/main/bootstrap';
import { createDemoPractice } from '../../electron/main/services/synthetic/demo-practice';

/**
 * Synthetic practices are cached by their parameters under .bench-cache/, so later runs reuse them.
 * A folder without a keyring is a generation that did not finish: it is removed and made again.
 */
export const cachedPractice = async (options: {
  patients: number;
  seed: number;
  label?: string;
}): Promise<{ dir: string; generatedMs: number | null }> => {
  const dir = join(
    import.meta.dirname,
    '..',
    '..',
    '.bench-cache',
    `practice-${options.patients}-seed${options.seed}${options.label ? `-${options.label}` : ''}`,
  );
  if (existsSync(join(dir, 'keyring.json'))) return { dir, generatedMs: null };
  rmSync(dir, { recursive: true, force: true });
  const app: ChartroomApp = startChartroom({
    dataDir: dir,
    appVersion: 'bench',
    log: () => {},
    scheduleBackups: false,
  });
  const started = performance.now();
  try {
    await createDemoPractice(app, {
      patients: options.patients,
      seed: options.seed,
      onProgress: (done, total) => process.stderr.write(`\rgenerating synthetic practice: ${done}/${total} patients`),
    });
  } finally {
    app.close();
  }
  process.stderr.write('\n');
  return { dir, generatedMs: performance.now() - started };
};
