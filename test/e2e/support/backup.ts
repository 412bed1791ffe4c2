import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import type { OutputOf } from '../../../electron/contract/procedures';
import { expect, type PreviewPractice } from '../fixtures';
import { apiCaller } from './api';
import { answerTo } from './ui';

/**
 * Helpers for the Backups page, the restore wizard and the backup folders on disk (issue 3).
 * Labels come from renderer/src/features/backup/**; when the UI changes, change them here.
 */

/** A backup, a check or a restore spawns worker threads: a few seconds each, far more on a loaded machine. */
export const backupStepTimeout = 30_000;

export const backupExtension = '.chartroom-backup';

/** Backup destination folders made for one test, removed after it. */
export class TempFolders {
  readonly #made: string[] = [];

  make(name: string): string {
    const dir = mkdtempSync(join(tmpdir(), `chartroom-e2e-${name}-`));
    this.#made.push(dir);
    return dir;
  }

  removeAll(): void {
    for (const dir of this.#made.splice(0)) rmSync(dir, { recursive: true, force: true });
  }
}

/** The backup files (not manifests, not leftovers) in a folder, as full paths. */
export const backupFilesIn = (folder: string): string[] =>
  readdirSync(folder)
    .filter((name) => name.endsWith(backupExtension))
    .map((name) => join(folder, name));

/** Bit rot: one byte in the middle of the file inverted, the size unchanged. */
export const flipByteInMiddle = (path: string): void => {
  const bytes = readFileSync(path);
  const middle = Math.floor(bytes.length / 2);
  bytes[middle] = (bytes[middle] ?? 0) ^ 0xff;
  writeFileSync(path, bytes);
};

/**
 * The nightly schedule checks once a minute, and a practice that has never had a scheduled run counts as
 * having missed one: a minute into a test with a destination, it would start a run of its own beside the
 * one the test starts. Arranging the test, not testing the scheduler (test/electron/backup covers it).
 */
export const holdNightlySchedule = (practice: PreviewPractice): void => practice.app.services.backup.scheduler.stop();

export interface DestinationSpec {
  label: string;
  path: string;
  offsite: boolean;
}

/**
 * For tests that start after the setting up: the destinations added and one "Back up now" made through
 * the API, as the office manager. Fails the test unless every copy was verified.
 */
export const arrangeBackup = async (
  practice: PreviewPractice,
  destinations: DestinationSpec[],
): Promise<OutputOf<'backup.runNow'>> => {
  const manager = await apiCaller(practice, 'office_manager');
  for (const destination of destinations) await manager.must('backup.addDestination', destination);
  const run = await manager.must('backup.runNow', {});
  await manager.must('auth.logout', {});
  if (run.status !== 'succeeded') throw new Error(`The arranged backup ${run.status}: ${run.error}`);
  return run;
};

/** "Verify now" through the API, as the office manager. */
export const arrangeVerify = async (practice: PreviewPractice): Promise<OutputOf<'backup.verifyNow'>> => {
  const manager = await apiCaller(practice, 'office_manager');
  const report = await manager.must('backup.verifyNow', {});
  await manager.must('auth.logout', {});
  return report;
};

/**
 * Calls a procedure from the page, on the page's own connection and session, as the renderer would:
 * what the server answers the person at this screen, whatever the UI shows or hides.
 */
export const callFromPage = (
  page: Page,
  name: string,
  input: unknown = {},
): Promise<{ ok: boolean; error?: { code: string; message: string } }> =>
  page.evaluate(
    async ([procedure, body]) => {
      const response = await fetch('/api/call', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${sessionStorage.getItem('chartroom.preview.token')}`,
          'x-chartroom-connection': sessionStorage.getItem('chartroom.preview.connection') ?? '',
        },
        body: JSON.stringify({ name: procedure, input: body }),
      });
      return response.json();
    },
    [name, input] as const,
  );

/** Administration → Backups, once its status has loaded. */
export const openBackupsPage = async (page: Page): Promise<BackupsPage> => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Administration' }).click();
  const loaded = answerTo(page, 'backup.status');
  await page.getByRole('menuitem', { name: 'Backups' }).click();
  await loaded;
  await expect(page.getByRole('heading', { name: 'Backups', level: 1 })).toBeVisible();
  const backups = backupsPage(page);
  await expect(backups.status.getByRole('heading', { name: 'Next nightly backup' })).toBeVisible();
  return backups;
};

export interface BackupsPage {
  status: Locator;
  destinations: Locator;
  schedule: Locator;
  history: Locator;
  /** The advice shown while there are fewer than two destinations or none is off-site. */
  ruleWarning: Locator;
  /** The red box of problems under "Status at a glance". */
  problems: Locator;
  historyRows: Locator;
}

export const backupsPage = (page: Page): BackupsPage => {
  const status = page.getByRole('region', { name: 'Status at a glance' });
  const history = page.getByRole('region', { name: 'History' });
  return {
    status,
    destinations: page.getByRole('region', { name: 'Destinations' }),
    schedule: page.getByRole('region', { name: 'Schedule and retention' }),
    history,
    ruleWarning: status.getByRole('alert').filter({ hasText: '3-2-1 rule' }),
    problems: status.getByRole('alert').filter({ hasText: /problems? needs? attention/ }),
    historyRows: history
      .getByRole('table', { name: 'Backup history' })
      .getByRole('row')
      .filter({ has: page.getByRole('cell') }),
  };
};

/** Adds a destination through its dialog and waits for it in the table. */
export const addDestination = async (page: Page, destination: DestinationSpec): Promise<void> => {
  const backups = backupsPage(page);
  await backups.destinations.getByRole('button', { name: 'Add destination' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a backup destination' });
  await dialog.getByLabel('Name').fill(destination.label);
  await dialog.getByLabel('Folder').fill(destination.path);
  if (destination.offsite) await dialog.getByRole('checkbox', { name: 'Removable or off-site' }).check();
  await dialog.getByRole('button', { name: 'Add destination' }).click();
  await expect(dialog).toBeHidden();
  const row = backups.destinations.getByRole('row').filter({ hasText: destination.path });
  await expect(row).toContainText(destination.label);
  await expect(row).toContainText(destination.offsite ? 'Removable or off-site' : 'In the office');
};

/** One copy's line in a history row or a run result: "<destination>: <status>". */
export const copyLine = (scope: Locator, label: string, status: string): Locator =>
  scope.getByText(`${label}: ${status}`, { exact: true });

/** The restore wizard's first step, from the Backups page. */
export const openRestoreWizard = async (page: Page): Promise<void> => {
  await page.getByRole('button', { name: 'Restore…', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Restore from a backup', level: 1 })).toBeVisible();
  await expect(page.getByLabel('Backup file')).toBeVisible();
};

/** Step 1 → 2: types the path and waits for the check (a checksum of the whole file). */
export const checkBackupFile = async (page: Page, path: string): Promise<void> => {
  await page.getByLabel('Backup file').fill(path);
  await page.getByRole('button', { name: 'Check this backup' }).click();
  await expect(
    page
      .getByText('Intact: the file matches')
      .or(page.getByRole('alert').filter({ hasText: 'This backup is damaged' })),
  ).toBeVisible({ timeout: backupStepTimeout });
};

/** Step 2 → 4 for an intact file: unlock with the recovery key, then on to the choice. */
export const unlockWithRecoveryKey = async (page: Page, recoveryKey: string): Promise<void> => {
  await page.getByRole('button', { name: 'Next: unlock it' }).click();
  await expect(page.getByRole('radio', { name: 'The practice recovery key' })).toBeChecked();
  await page.getByRole('textbox', { name: 'Recovery key' }).fill(recoveryKey);
  await page.getByRole('button', { name: 'Next: choose what to do' }).click();
  await expect(page.getByRole('heading', { name: 'Restore into this workstation' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Open read-only to look something up' })).toBeVisible();
};

/** The record counts the check step shows, by label ("Patients", "Staff accounts", ...). */
export const recordCounts = async (page: Page): Promise<Record<string, number>> => {
  const rows = page
    .getByRole('table', { name: 'Records in this backup' })
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
  const pairs = await rows.evaluateAll((trs) =>
    trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => (td.textContent ?? '').trim())),
  );
  return Object.fromEntries(pairs.map(([label, rows]) => [label, Number((rows ?? '').replace(/,/g, ''))]));
};

/** The value beside a term in a list of facts (the check step's Made, Size, ...; a patient's details in a lookup). */
export const factValue = (scope: Locator, term: string): Locator =>
  scope.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
