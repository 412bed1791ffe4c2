import type { ChartStore } from './open';

/**
 * Every write transaction starts IMMEDIATE. A deferred one reads first and upgrades to writing later;
 * if another connection (the backup worker's checkpoint) moved the WAL on in between, SQLite answers
 * SQLITE_BUSY at once, without waiting on busy_timeout. Taking the write lock at BEGIN makes the
 * transaction wait its turn instead (sqlite.org/lang_transaction.html). Nested calls become savepoints.
 */
export const withTransaction = <T>(store: Pick<ChartStore, 'sqlite'>, work: () => T): T =>
  store.sqlite.transaction(work).immediate();
