import { randomBytes } from 'node:crypto';
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultMigrationsDir, loadMigrations, openKeyed, openStore, schemaVersion } from '../../db';
import { tempDir } from '../helpers/practice';

const dirs: string[] = [];
const newStorePath = () => {
  const dir = tempDir();
  dirs.push(dir);
  return join(dir, 'chartroom.db');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe('migrations', () => {
  const migrationsDir = defaultMigrationsDir();

  it('apply all at create and record their count in user_version', () => {
    const store = openStore({ path: newStorePath(), dataKey: randomBytes(32), migrationsDir, create: true });
    expect(schemaVersion(store.sqlite)).toBe(loadMigrations(migrationsDir).length);
    const tables = store.sqlite
      .prepare("SELECT name FROM sqlite_master WHERE type IN ('table') ORDER BY name")
      .pluck()
      .all();
    expect(tables).toEqual(
      expect.arrayContaining([
        'audit_log',
        'patients',
        'patient_history',
        'users',
        'practice',
        'drafts',
        'patient_search',
      ]),
    );
    store.close();
  });

  it('refuse a database written by a newer Chartroom and leave it untouched (S20)', () => {
    const path = newStorePath();
    const key = randomBytes(32);
    openStore({ path, dataKey: key, migrationsDir, create: true }).close();
    const raw = openKeyed(path, key.toString('hex')).sqlite;
    raw.pragma('user_version = 999');
    raw.close();
    expect(() => openStore({ path, dataKey: key, migrationsDir })).toThrow(/newer version of Chartroom/);
    const check = openKeyed(path, key.toString('hex')).sqlite;
    expect(check.pragma('user_version', { simple: true })).toBe(999);
    check.close();
  });

  it('roll back whole when a migration throws midway (S20)', () => {
    const path = newStorePath();
    const key = randomBytes(32);
    const store = openStore({ path, dataKey: key, migrationsDir, create: true });
    const before = store.sqlite.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all();
    const applied = schemaVersion(store.sqlite);
    store.close();
    // A fake next migration that creates a table and then fails: neither may remain.
    const failing = `${tempDir()}/migrations`;
    dirs.push(failing);
    cpSync(migrationsDir, failing, { recursive: true });
    const journal = JSON.parse(readFileSync(join(failing, 'meta/_journal.json'), 'utf8'));
    journal.entries.push({ idx: applied, version: '6', when: Date.now(), tag: '9999_failing', breakpoints: true });
    writeFileSync(join(failing, 'meta/_journal.json'), JSON.stringify(journal));
    writeFileSync(
      join(failing, '9999_failing.sql'),
      'CREATE TABLE half_done (x);\n--> statement-breakpoint\nINSERT INTO no_such_table VALUES (1);',
    );
    expect(() => openStore({ path, dataKey: key, migrationsDir: failing })).toThrow(/no such table/);
    const after = openStore({ path, dataKey: key, migrationsDir });
    expect(schemaVersion(after.sqlite)).toBe(applied);
    expect(after.sqlite.prepare('SELECT sql FROM sqlite_master ORDER BY name').pluck().all()).toEqual(before);
    after.close();
  });
});
