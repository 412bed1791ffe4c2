import { describe, expect, it } from 'vitest';
import { groupMatches, pickGroupsToConfirm, recoveryKeyFileText } from '../../renderer/src/features/setup/recovery-key';

describe('pickGroupsToConfirm', () => {
  it('always picks two different groups in range, in order', () => {
    const randoms = [0, 0.2, 0.5, 0.75, 0.999999];
    for (const a of randoms) {
      for (const b of randoms) {
        const values = [a, b];
        const [first, second] = pickGroupsToConfirm(10, () => values.shift() ?? 0);
        expect(first).toBeLessThan(second);
        expect(first).toBeGreaterThanOrEqual(0);
        expect(second).toBeLessThan(10);
      }
    }
  });

  it('works with the smallest possible key', () => {
    expect(pickGroupsToConfirm(2, () => 0.9)).toEqual([0, 1]);
  });
});

describe('groupMatches', () => {
  it('ignores case, spaces and dashes typed from paper', () => {
    expect(groupMatches(' ab3d-e ', 'AB3DE')).toBe(true);
    expect(groupMatches('AB3DF', 'AB3DE')).toBe(false);
    expect(groupMatches('', 'AB3DE')).toBe(false);
  });
});

describe('recoveryKeyFileText', () => {
  it('holds the practice, the date, every group and the warning', () => {
    const text = recoveryKeyFileText({
      practiceName: 'Elm Street Clinic',
      createdOn: '22 November 2026',
      groups: ['AAAAA', 'BBBBB'],
    });
    expect(text).toContain('Practice: Elm Street Clinic');
    expect(text).toContain('Created: 22 November 2026');
    expect(text).toContain('AAAAA  BBBBB');
    expect(text).toContain('lost for good');
  });
});
