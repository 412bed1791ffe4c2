import { createCipheriv, createDecipheriv, createHash, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { ChartroomError } from '../../electron/contract/errors';
import { writeFileAtomic } from './atomic-file';
import { defaultPasswordKdf, deriveKey, type KdfParams, recoveryKdf } from './kdf';

/**
 * The keyring (ARCHITECTURE.md section 4, "Key slots, like LUKS"): the random 256-bit data key that
 * opens the chart database is stored only wrapped with AES-256-GCM, once per staff password and once
 * for the practice recovery key. The file holds no PHI and no password; usernames are stored hashed.
 */
export interface WrappedKey {
  iv: string;
  ciphertext: string;
  tag: string;
}
export interface KeySlot {
  id: string;
  kind: 'password' | 'recovery';
  /** sha256(keyId:username) for password slots; '' for the recovery slot. */
  lookup: string;
  kdf: KdfParams;
  wrapped: WrappedKey;
  createdAt: string;
}
export interface Keyring {
  format: 'chartroom-keyring';
  version: 1;
  keyId: string;
  createdAt: string;
  slots: KeySlot[];
}

export const keyringFileName = 'keyring.json';

const aad = (keyId: string, slotId: string) => Buffer.from(`chartroom-keyring:v1:${keyId}:${slotId}`);

export const usernameLookup = (keyId: string, username: string): string =>
  createHash('sha256').update(`${keyId}:${username.toLowerCase()}`).digest('hex');

const wrap = (dataKey: Buffer, wrappingKey: Buffer, keyId: string, slotId: string): WrappedKey => {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, iv);
  cipher.setAAD(aad(keyId, slotId));
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    iv: iv.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
};

/** Returns the data key, or null when the wrapping key is wrong (GCM authentication fails). */
const unwrap = (slot: KeySlot, wrappingKey: Buffer, keyId: string): Buffer | null => {
  try {
    const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(slot.wrapped.iv, 'base64'));
    decipher.setAAD(aad(keyId, slot.id));
    decipher.setAuthTag(Buffer.from(slot.wrapped.tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(slot.wrapped.ciphertext, 'base64')), decipher.final()]);
  } catch {
    return null;
  }
};

export const newKeyring = (): Keyring => ({
  format: 'chartroom-keyring',
  version: 1,
  keyId: randomUUID(),
  createdAt: new Date().toISOString(),
  slots: [],
});

export const passwordSlot = async (
  keyring: Keyring,
  dataKey: Buffer,
  username: string,
  password: string,
): Promise<KeySlot> => {
  const id = randomUUID();
  const kdf = defaultPasswordKdf();
  const wrappingKey = await deriveKey(password, kdf);
  return {
    id,
    kind: 'password',
    lookup: usernameLookup(keyring.keyId, username),
    kdf,
    wrapped: wrap(dataKey, wrappingKey, keyring.keyId, id),
    createdAt: new Date().toISOString(),
  };
};

export const recoverySlot = async (keyring: Keyring, dataKey: Buffer, recoverySecret: Buffer): Promise<KeySlot> => {
  const id = randomUUID();
  const kdf = recoveryKdf();
  const wrappingKey = await deriveKey(recoverySecret, kdf);
  return {
    id,
    kind: 'recovery',
    lookup: '',
    kdf,
    wrapped: wrap(dataKey, wrappingKey, keyring.keyId, id),
    createdAt: new Date().toISOString(),
  };
};

/** A stand-in slot for unknown usernames, so a wrong username costs the same time as a wrong password (S5). */
const decoySlot: KeySlot = {
  id: 'decoy',
  kind: 'password',
  lookup: '',
  kdf: { ...defaultPasswordKdf(), salt: Buffer.alloc(16).toString('base64') },
  wrapped: { iv: Buffer.alloc(12).toString('base64'), ciphertext: Buffer.alloc(32).toString('base64'), tag: '' },
  createdAt: '',
};

/** Tries the user's slot; returns the data key or null. Always runs the KDF, whether or not the user exists. */
export const unlockWithPassword = async (
  keyring: Keyring,
  username: string,
  password: string,
): Promise<Buffer | null> => {
  const lookup = usernameLookup(keyring.keyId, username);
  const slot = keyring.slots.find((s) => s.kind === 'password' && s.lookup === lookup);
  const wrappingKey = await deriveKey(password, slot?.kdf ?? decoySlot.kdf);
  return slot ? unwrap(slot, wrappingKey, keyring.keyId) : null;
};

export const unlockWithRecoverySecret = async (keyring: Keyring, secret: Buffer): Promise<Buffer | null> => {
  for (const slot of keyring.slots.filter((s) => s.kind === 'recovery')) {
    const dataKey = unwrap(slot, await deriveKey(secret, slot.kdf), keyring.keyId);
    if (dataKey) return dataKey;
  }
  return null;
};

export const hasPasswordSlot = (keyring: Keyring, username: string): boolean =>
  keyring.slots.some((s) => s.kind === 'password' && s.lookup === usernameLookup(keyring.keyId, username));

/** Replaces the user's password slot (or adds it), returning a new keyring; the caller saves it. */
export const withPasswordSlot = (keyring: Keyring, username: string, slot: KeySlot): Keyring => {
  const lookup = usernameLookup(keyring.keyId, username);
  return { ...keyring, slots: [...keyring.slots.filter((s) => s.lookup !== lookup || s.kind !== 'password'), slot] };
};

export const withoutPasswordSlot = (keyring: Keyring, username: string): Keyring => {
  const lookup = usernameLookup(keyring.keyId, username);
  return { ...keyring, slots: keyring.slots.filter((s) => s.lookup !== lookup || s.kind !== 'password') };
};

const isKeyring = (value: unknown): value is Keyring => {
  const k = value as Keyring;
  return (
    typeof k === 'object' &&
    k !== null &&
    k.format === 'chartroom-keyring' &&
    k.version === 1 &&
    typeof k.keyId === 'string' &&
    Array.isArray(k.slots) &&
    k.slots.every(
      (s) =>
        typeof s?.id === 'string' && typeof s?.wrapped?.ciphertext === 'string' && typeof s?.kdf?.salt === 'string',
    )
  );
};

export const readKeyring = (path: string): Keyring => {
  if (!existsSync(path)) {
    throw new ChartroomError(
      'KEYRING_MISSING',
      `The key file (${keyringFileName}) is missing from the data folder, so the charts cannot be unlocked. Copy the keyring saved with your latest backup back into the data folder, or restore the practice from a backup with the recovery key.`,
    );
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    parsed = null;
  }
  if (!isKeyring(parsed)) {
    throw new ChartroomError(
      'KEYRING_CORRUPT',
      `The key file (${keyringFileName}) is damaged, so the charts cannot be unlocked. Nothing was changed. Copy the keyring saved with your latest backup into the data folder, or restore the practice from a backup with the recovery key.`,
    );
  }
  return parsed;
};

export const writeKeyring = (path: string, keyring: Keyring): void => {
  writeFileAtomic(path, `${JSON.stringify(keyring, null, 2)}\n`);
};
