import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type BackupManifest, backupExtension, loadMigrations, sha256File, sidecarPathOf } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { Vault } from '../vault';
import { promote, removeQuietly } from './file-ops';
import { runWorkerTask } from './worker-client';

/**
 * VACUUM INTO a .partial in a worker, open the copy with the key and check it, then fsync, rename and
 * write the manifest and keyring copy beside it (ARCHITECTURE.md section 5). Used by nightly runs and
 * by the safety snapshots taken before a migration or a restore.
 */
export const snapshotVerified = async (
  vault: Vault,
  target: string,
  createdAt: Date,
  appVersion: string,
): Promise<BackupManifest> => {
  const sqlite = vault.store.sqlite;
  const partial = `${target}.partial`;
  const keyHex = vault.dataKeyHex();
  const highWater = sqlite.prepare('SELECT id FROM audit_log ORDER BY id DESC LIMIT 1').pluck().get() as
    | number
    | undefined;
  const liveTables = sqlite
    .prepare(
      "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'",
    )
    .pluck()
    .all() as string[];
  const maxSchemaVersion = loadMigrations(vault.migrationsDir).length;
  try {
    await runWorkerTask({ kind: 'snapshot', databasePath: vault.paths.database, keyHex, targetPath: partial });
    const fingerprint = await runWorkerTask({ kind: 'verify', path: partial, keyHex, maxSchemaVersion });
    if (!fingerprint) throw new ChartroomError('INTERNAL', 'The backup was not verified.');
    // The copy must hold everything committed before it started, and every table the live store has.
    const missing = liveTables.filter((t) => !(t in fingerprint.tables));
    if (missing.length > 0 || fingerprint.auditHighWater.id < (highWater ?? 0)) {
      throw new ChartroomError(
        'BACKUP_MISMATCH',
        'The new backup is missing records that were saved before it started, so it was discarded.',
      );
    }
    const manifest: BackupManifest = {
      format: 'chartroom-backup',
      version: 1,
      createdAt: createdAt.toISOString(),
      appVersion,
      keyId: vault.keyring().keyId,
      practiceName:
        (sqlite.prepare('SELECT name FROM practice WHERE id = 1').pluck().get() as string | undefined) ?? '',
      sizeBytes: statSync(partial).size,
      sha256: await sha256File(partial),
      ...fingerprint,
    };
    promote(partial, target, { manifest, keyring: vault.keyring() });
    return manifest;
  } catch (error) {
    removeQuietly(partial);
    throw error;
  }
};

const pad = (n: number) => String(n).padStart(2, '0');
export const fileStamp = (d: Date) =>
  `${d.getFullYear()}${pad(d.getMonth() + 1)}${pad(d.getDate())}-${pad(d.getHours())}${pad(d.getMinutes())}${pad(d.getSeconds())}`;

const keepSafetySnapshots = 5;

/**
 * A verified copy in the data folder's safety/ folder, taken before a migration or a restore
 * changes the store (issue 3, "Automatic safety snapshots"). The newest five are kept.
 */
export const takeSafetySnapshot = async (
  vault: Vault,
  reason: 'pre-migration' | 'pre-restore',
  appVersion: string,
  now: Date,
): Promise<string> => {
  const folder = join(vault.paths.dir, 'safety');
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  // Two safety snapshots in the same second (a restore right after an upgrade) get distinct names.
  let target = join(folder, `${reason}-${fileStamp(now)}${backupExtension}`);
  for (let n = 2; existsSync(target); n++) target = join(folder, `${reason}-${fileStamp(now)}-${n}${backupExtension}`);
  await snapshotVerified(vault, target, now, appVersion);
  const snapshots = readdirSync(folder)
    .filter((name) => name.endsWith(backupExtension))
    .sort()
    .reverse();
  for (const old of snapshots.slice(keepSafetySnapshots))
    removeQuietly(join(folder, old), sidecarPathOf(join(folder, old)));
  return target;
};
