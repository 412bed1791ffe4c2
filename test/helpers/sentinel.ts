import { createHash, randomUUID } from 'node:crypto';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { keyring, openKeyed } from '../../db';

/**
 * Evidence for the security suite (SECURITY.md S1, S2, S8, S9): sentinels and byte scans, file
 * fingerprints, raw reads of the audit log, and a second keyed connection that plays the attacker
 * with the key. Everything here reads real files and real databases; nothing stands in for our code.
 */

/** A unique marker written into patient fields; a leak anywhere on disk is then a plain byte match. */
export const newSentinel = (): string => `SENTINEL_${randomUUID()}`;

/**
 * Byte patterns that betray a sentinel: as typed, case-folded (search keys and the FTS index fold
 * case), as UTF-16 (a stray Buffer or journal written in another encoding), and its last uuid group
 * alone (the search tokenizer splits on '_' and '-', so a leaked index would hold only the pieces).
 */
export const sentinelNeedles = (sentinel: string): { label: string; bytes: Buffer }[] => {
  const lastGroup = sentinel.slice(sentinel.lastIndexOf('-') + 1);
  const forms = new Set([sentinel, sentinel.toLowerCase(), sentinel.toUpperCase(), lastGroup, lastGroup.toUpperCase()]);
  return [
    ...[...forms].map((form) => ({ label: form, bytes: Buffer.from(form, 'utf8') })),
    { label: `${sentinel} (utf-16le)`, bytes: Buffer.from(sentinel, 'utf16le') },
  ];
};

/** Every regular file under `root` (recursively), skipping symlinks and anything that vanishes or cannot be read. */
export const listFiles = (root: string): string[] => {
  const files: string[] = [];
  const walk = (path: string) => {
    let stat: ReturnType<typeof lstatSync>;
    try {
      stat = lstatSync(path);
    } catch {
      return;
    }
    if (stat.isFile()) files.push(path);
    else if (stat.isDirectory()) {
      let names: string[] = [];
      try {
        names = readdirSync(path);
      } catch {
        return;
      }
      for (const name of names) walk(join(path, name));
    }
  };
  walk(root);
  return files;
};

export interface Hit {
  file: string;
  needle: string;
  offset: number;
}

/** Searches all the bytes of each file (no sampling) for each needle. */
export const scanFiles = (files: readonly string[], needles: readonly { label: string; bytes: Buffer }[]): Hit[] => {
  const hits: Hit[] = [];
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch {
      continue;
    }
    for (const needle of needles) {
      const offset = bytes.indexOf(needle.bytes);
      if (offset >= 0) hits.push({ file, needle: needle.label, offset });
    }
  }
  return hits;
};

/** The names directly inside a folder now, to find what a test created there later. */
export const entriesOf = (dir: string): Set<string> => new Set(existsSync(dir) ? readdirSync(dir) : []);

export interface Fingerprint {
  size: number;
  mtimeMs: number;
  sha256: string;
}

/** Size, mtime and SHA-256 of every file under a folder, keyed by path relative to it. */
export const fingerprintDir = (dir: string): Record<string, Fingerprint> => {
  const prints: Record<string, Fingerprint> = {};
  for (const file of listFiles(dir).sort()) {
    const stat = lstatSync(file);
    prints[file.slice(dir.length + 1)] = {
      size: stat.size,
      mtimeMs: stat.mtimeMs,
      sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
    };
  }
  return prints;
};

export interface AuditRecord {
  id: number;
  at: string;
  userId: number | null;
  username: string;
  action: string;
  outcome: 'success' | 'failure';
  patientId: number | null;
  entity: string;
  entityId: string;
  workstation: string;
  detail: string;
}

/** Audit rows with an id above `afterId`, oldest first, read straight from the table. */
export const auditRowsAfter = (sqlite: Database.Database, afterId = 0): AuditRecord[] =>
  sqlite
    .prepare(
      `SELECT id, at, user_id AS userId, username, action, outcome, patient_id AS patientId, entity,
              entity_id AS entityId, workstation, detail
         FROM audit_log WHERE id > ? ORDER BY id`,
    )
    .all(afterId) as AuditRecord[];

export const lastAuditId = (sqlite: Database.Database): number =>
  (sqlite.prepare('SELECT coalesce(max(id), 0) AS id FROM audit_log').get() as { id: number }).id;

export const countRows = (sqlite: Database.Database, table: string): number =>
  (sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

/** Every table's row count, e.g. to prove that a refused or failed import wrote nothing anywhere. */
export const rowCountsByTable = (sqlite: Database.Database): Record<string, number> => {
  const tables = sqlite
    .prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")
    .all() as { name: string }[];
  return Object.fromEntries(tables.map(({ name }) => [name, countRows(sqlite, `"${name}"`)]));
};

/** The raw data key, unwrapped from the keyring with a staff password, as anyone holding both could. */
export const unwrapDataKey = async (dataDir: string, username: string, password: string): Promise<Buffer> => {
  const ring = keyring.readKeyring(join(dataDir, keyring.keyringFileName));
  const key = await keyring.unlockWithPassword(ring, username, password);
  if (!key) throw new Error(`The password of ${username} does not unwrap the data key.`);
  return key;
};

/**
 * A second connection to the live database with the real key, outside the app: what an attacker
 * with the key, or a careless admin tool, could do behind Chartroom's back.
 */
export const openKeyedConnection = (databasePath: string, dataKey: Buffer): Database.Database => {
  return openKeyed(databasePath, dataKey.toString('hex')).sqlite;
};
