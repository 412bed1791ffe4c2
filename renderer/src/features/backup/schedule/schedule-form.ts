import { z } from 'zod';
import { type BackupSettingsDto, backupSettingsSchema } from '../../../../../electron/contract';

type KeepField = 'keepDaily' | 'keepWeekly' | 'keepMonthly' | 'keepYearly';

/** The contract's own limits, so the form and the server never disagree about what is allowed. */
export const keepLimits = (field: KeepField): { min: number; max: number } => {
  const schema = backupSettingsSchema.shape[field];
  return { min: schema.minValue ?? 0, max: schema.maxValue ?? 1000 };
};

const keepCount = (field: KeepField, what: string) => {
  const { min, max } = keepLimits(field);
  const message = `Keep between ${min} and ${max} ${what} backups.`;
  return z.number({ error: message }).int({ error: message }).min(min, { error: message }).max(max, { error: message });
};

/** The schedule form: the contract's schema with messages that say what to type when a box is left empty. */
export const scheduleFormSchema = z.strictObject({
  scheduleTime: backupSettingsSchema.shape.scheduleTime,
  keepDaily: keepCount('keepDaily', 'daily'),
  keepWeekly: keepCount('keepWeekly', 'weekly'),
  keepMonthly: keepCount('keepMonthly', 'monthly'),
  keepYearly: keepCount('keepYearly', 'yearly'),
});

export const scheduleFields = ['scheduleTime', 'keepDaily', 'keepWeekly', 'keepMonthly', 'keepYearly'] as const;

/** The defaults: nightly at 02:00, keep 7 daily, 5 weekly, 12 monthly and 7 yearly. */
export const defaultBackupSettings: BackupSettingsDto = {
  scheduleTime: '02:00',
  keepDaily: 7,
  keepWeekly: 5,
  keepMonthly: 12,
  keepYearly: 7,
};

/** "Keeps about 31 backups at each destination": how much room the retention rules ask for, roughly. */
export const retainedCount = (settings: Pick<BackupSettingsDto, KeepField>): number =>
  settings.keepDaily + settings.keepWeekly + settings.keepMonthly + settings.keepYearly;
