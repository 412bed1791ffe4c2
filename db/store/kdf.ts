import { hkdfSync, randomBytes } from 'node:crypto';
import { hashRaw } from '@node-rs/argon2';

/** @node-rs/argon2's Algorithm is an ambient const enum, which isolated modules cannot read; 2 is Argon2id. */
const argon2id = 2;

/**
 * Key derivation for key slots. Passwords go through Argon2id at OWASP's minimum (19 MiB, t=2, p=1;
 * SECURITY.md S6), stored per slot so stronger settings can be rolled out slot by slot. The recovery
 * key already has 240 random bits, so HKDF is enough for it.
 */
export type KdfParams =
  | { name: 'argon2id'; memoryKiB: number; iterations: number; parallelism: number; salt: string }
  | { name: 'hkdf-sha256'; salt: string };

export const defaultPasswordKdf = (): KdfParams => ({
  name: 'argon2id',
  memoryKiB: 19_456,
  iterations: 2,
  parallelism: 1,
  salt: randomBytes(16).toString('base64'),
});

export const recoveryKdf = (): KdfParams => ({ name: 'hkdf-sha256', salt: randomBytes(16).toString('base64') });

export const deriveKey = async (secret: Buffer | string, params: KdfParams): Promise<Buffer> => {
  const salt = Buffer.from(params.salt, 'base64');
  if (params.name === 'hkdf-sha256') {
    return Buffer.from(hkdfSync('sha256', secret, salt, 'chartroom recovery slot v1', 32));
  }
  const raw = await hashRaw(typeof secret === 'string' ? secret.normalize('NFKC') : secret, {
    algorithm: argon2id,
    memoryCost: params.memoryKiB,
    timeCost: params.iterations,
    parallelism: params.parallelism,
    outputLen: 32,
    salt,
  });
  return Buffer.from(raw);
};
