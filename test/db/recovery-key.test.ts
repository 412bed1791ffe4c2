import { describe, expect, it } from 'vitest';
import { generateRecoveryKey, parseRecoveryKey } from '../../db';

const alphabet = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

describe('practice recovery key', () => {
  it('is 12 groups of 5 characters and reads back to the same secret', () => {
    const key = generateRecoveryKey();
    expect(key.groups).toHaveLength(12);
    expect(key.formatted).toMatch(/^([0-9A-HJKMNP-TV-Z]{5}-){11}[0-9A-HJKMNP-TV-Z]{5}$/);
    expect(parseRecoveryKey(key.formatted).secret.equals(key.secret)).toBe(true);
  });

  it('forgives case, spaces and look-alike letters', () => {
    const key = generateRecoveryKey();
    const sloppy = key.groups.join('  ').toLowerCase().replace(/0/g, 'o').replace(/1/g, 'l');
    expect(parseRecoveryKey(sloppy).secret.equals(key.secret)).toBe(true);
  });

  it('names the group with a typo, for every position of every group', () => {
    const key = generateRecoveryKey();
    for (let group = 0; group < 12; group++) {
      for (let position = 0; position < 5; position++) {
        const groups = [...key.groups];
        const original = groups[group]![position]!;
        const replacement = alphabet[(alphabet.indexOf(original) + 7) % 32]!;
        groups[group] = groups[group]!.slice(0, position) + replacement + groups[group]!.slice(position + 1);
        expect(() => parseRecoveryKey(groups.join('-'))).toThrow(`Group ${group + 1} of the recovery key`);
      }
    }
  });

  it('catches two groups typed in the wrong order', () => {
    const key = generateRecoveryKey();
    const swapped = [key.groups[1]!, key.groups[0]!, ...key.groups.slice(2)];
    expect(() => parseRecoveryKey(swapped.join('-'))).toThrow(/Group 1 of the recovery key/);
  });

  it('says how long a key should be when a group is missing', () => {
    const key = generateRecoveryKey();
    expect(() => parseRecoveryKey(key.groups.slice(1).join('-'))).toThrow(/12 groups of 5 characters/);
  });
});
