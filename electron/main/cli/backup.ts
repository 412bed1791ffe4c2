import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultMigrationsDir, loadMigrations, sha256File } from '../../../db';
import type { BackupRunDto } from '../../contract/backup';
import { describeBackup } from '../services/backup/backup-info';
import { readSidecar } from '../services/backup/sidecar';
import { unlockBackupKey } from '../services/backup/unlock';
import { runWorkerTask } from '../services/backup/worker-client';
import { CommandError, closeCli, openCli, required, signIn, UsageError } from './shared';

export const readRecoveryKeyFile = (path: string): string => {
  try {
    // The file the wizard saves has a title line and a note; the key is the line of 12 groups.
    const text = readFileSync(path, 'utf8');
    return (
      text
        .split(/\r?\n/)
        .find((line) => /^([0-9A-Za-z]{5}-){11}[0-9A-Za-z]{5}$/.test(line.trim()))
        ?.trim() ?? text.trim()
    );
  } catch {
    throw new CommandError(`The recovery key file ${path} cannot be read.`);
  }
};

/** `backup run`: back up now to every destination (adding any --dest folders as destinations). */
const run = async (args: string[]) => {
  const { values } = parseArgs({
    args,
    options: {
      'data-dir': { type: 'string' },
      user: { type: 'string' },
      'password-file': { type: 'string' },
      dest: { type: 'string', multiple: true },
    },
  });
  const session = openCli(required(values, 'data-dir'));
  try {
    await signIn(session, values);
    const known = await session.call<{ path: string; active: boolean }[]>('backup.listDestinations', {});
    for (const dest of values.dest ?? []) {
      const path = resolve(dest);
      if (known.some((d) => d.active && d.path === path)) continue;
      await session.call('backup.addDestination', { label: `Folder ${path}`, path, offsite: false });
      console.error(`Added ${path} as a backup destination; it will receive the nightly backups too.`);
    }
    const result = await session.call<BackupRunDto>('backup.runNow', {});
    for (const copy of result.copies.filter((c) => c.status === 'verified')) console.log(copy.path);
    if (result.status !== 'succeeded')
      throw new CommandError(result.error || 'The backup did not reach every destination.');
  } finally {
    closeCli(session.app, session.connection);
  }
};

/** `backup verify`: open a backup with the recovery key and check it against its manifest; prints the record counts. */
const verify = async (args: string[]) => {
  const { values } = parseArgs({
    args,
    options: { file: { type: 'string' }, 'recovery-key-file': { type: 'string' } },
  });
  const path = resolve(required(values, 'file'));
  const sidecar = readSidecar(path);
  const key = await unlockBackupKey(sidecar, {
    recoveryKey: readRecoveryKeyFile(required(values, 'recovery-key-file')),
  });
  try {
    await runWorkerTask({
      kind: 'verify',
      path,
      keyHex: key.toString('hex'),
      manifest: sidecar.manifest,
      sha256: await sha256File(path),
      maxSchemaVersion: loadMigrations(defaultMigrationsDir()).length,
    });
  } finally {
    key.fill(0);
  }
  const info = await describeBackup(path, null);
  console.log(`Verified: ${path} (made ${info.createdAt}, ${info.sizeBytes} bytes, Chartroom ${info.appVersion})`);
  for (const count of info.counts) console.log(`${count.label}\t${count.rows}`);
};

export const backup = async (args: string[]) => {
  const [action, ...rest] = args;
  if (action === 'run') return run(rest);
  if (action === 'verify') return verify(rest);
  throw new UsageError('Use "backup run" or "backup verify".');
};
