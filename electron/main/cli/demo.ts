import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { startChartroom } from '../bootstrap';
import { createDemoPractice, type DemoStaffMember, demoStaff } from '../services/synthetic/demo-practice';
import { progressBar } from '../services/synthetic/progress-bar';
import { appVersion, required, UsageError } from './shared';

const printDemoLogins = (dataDir: string, staff: readonly DemoStaffMember[]) => {
  console.log(`Demo practice in ${dataDir}. Sign in as:`);
  for (const member of staff)
    console.log(
      `  ${member.username.padEnd(9)} ${member.password.padEnd(18)} ${member.fullName} (${member.role.replace('_', ' ')})`,
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
      anchor: { type: 'string' },
      'if-missing': { type: 'boolean' },
    },
  });
  const dataDir = required(values, 'data-dir');
  const count = Number(values.patients ?? 1000);
  if (!Number.isInteger(count) || count < 0 || count > 1_000_000)
    throw new UsageError('--patients must be a whole number from 0 to 1000000.');
  const seed = Number(values.seed ?? 20_261_122);
  if (!Number.isInteger(seed) || seed < 0 || seed > 4_294_967_295)
    throw new UsageError('--seed must be a whole number from 0 to 4294967295.');
  const anchor = values.anchor;
  if (anchor !== undefined && (!/^\d{4}-\d{2}-\d{2}$/.test(anchor) || Number.isNaN(Date.parse(anchor))))
    throw new UsageError('--anchor must be a date written as YYYY-MM-DD, e.g. 2026-03-02.');
  if (values['if-missing'] && existsSync(`${dataDir}/keyring.json`)) {
    printDemoLogins(dataDir, demoStaff);
    return;
  }
  const app = startChartroom({
    dataDir,
    appVersion,
    log: () => {},
    scheduleBackups: false,
  });
  try {
    const { recoveryKey, staff, practice } = await createDemoPractice(app, {
      patients: count,
      seed,
      ...(anchor ? { anchorDate: anchor } : {}),
      onProgress: progressBar(process.stderr),
    });
    process.stderr.write(`Generated history up to ${practice.anchorDate} (seed ${seed}).\n`);
    printDemoLogins(dataDir, staff);
    console.log(`Recovery key (demo): ${recoveryKey}`);
  } finally {
    app.close();
  }
};
