import Database from 'better-sqlite3';

/**
 * The page cipher (SQLite3 Multiple Ciphers). New stores and their backups use AEGIS-256: authenticated
 * encryption like ChaCha20-Poly1305 (a changed or damaged page fails its tag and is never read as
 * data), but computed with the processor's AES instructions, so reading a page that is not in the page
 * cache costs a fraction of ChaCha20's software rounds (ARCHITECTURE.md section 9: encrypted within 1.3x
 * of plaintext; measured by `npm run bench`). Stores and backups made before the switch use
 * ChaCha20-Poly1305, the library's default, and still open: the cipher is not written in the file,
 * so each is tried in turn, newest first. Only a key that reads under one of them opens the file.
 */
export const storeCiphers = ['aegis', 'chacha20'] as const;
export type StoreCipher = (typeof storeCiphers)[number];
export const newStoreCipher: StoreCipher = 'aegis';

/** Sets the cipher, then the raw 256-bit key (`x'..'`: a passphrase would run the slow KDF on every open). */
export const keyConnection = (sqlite: Database.Database, keyHex: string, cipher: StoreCipher): void => {
  sqlite.pragma(`cipher = '${cipher}'`);
  sqlite.pragma(`key="x'${keyHex}'"`);
};

const isNotADatabase = (error: unknown): boolean => (error as { code?: unknown })?.code === 'SQLITE_NOTADB';

/**
 * Opens an existing encrypted database with whichever store cipher reads it. `PRAGMA key` succeeds for
 * any key; only the first read tells, so each cipher is proven by reading sqlite_master. When none
 * reads it, the last cipher's error is thrown (SQLITE_NOTADB: a wrong key or a damaged file).
 */
export const openKeyed = (
  path: string,
  keyHex: string,
  options: Database.Options = {},
): { sqlite: Database.Database; cipher: StoreCipher } => {
  let failure: unknown;
  for (const cipher of storeCiphers) {
    const sqlite = new Database(path, { ...options, fileMustExist: true });
    try {
      keyConnection(sqlite, keyHex, cipher);
      sqlite.prepare('SELECT count(*) FROM sqlite_master').get();
      return { sqlite, cipher };
    } catch (error) {
      sqlite.close();
      if (!isNotADatabase(error)) throw error;
      failure = error;
    }
  }
  throw failure;
};
