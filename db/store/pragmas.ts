import type Database from 'better-sqlite3';
import { ChartroomError } from '../../electron/contract/errors';

/**
 * Pragmas set on every connection and read back (ARCHITECTURE.md section 4). Each one closes a trap:
 * WAL reopens at synchronous=NORMAL unless told FULL; temp tables spill PLAINTEXT to /var/tmp unless
 * temp_store=MEMORY; mmap would bypass the cipher's page handling.
 */
export const requiredPragmas = {
  journal_mode: 'wal',
  synchronous: 2, // FULL
  temp_store: 2, // MEMORY
  foreign_keys: 1,
  secure_delete: 1,
  trusted_schema: 0,
  mmap_size: 0,
  busy_timeout: 5000,
  // INSERT OR REPLACE deletes the row it replaces; only with recursive triggers do the append-only
  // BEFORE DELETE triggers (audit log, history, patients, users) see that delete and abort it.
  recursive_triggers: 1,
} as const;

/** 64 MiB page cache: the search index and hot tables of a 100k-patient practice stay in memory. */
const cacheSizeKiB = 65_536;

export const applyPragmas = (sqlite: Database.Database, options: { readonly?: boolean } = {}): void => {
  if (!options.readonly) sqlite.pragma(`journal_mode = ${requiredPragmas.journal_mode}`);
  for (const name of [
    'synchronous',
    'temp_store',
    'foreign_keys',
    'secure_delete',
    'trusted_schema',
    'mmap_size',
    'busy_timeout',
    'recursive_triggers',
  ] as const) {
    sqlite.pragma(`${name} = ${requiredPragmas[name]}`);
  }
  sqlite.pragma(`cache_size = -${cacheSizeKiB}`);
  assertPragmas(sqlite, options);
};

export const readPragmas = (sqlite: Database.Database): Record<keyof typeof requiredPragmas, unknown> => ({
  journal_mode: sqlite.pragma('journal_mode', { simple: true }),
  synchronous: sqlite.pragma('synchronous', { simple: true }),
  temp_store: sqlite.pragma('temp_store', { simple: true }),
  foreign_keys: sqlite.pragma('foreign_keys', { simple: true }),
  secure_delete: sqlite.pragma('secure_delete', { simple: true }),
  trusted_schema: sqlite.pragma('trusted_schema', { simple: true }),
  mmap_size: sqlite.pragma('mmap_size', { simple: true }),
  busy_timeout: sqlite.pragma('busy_timeout', { simple: true }),
  recursive_triggers: sqlite.pragma('recursive_triggers', { simple: true }),
});

const assertPragmas = (sqlite: Database.Database, options: { readonly?: boolean }): void => {
  const actual = readPragmas(sqlite);
  for (const [name, expected] of Object.entries(requiredPragmas)) {
    if (name === 'journal_mode' && options.readonly) continue;
    if (actual[name as keyof typeof requiredPragmas] !== expected) {
      throw new ChartroomError(
        'INTERNAL',
        `The chart store did not accept its safety setting ${name}; it was not opened.`,
      );
    }
  }
};
