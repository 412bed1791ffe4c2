import { describe, expect, it } from 'vitest';
import type { ApiError } from '../../../electron/contract';
import { lookupSearchSummary } from '../../../renderer/src/features/backup/lookup/lookup-text';
import { restoredNotice } from '../../../renderer/src/features/backup/restore/restore-notice';
import {
  isUnlockError,
  toUnlock,
  unlockErrorField,
  unlockFormSchema,
} from '../../../renderer/src/features/backup/restore/unlock-form';

const error = (code: ApiError['code'], field?: string): ApiError =>
  field === undefined ? { code, message: 'm' } : { code, message: 'm', field };

describe('unlocking a backup', () => {
  it('sends only the credential of the chosen method', () => {
    expect(
      toUnlock({ method: 'recovery-key', recoveryKey: ' ABCDE-12345 ', username: 'left', password: 'over' }),
    ).toEqual({ recoveryKey: 'ABCDE-12345' });
    expect(
      toUnlock({ method: 'staff-account', recoveryKey: 'left over', username: ' manager ', password: ' p ' }),
    ).toEqual({
      username: 'manager',
      password: ' p ',
    });
  });

  it('asks for what the chosen method needs, and only that', () => {
    expect(
      unlockFormSchema.safeParse({ method: 'recovery-key', recoveryKey: '', username: '', password: '' }).success,
    ).toBe(false);
    expect(
      unlockFormSchema.safeParse({ method: 'recovery-key', recoveryKey: 'K', username: '', password: '' }).success,
    ).toBe(true);
    const noPassword = unlockFormSchema.safeParse({
      method: 'staff-account',
      recoveryKey: '',
      username: 'u',
      password: '',
    });
    expect(noPassword.success).toBe(false);
    expect(noPassword.error?.issues[0]?.path).toEqual(['password']);
  });

  it('sends key and password refusals back beside the field, and file problems to the last step', () => {
    expect(isUnlockError(error('RECOVERY_KEY_TYPO', 'recoveryKey'))).toBe(true);
    expect(isUnlockError(error('WRONG_RECOVERY_KEY', 'recoveryKey'))).toBe(true);
    expect(isUnlockError(error('INVALID_CREDENTIALS', 'password'))).toBe(true);
    expect(isUnlockError(error('BACKUP_DAMAGED'))).toBe(false);
    expect(isUnlockError(error('INTERNAL'))).toBe(false);
    expect(unlockErrorField(error('RECOVERY_KEY_TYPO', 'recoveryKey'), 'recovery-key')).toBe('recoveryKey');
    expect(unlockErrorField(error('INVALID_CREDENTIALS'), 'staff-account')).toBe('password');
    expect(unlockErrorField(error('WRONG_RECOVERY_KEY'), 'recovery-key')).toBe('recoveryKey');
  });
});

describe('restoredNotice', () => {
  it('says what happened, what to do, and where the replaced charts are', () => {
    const notice = restoredNotice({
      madeOn: 'Nov 22, 2026, 2:00 AM',
      practiceName: 'Riverside',
      previousKeptAt: '/data/replaced-20261122-101500',
    });
    expect(notice).toContain('backup of Riverside made Nov 22, 2026, 2:00 AM');
    expect(notice).toContain('Everyone was signed out');
    expect(notice).toContain('/data/replaced-20261122-101500');
  });

  it('does not invent a kept-aside folder when there was nothing to keep', () => {
    expect(restoredNotice({ madeOn: 'today', practiceName: '', previousKeptAt: '' })).toContain(
      'no charts on this workstation to keep aside',
    );
  });
});

describe('lookupSearchSummary', () => {
  it('says how the search was read and how many matched', () => {
    expect(lookupSearchSummary('name starting with "al"', 1)).toBe(
      'Searching for name starting with "al". 1 patient matches.',
    );
    expect(lookupSearchSummary('name starting with "al"', 4)).toBe(
      'Searching for name starting with "al". 4 patients match.',
    );
    expect(lookupSearchSummary('MRN or phone 999', 0)).toBe(
      'Searching for MRN or phone 999. No patient in this backup matches.',
    );
    expect(lookupSearchSummary('Finish typing the date of birth', 0)).toBe('Finish typing the date of birth.');
    expect(lookupSearchSummary('name starting with "a"', 50)).toMatch(/first 50 matches/);
  });
});
