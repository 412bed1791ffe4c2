import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { defaultMigrationsDir, keyConnection, openKeyed, openStore } from '../../db';
import { tempDir } from '../helpers/practice';

/**
 * The store cipher (db/store/cipher.ts): new stores are AEGIS, stores made before the switch are
 * ChaCha20-Poly1305 and still open, and a wrong key opens neither.
 */
const dirs: string[] = [];
const newPath = () => {
  const dir = tempDir();
  dirs.push(dir);
  return join(dir, 'chartroom.db');
};
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});
const readsWith = (path: string, keyHex: string, cipher: 'aegis' | 'chacha20'): boolean => {
  const sqlite = new Database(path, { fileMustExist: true, readonly: true });
  try {
    keyConnection(sqlite, keyHex, cipher);
    sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
    return true;
  } catch {
    return false;
  } finally {
    sqlite.close();
  }
};

describe('the store cipher', () => {
  const migrationsDir = defaultMigrationsDir();

  it('makes new stores with AEGIS, which ChaCha20 cannot read', () => {
    const path = newPath();
    const key = randomBytes(32);
    openStore({ path, dataKey: key, migrationsDir, create: true }).close();
    expect(readsWith(path, key.toString('hex'), 'aegis')).toBe(true);
    expect(readsWith(path, key.toString('hex'), 'chacha20')).toBe(false);
  });

  it('still opens a ChaCha20 store made before the switch, and says which cipher it is', () => {
    const path = newPath();
    const key = randomBytes(32);
    const legacy = new Database(path);
    keyConnection(legacy, key.toString('hex'), 'chacha20');
    legacy.exec("CREATE TABLE old_rows (x); INSERT INTO old_rows VALUES ('kept')");
    legacy.close();
    const opened = openKeyed(path, key.toString('hex'));
    try {
      expect(opened.cipher).toBe('chacha20');
      expect(opened.sqlite.prepare('SELECT x FROM old_rows').pluck().get()).toBe('kept');
    } finally {
      opened.sqlite.close();
    }
  });

  it('refuses a wrong key under every cipher with SQLITE_NOTADB', () => {
    const path = newPath();
    openStore({ path, dataKey: randomBytes(32), migrationsDir, create: true }).close();
    expect(() => openKeyed(path, randomBytes(32).toString('hex'))).toThrow(
      expect.objectContaining({ code: 'SQLITE_NOTADB' }),
    );
  });
});
