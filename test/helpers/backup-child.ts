/**
 * The victim process of the backup kill test (test/backup/kill.test.ts): it opens an existing
 * practice, signs in as the office manager, prints "ready", then asks for "Back up now" through the
 * router, exactly as the settings page does, and prints "done <status>" if it is not killed first.
 *
 *   node backup-child.cjs <dataDir> <migrationsDir>
 *
 * The test bundles this file and the backup worker side by side (backup-child.cjs and
 * backup-worker.cjs), as scripts/build.mjs does for the app, so that the run uses worker threads
 * exactly as the packaged app does.
 */
import { startChartroom } from '../../electron/main/bootstrap';
import { staffPasswords } from './test-data';

const [dataDir, migrationsDir] = process.argv.slice(2);
if (!dataDir || !migrationsDir) {
  process.stderr.write('usage: backup-child <dataDir> <migrationsDir>\n');
  process.exit(64);
}

const app = startChartroom({
  dataDir,
  appVersion: 'backup-child',
  migrationsDir,
  scheduleBackups: false,
  log: (line) => process.stderr.write(`${line}\n`),
});
const connection = app.openConnection('cli', `backup-child-${process.pid}`);
const manager = staffPasswords.office_manager;

/** No top-level await: the test bundles this file to CommonJS. */
const main = async () => {
  const login = await app.call(connection, 'auth.login', { username: manager.username, password: manager.password });
  if (!login.ok) throw new Error(`login: ${JSON.stringify(login.error)}`);
  process.stdout.write('ready\n');
  const run = await app.call(connection, 'backup.runNow', {});
  if (!run.ok) throw new Error(`runNow: ${JSON.stringify(run.error)}`);
  process.stdout.write(`done ${(run.value as { status: string }).status}\n`);
  app.close();
};

main().catch((error: unknown) => {
  process.stderr.write(`backup-child: ${String(error)}\n`);
  process.exit(2);
});
