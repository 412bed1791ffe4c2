import type { BackupManifest, DatabaseFingerprint, SnapshotMethod } from '../../../../db';

/** Messages between the backup service and its worker thread, which owns its own connection. */
export type WorkerTask =
  | { kind: 'snapshot'; databasePath: string; keyHex: string; targetPath: string }
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
