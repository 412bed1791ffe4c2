import { randomBytes } from 'node:crypto';
import { ChartroomError } from '../../electron/contract/errors';

/**
 * The practice recovery key: 240 random bits written as 12 groups of 5 Crockford base32 characters.
 * Each group carries 4 data characters and 1 check character that also depends on the group's
 * position, so a typo or a swapped group is caught before any decryption is tried, and the user is
 * told which group to look at again (SECURITY.md: "checksum catches typos before any decrypt").
 */
const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const groupCount = 12;
const dataPerGroup = 4;
const weights = [1, 3, 5, 7] as const; // odd weights: any single-character change alters the check mod 32

const checkCharacter = (groupIndex: number, values: readonly number[]): string => {
  const sum = values.reduce((total, value, i) => total + value * weights[i]!, groupIndex * 5 + 11);
  return alphabet[sum % 32]!;
};

/** 30 bytes <-> 48 five-bit values. */
const toFiveBitValues = (bytes: Buffer): number[] => {
  const values: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const byte of bytes) {
    buffer = (buffer << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      bits -= 5;
      values.push((buffer >> bits) & 31);
    }
  }
  return values;
};

const fromFiveBitValues = (values: readonly number[]): Buffer => {
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (const value of values) {
    buffer = ((buffer << 5) | value) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 255);
    }
  }
  return Buffer.from(bytes);
};

export interface RecoveryKey {
  /** The secret itself (30 bytes): input to the recovery slot's key derivation. */
  secret: Buffer;
  groups: string[];
  formatted: string;
}

const format = (secret: Buffer): RecoveryKey => {
  const values = toFiveBitValues(secret);
  const groups: string[] = [];
  for (let g = 0; g < groupCount; g++) {
    const chunk = values.slice(g * dataPerGroup, (g + 1) * dataPerGroup);
    groups.push(chunk.map((v) => alphabet[v]).join('') + checkCharacter(g, chunk));
  }
  return { secret, groups, formatted: groups.join('-') };
};

export const generateRecoveryKey = (): RecoveryKey => format(randomBytes(30));

/** Reads a typed recovery key; forgiving about case, spaces, dashes and look-alike letters. */
export const parseRecoveryKey = (typed: string): RecoveryKey => {
  const cleaned = typed.toUpperCase().replace(/[\s-]/g, '').replace(/O/g, '0').replace(/[IL]/g, '1');
  if (cleaned.length !== groupCount * (dataPerGroup + 1)) {
    throw new ChartroomError(
      'RECOVERY_KEY_TYPO',
      `A recovery key has ${groupCount} groups of 5 characters; this one has ${cleaned.length} characters. Check it against the printed sheet.`,
      'recoveryKey',
    );
  }
  const values: number[] = [];
  for (let g = 0; g < groupCount; g++) {
    const group = cleaned.slice(g * 5, g * 5 + 5);
    const chunk = [...group.slice(0, dataPerGroup)].map((c) => alphabet.indexOf(c));
    if (chunk.some((v) => v < 0) || checkCharacter(g, chunk) !== group[dataPerGroup]) {
      throw new ChartroomError(
        'RECOVERY_KEY_TYPO',
        `Group ${g + 1} of the recovery key (${group}) has a typo. Check that group against the printed sheet.`,
        'recoveryKey',
      );
    }
    values.push(...chunk);
  }
  return format(fromFiveBitValues(values));
};
