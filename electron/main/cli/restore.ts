import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { describeBackup } from '../services/backup/backup-info';
import { readRecoveryKeyFile } from './backup';
import { closeCli, openCli, required } from './shared';

/**
 * `restore`: bring a practice back into a new or broken data folder from a backup and the recovery
 * key (SECURITY.md S18). A folder that already holds a working practice is refused.
 */
export const restore = async (args: string[]) => {
  const { values } = parseArgs({
    args,
    options: { from: { type: 'string' }, 'recovery-key-file': { type: 'string' }, 'data-dir': { type: 'string' } },
  });
  const path = resolve(required(values, 'from'));
  const recoveryKey = readRecoveryKeyFile(required(values, 'recovery-key-file'));
  const dataDir = required(values, 'data-dir');
  const session = openCli(dataDir);
  try {
    const result = await session.call<{ previousKeptAt: string }>('setup.restore', { path, unlock: { recoveryKey } });
    console.log(`Restored ${path} into ${dataDir}.`);
    if (result.previousKeptAt) console.log(`What was in the folder before is kept in ${result.previousKeptAt}.`);
    for (const count of (await describeBackup(path, null)).counts) console.log(`${count.label}\t${count.rows}`);
  } finally {
    closeCli(session.app, session.connection);
  }
};
