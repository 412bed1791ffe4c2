import { z } from 'zod';
import { id, optionalText, requiredText } from './fields';

/** Backups and restore (issue 3; ARCHITECTURE.md section 5). Only the office manager manages them. */
const folderPath = z
  .string({ error: 'The folder must be text.' })
  .trim()
  .min(1, { error: 'Enter the folder where backups should go.' })
  .max(1000, { error: 'The folder path is too long.' });

const backupFilePath = z
  .string({ error: 'The backup file must be text.' })
  .trim()
  .min(1, { error: 'Pick a backup file.' })
  .max(1000, { error: 'The backup file path is too long.' });

export const backupSettingsSchema = z.strictObject({
  scheduleTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: 'Write the backup time as HH:MM, for example 02:00.' }),
  keepDaily: z.number().int().min(1, { error: 'Keep at least 1 daily backup.' }).max(60),
  keepWeekly: z.number().int().min(0).max(52),
  keepMonthly: z.number().int().min(0).max(120),
  keepYearly: z.number().int().min(0).max(50),
});
export type BackupSettingsDto = z.output<typeof backupSettingsSchema>;

export const destinationSchema = z.object({
  id: z.number(),
  label: z.string(),
  path: z.string(),
  offsite: z.boolean(),
  active: z.boolean(),
});
export const addDestinationInputSchema = z.strictObject({
  label: requiredText('Destination name', 100),
  path: folderPath,
  offsite: z.boolean(),
});
export const updateDestinationInputSchema = z.strictObject({
  destinationId: id('Destination'),
  label: requiredText('Destination name', 100),
  offsite: z.boolean(),
  active: z.boolean(),
});

export const copyStatusSchema = z.enum(['verified', 'failed', 'damaged', 'pruned', 'missing']);

export const destinationStatusSchema = z.object({
  destination: destinationSchema,
  lastVerifiedAt: z.string().nullable(),
  /** Hours since the last verified copy here; red past 26 (issue 3). */
  ageHours: z.number().nullable(),
  overdue: z.boolean(),
  lastError: z.string(),
});

export const backupStatusSchema = z.object({
  running: z.boolean(),
  nextScheduledAt: z.string().nullable(),
  destinations: z.array(destinationStatusSchema),
  /** Plain-language problems to show as alerts: failed or overdue backups, a damaged copy. */
  alerts: z.array(z.string()),
  /** Advice that is not a failure, such as the 3-2-1 rule. */
  warnings: z.array(z.string()),
  lastDrill: z.object({ at: z.string(), ok: z.boolean(), detail: z.string() }).nullable(),
});
export type BackupStatusDto = z.output<typeof backupStatusSchema>;

export const backupIndicatorSchema = z.object({
  state: z.enum(['ok', 'attention', 'not-configured']),
  message: z.string(),
});

export const backupCopySchema = z.object({
  id: z.number(),
  destinationLabel: z.string(),
  path: z.string(),
  status: copyStatusSchema,
  sizeBytes: z.number(),
  error: z.string(),
});
export const backupRunSchema = z.object({
  id: z.number(),
  trigger: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().nullable(),
  status: z.enum(['running', 'succeeded', 'partial', 'failed']),
  sizeBytes: z.number(),
  durationMs: z.number(),
  error: z.string(),
  copies: z.array(backupCopySchema),
});
export type BackupRunDto = z.output<typeof backupRunSchema>;

export const verifyReportSchema = z.object({
  checked: z.number(),
  damaged: z.number(),
  results: z.array(z.object({ path: z.string(), ok: z.boolean(), detail: z.string() })),
});

/** How to open a backup: the practice recovery key, or a staff account that existed in that backup. */
export const unlockBackupSchema = z.union([
  z.strictObject({ recoveryKey: z.string().max(200) }),
  z.strictObject({ username: z.string().trim().toLowerCase().max(64), password: z.string().min(1).max(256) }),
]);

export const backupInfoSchema = z.object({
  path: z.string(),
  createdAt: z.string(),
  sizeBytes: z.number(),
  appVersion: z.string(),
  practiceName: z.string(),
  schemaVersion: z.number(),
  /** Row counts per kind of record, e.g. patients, audit entries. */
  counts: z.array(z.object({ label: z.string(), rows: z.number() })),
  /** True when the file's bytes still match the checksum written when it was made. */
  intact: z.boolean(),
  /** True when this backup was made under the key the practice uses now. */
  currentKey: z.boolean(),
});
export type BackupInfoDto = z.output<typeof backupInfoSchema>;

export const inspectBackupInputSchema = z.strictObject({ path: backupFilePath });
export const restoreInputSchema = z.strictObject({ path: backupFilePath, unlock: unlockBackupSchema });
export const restoreOutputSchema = z.object({
  restoredFrom: z.string(),
  /** Where the replaced store was kept: nothing is overwritten in place. */
  previousKeptAt: z.string(),
});

export const lookupInputSchema = z.strictObject({ lookupId: z.string().uuid(), query: optionalText('Search', 200) });
export const lookupPatientInputSchema = z.strictObject({ lookupId: z.string().uuid(), patientId: id('Patient') });
export const lookupRefSchema = z.strictObject({ lookupId: z.string().uuid() });
export const openLookupOutputSchema = z.object({ lookupId: z.string(), info: backupInfoSchema });
