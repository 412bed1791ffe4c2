import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startChartroom } from '../bootstrap';
import { createDemoPractice, demoStaff } from '../services/synthetic/demo-practice';
import { appVersion, required, UsageError } from './shared';

const printDemoLogins = (dataDir: string) => {
  console.log(`Demo practice in ${dataDir}. Sign in as:`);
  for (const staff of demoStaff)
    console.log(
      `  ${staff.username.padEnd(9)} ${staff.password.padEnd(18)} ${staff.fullName} (${staff.role.replace('_', ' ')})`,
    );
};

/** `demo`: a practice of synthetic patients and demo staff, for trying Chartroom. */
export const demo = async (args: string[]) => {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string' },
      patients: { type: 'string' },
      seed: { type: 'string' },
      'if-missing': { type: 'boolean' },
    },
  });
  const dataDir = required(values, 'data-dir');
  const count = Number(values.patients ?? 1000);
  if (!Number.isInteger(count) || count < 0 || count > 1_000_000)
    throw new UsageError('--patients must be a whole number from 0 to 1000000.');
  if (values['if-missing'] && existsSync(`${dataDir}/keyring.json`)) {
    printDemoLogins(dataDir);
    return;
  }
  const app = startChartroom({
    dataDir,
    appVersion,
    log: () => {},
    scheduleBackups: false,
  });
  try {
    const started = performance.now();
    const { recoveryKey } = await createDemoPractice(app, {
      patients: count,
      seed: Number(values.seed ?? 20_261_122),
      onProgress: (done, total) => process.stderr.write(`\rpatients ${done}/${total}`),
    });
    if (count > 0) process.stderr.write(`\n${count} patients in ${Math.round(performance.now() - started)} ms\n`);
    printDemoLogins(dataDir);
    console.log(`Recovery key (demo): ${recoveryKey}`);
  } finally {
    app.close();
  }
};
