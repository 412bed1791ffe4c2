/**
 * The store's public surface (ARCHITECTURE.md section 2, rule 5): electron/main reaches the database
 * only through this file.
 */
export * as repositories from './repositories';
export { foldForSearch, phoneSearchTokens } from './repositories/search-keys';
export * as schema from './schema';
export { fsyncDirectory, writeFileAtomic } from './store/atomic-file';
export {
  assertPlainBackupPath,
  type BackupManifest,
  type BackupSidecar,
  backupExtension,
  type DatabaseFingerprint,
  fingerprintDatabase,
  sha256File,
  sidecarPathOf,
  snapshotDatabase,
  verifyBackupDatabase,
} from './store/backup-file';
export { keyConnection, openKeyed } from './store/cipher';
export { type SnapshotMethod, snapshotByCopy } from './store/consistent-copy';
export { assertSafeStorePath, type DataDirPaths, dataDirPaths, ensureDataDir, inspectDataDir } from './store/data-dir';
export * as keyring from './store/keyring';
export { defaultMigrationsDir, loadMigrations, migrate, schemaVersion } from './store/migrate';
export {
  assertQuickCheck,
  type ChartDb,
  type ChartStore,
  isDamaged,
  isPlainSqliteFile,
  openStore,
  preflightDatabaseFile,
  unreadable,
} from './store/open';
export { applyPragmas, readPragmas, requiredPragmas } from './store/pragmas';
export { generateRecoveryKey, parseRecoveryKey, type RecoveryKey } from './store/recovery-key';
export { withTransaction } from './store/transaction';
