import type { BackupManifest, DatabaseFingerprint, SnapshotMethod } from '../../../../db';

/** Messages between the main process and its worker thread (backups, store checks), which owns its own connection. */
export type WorkerTask =
  | { kind: 'snapshot'; databasePath: string; keyHex: string; targetPath: string }
  /** quick_check of the live store on the worker's own read-only connection (a consistent WAL snapshot). */
  | { kind: 'check-store'; databasePath: string; keyHex: string }
  | {
      kind: 'verify';
      path: string;
      keyHex: string;
      manifest?: Pick<BackupManifest, 'tables' | 'schemaVersion' | 'sizeBytes' | 'sha256'>;
      sha256?: string;
      maxSchemaVersion: number;
    };

export type WorkerReply =
  | { ok: true; fingerprint?: DatabaseFingerprint; method?: SnapshotMethod }
  | { ok: false; code: string; message: string; sqliteCode?: string };
