import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fingerprintDatabase, loadMigrations } from '../../db';
import {
  addPatients,
  backupsIn,
  createPracticeAt,
  dataKeyOf,
  manager as managerLogin,
  migrationsCopy,
  openPracticeAt,
  type Practice,
  readSidecarFile,
  verifyOnDisk,
} from '../helpers/backup-fixtures';
import { callerFor, tempDir } from '../helpers/practice';
import { openKeyedConnection } from '../helpers/sentinel';

/**
 * SECURITY.md S20 "Upgrades are safe" and issue 3 "Automatic safety snapshots": a store one
 * migration behind (a later release adds a migration) is opened by that release at sign-in: a verified pre-migration snapshot is in safety/ and the migration is
 * applied. A migration that throws midway leaves the schema and the data unchanged, with its
 * snapshot present, and a plain refusal; the practice still opens with a working build afterwards.
 */
describe('S20: safety snapshot before a migration', () => {
  let base: string;
  let practice: Practice;
  let previous: string;
  let broken: string;
  let current: number;

  beforeAll(async () => {
    base = tempDir('chartroom-migrate-');
    // The store is written by this build; "a later release" adds one migration on top. Writing it with
    // the real previous migrations would run today's code against yesterday's schema.
    const laterRelease = {
      tag: '9998_a_later_release',
      sql: 'CREATE TABLE later_feature (x INTEGER);\n--> statement-breakpoint\nCREATE INDEX later_feature_x ON later_feature (x);\n',
    };
    previous = migrationsCopy(join(base, 'migrations-previous'));
    current = loadMigrations(migrationsCopy(join(base, 'migrations-now'), [laterRelease])).length;
    broken = migrationsCopy(join(base, 'migrations-broken'), [
      laterRelease,
      {
        tag: '9999_throws_midway',
        sql: 'CREATE TABLE half_done (x INTEGER);\n--> statement-breakpoint\nINSERT INTO half_done VALUES (1);\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);\n',
      },
    ]);
    practice = await createPracticeAt(join(base, 'data'), { migrationsDir: previous });
    addPatients(practice, 20);
    practice.close();
  }, 60_000);

  afterAll(() => {
    practice?.close();
    if (base) rmSync(base, { recursive: true, force: true });
  });

  const readStore = async <T>(read: (sqlite: ReturnType<typeof openKeyedConnection>) => T): Promise<T> => {
    const sqlite = openKeyedConnection(join(practice.dir, 'chartroom.db'), await dataKeyOf(practice.dir));
    try {
      return read(sqlite);
    } finally {
      sqlite.close();
    }
  };
  const snapshots = () => backupsIn(join(practice.dir, 'safety')).filter((n) => n.startsWith('pre-migration-'));

  it('a store one migration behind: a verified pre-migration snapshot, then the migration applied', async () => {
    const before = await readStore((sqlite) => fingerprintDatabase(sqlite));
    expect(before.schemaVersion).toBe(current - 1);
    expect(snapshots()).toEqual([]);

    practice = openPracticeAt(practice.dir, practice.recoveryKey, join(base, 'migrations-now'));
    await practice.manager();
    const store = practice.app.services.vault.store;
    expect(store.sqlite.pragma('user_version', { simple: true })).toBe(current);

    const [snapshot] = snapshots();
    expect(snapshot, 'no pre-migration snapshot in safety/').toBeDefined();
    const path = join(practice.dir, 'safety', snapshot!);
    const verified = verifyOnDisk(path, await dataKeyOf(practice.dir), join(base, 'migrations-now'));
    expect(verified.sidecar).toBe(true);
    // The snapshot is the store exactly as it was before the migration.
    expect(verified.schemaVersion).toBe(current - 1);
    expect(readSidecarFile(path).manifest.schemaVersion).toBe(current - 1);
    for (const [table, print] of Object.entries(before.tables)) expect(verified.tables[table], table).toEqual(print);
    practice.close();
  }, 60_000);

  it('a migration that throws midway: schema and data unchanged, the snapshot present, a plain refusal', async () => {
    const before = await readStore((sqlite) => fingerprintDatabase(sqlite));
    const snapshotsBefore = snapshots();

    practice = openPracticeAt(practice.dir, practice.recoveryKey, broken);
    const caller = callerFor(practice.app, practice.app.openConnection('http', 'ws'));
    const login = await caller.call('auth.login', { username: managerLogin.username, password: managerLogin.password });
    expect(login.ok).toBe(false);
    if (!login.ok) expect(login.error.message).not.toMatch(/SQLITE|no such table|half_done|Error:/);
    expect(practice.app.services.vault.isOpen).toBe(false);
    practice.close();

    // Nothing of the half-applied migration is left: same schema version, same tables, same rows.
    const after = await readStore((sqlite) => ({
      print: fingerprintDatabase(sqlite),
      halfDone: sqlite.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'half_done'").pluck().get(),
    }));
    expect(after.halfDone).toBe(0);
    expect(after.print).toEqual(before);

    // A verified snapshot of the store as it was was taken before the attempt.
    const taken = snapshots().filter((n) => !snapshotsBefore.includes(n));
    expect(taken).toHaveLength(1);
    const verified = verifyOnDisk(
      join(practice.dir, 'safety', taken[0]!),
      await dataKeyOf(practice.dir),
      join(base, 'migrations-now'),
    );
    expect(verified.sidecar).toBe(true);
    expect(verified.schemaVersion).toBe(current);
    expect(verified.tables.patients).toEqual(before.tables.patients);

    // The working build still opens it.
    practice = openPracticeAt(practice.dir, practice.recoveryKey, join(base, 'migrations-now'));
    await practice.manager();
    expect(practice.app.services.vault.store.sqlite.prepare('SELECT count(*) FROM patients').pluck().get()).toBe(20);
    practice.close();
  }, 60_000);
});
