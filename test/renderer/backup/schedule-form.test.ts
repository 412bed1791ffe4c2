import { describe, expect, it } from 'vitest';
import { backupSettingsSchema } from '../../../electron/contract';
import {
  defaultBackupSettings,
  keepLimits,
  retainedCount,
  scheduleFormSchema,
} from '../../../renderer/src/features/backup/schedule/schedule-form';

describe('the schedule form', () => {
  it('starts from the issue’s defaults, which the server accepts', () => {
    expect(defaultBackupSettings).toEqual({
      scheduleTime: '02:00',
      keepDaily: 7,
      keepWeekly: 5,
      keepMonthly: 12,
      keepYearly: 7,
    });
    expect(backupSettingsSchema.safeParse(defaultBackupSettings).success).toBe(true);
    expect(retainedCount(defaultBackupSettings)).toBe(31);
  });

  it('uses the contract’s own limits', () => {
    expect(keepLimits('keepDaily')).toEqual({ min: 1, max: 60 });
    expect(keepLimits('keepWeekly')).toEqual({ min: 0, max: 52 });
  });

  it('explains an emptied box in words instead of "expected number, received NaN"', () => {
    const result = scheduleFormSchema.safeParse({ ...defaultBackupSettings, keepMonthly: Number.NaN });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Keep between 0 and 120 monthly backups.');
  });

  it('refuses a time that is not HH:MM with the contract’s message', () => {
    const result = scheduleFormSchema.safeParse({ ...defaultBackupSettings, scheduleTime: '2am' });
    expect(result.error?.issues[0]?.message).toMatch(/HH:MM/);
  });
});
