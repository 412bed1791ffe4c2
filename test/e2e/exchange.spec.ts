import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { patientInput } from '../helpers/test-data';
import { expect, screenshot, test } from './fixtures';
import { apiCaller, countPatients, registerPatients } from './support/api';
import { openFinder } from './support/ui';

/**
 * Issue 6: the office manager's Export and import page — a CSV of demographics checked row by row
 * before anything is saved, a FHIR bundle with its duplicate review, and the whole-practice export.
 */

const openExchange = async (page: Page, tab: 'Export the practice' | 'Import a FHIR bundle' | 'Import from CSV') => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Administration' }).click();
  await page.getByRole('menuitem', { name: 'Export and import' }).click();
  await expect(page.getByRole('heading', { name: 'Export and import', level: 1 })).toBeVisible();
  await page.getByRole('tab', { name: tab }).click();
};

const pickFile = async (page: Page, button: string, file: { name: string; mimeType: string; buffer: Buffer }) => {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: button }).click();
  await (await chooser).setFiles(file);
};

const csv = (lines: string[]): string => `${lines.join('\r\n')}\r\n`;

test('the office manager checks a legacy CSV, sees each row’s errors, fixes the file and mapping, and imports it', async ({
  page,
  practice,
}) => {
  await practice.seed();
  await practice.signIn(page, 'office_manager');
  await openExchange(page, 'Import from CSV');

  // A Windows-1252 export from the old system: "Muñoz" is one byte 0xF1, a bad date and a missing sex.
  const legacy = csv([
    'Last Name,First Name,DOB,Gender,Home Phone',
    'Muñoz,Inés,03/14/1975,F,(217) 555-0101',
    'Okafor,Chidi,13/45/1980,M,(217) 555-0102',
    'Lindqvist,Astrid,06/01/1990,,(217) 555-0103',
  ]);
  await pickFile(page, 'Choose a CSV file…', {
    name: 'legacy-patients.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(legacy, 'latin1'),
  });
  await expect(page.getByText('Read as Latin-1 (Windows-1252)')).toBeVisible();
  await expect(page.getByLabel('Family name')).toHaveValue('Last Name');
  await expect(page.getByLabel('Date of birth')).toHaveValue('DOB');
  const rowErrors = page.getByRole('table', { name: /Errors by row/ });
  await expect(rowErrors.getByRole('row')).toHaveCount(3);
  await expect(rowErrors.getByRole('row').nth(1)).toContainText(/3\s*Date of birth\s*'13\/45\/1980' is not a date/);
  await expect(rowErrors.getByRole('row').nth(2)).toContainText(/4\s*Sex\s*The sex is empty/);
  await expect(page.getByRole('table', { name: /will be saved/ })).toContainText('Muñoz');
  const importThree = page.getByRole('button', { name: 'Import 3 patients' });
  await expect(importThree).toBeDisabled();
  await expect(page.getByText('2 rows have errors.')).toBeVisible();
  await screenshot(page, 'exchange-1-csv-row-errors');

  // The corrected file, saved from Excel as UTF-8 with a byte-order mark; its date column has a name
  // Chartroom does not know, so the manager maps it by hand.
  const corrected = csv([
    'Last Name,First Name,Birth Dt,Gender,Home Phone',
    'Muñoz,Inés,03/14/1975,F,(217) 555-0101',
    'Okafor,Chidi,12/05/1980,M,(217) 555-0102',
    'Lindqvist,Astrid,06/01/1990,F,(217) 555-0103',
  ]);
  await pickFile(page, 'Choose another file…', {
    name: 'legacy-patients-fixed.csv',
    mimeType: 'text/csv',
    buffer: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(corrected, 'utf8')]),
  });
  await expect(page.getByText('Read as UTF-8 with BOM')).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Problems with the file' })).toContainText(
    'No column holds the date of birth',
  );
  await expect(importThree).toBeDisabled();
  await screenshot(page, 'exchange-2-csv-unmapped-column');

  await page.getByLabel('Date of birth').selectOption('Birth Dt');
  await expect(page.getByText('The mapping changed: press "Check again"')).toBeVisible();
  await page.getByRole('button', { name: 'Check again' }).click();
  await expect(page.getByText('No errors found.')).toBeVisible();
  const sample = page.getByRole('table', { name: /will be saved/ });
  await expect(sample.getByRole('row')).toHaveCount(4);
  await expect(sample).toContainText('Muñoz');
  await expect(sample).toContainText('1975-03-14');
  expect(countPatients(practice)).toBe(0);
  await expect(importThree).toBeEnabled();
  await screenshot(page, 'exchange-3-csv-clean');

  await importThree.click();
  const progress = page.getByRole('region', { name: 'CSV import progress' });
  await expect(progress.getByRole('status', { name: 'Import finished' })).toBeVisible();
  await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
  expect(countPatients(practice)).toBe(3);
  await screenshot(page, 'exchange-4-csv-imported');

  const { dialog, input } = await openFinder(page);
  await input.fill('Muñoz');
  await expect(dialog.getByRole('option').filter({ hasText: 'Muñoz, Inés' })).toBeVisible();
  await input.fill('Okafor Chidi');
  await expect(dialog.getByRole('option').filter({ hasText: 'Okafor, Chidi' })).toBeVisible();
});

test('a FHIR bundle that matches a chart here waits for the manager’s decision, then adds a new chart', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [patient] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Rosalind', legalFamilyName: 'Achterberg', birthDate: '1962-07-25' }),
  ]);
  const manager = await apiCaller(practice, 'office_manager');
  const bundle = await manager.must('exchange.exportPatient', {
    patientId: patient!.id,
    recipient: { name: 'Northside Health' },
    purpose: 'continuity-of-care',
  });
  await manager.must('auth.logout', {});

  await practice.signIn(page, 'office_manager');
  await openExchange(page, 'Import a FHIR bundle');
  await pickFile(page, 'Choose a bundle (.json)…', {
    name: 'truncated.json',
    mimeType: 'application/json',
    buffer: Buffer.from(bundle.json.slice(0, 200), 'utf8'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toContainText(/JSON/);
  await expect(page.getByRole('region', { name: /^Bundle patient / })).toHaveCount(0);
  await screenshot(page, 'exchange-5a-fhir-malformed');

  await pickFile(page, 'Choose a bundle (.json)…', {
    name: bundle.fileName,
    mimeType: 'application/json',
    buffer: Buffer.from(bundle.json, 'utf8'),
  });
  const review = page.getByRole('region', { name: /^Bundle patient / });
  await expect(review).toHaveCount(1);
  await expect(review).toContainText('Achterberg');
  await expect(review).toContainText('Possible duplicate');
  await expect(review.getByRole('radio', { name: /^Add to .*Achterberg/ })).toBeVisible();
  await expect(review.getByRole('radio', { checked: true })).toHaveCount(0);
  const importButton = page.getByRole('button', { name: 'Import', exact: true });
  await expect(importButton).toBeDisabled();
  await expect(page.getByText(/Choose what to do with .* before importing/)).toBeVisible();
  await screenshot(page, 'exchange-5-fhir-duplicate-review');

  await review.getByRole('radio', { name: 'Add as a new patient' }).check();
  await importButton.click();
  const progress = page.getByRole('region', { name: 'FHIR import progress' });
  await expect(progress.getByRole('status', { name: 'Import finished' })).toBeVisible();
  expect(countPatients(practice)).toBe(2);
  await screenshot(page, 'exchange-6-fhir-imported');

  const { dialog, input } = await openFinder(page);
  await input.fill('Achterberg Rosalind');
  await expect(dialog.getByRole('option').filter({ hasText: 'Achterberg, Rosalind' })).toHaveCount(2);
});

test('the whole practice is exported to a folder with progress to the end', async ({ page, practice }) => {
  await practice.seed();
  await registerPatients(practice, [
    patientInput({ legalGivenName: 'Aiko', legalFamilyName: 'Tanaka', birthDate: '1984-11-02' }),
    patientInput({ legalGivenName: 'Bram', legalFamilyName: 'de Vries', birthDate: '1971-04-19', sex: 'male' }),
  ]);
  const folder = mkdtempSync(join(tmpdir(), 'chartroom-e2e-export-'));
  try {
    await practice.signIn(page, 'office_manager');
    await openExchange(page, 'Export the practice');
    const form = page.getByRole('form', { name: 'Export the whole practice' });
    await form.getByRole('button', { name: 'Start the export' }).click();
    await expect(form.getByText('Choose the purpose of this export.')).toBeVisible();

    await form.getByRole('textbox', { name: 'Folder' }).fill(folder);
    await form.getByRole('combobox', { name: 'Recipient' }).fill('Record retention');
    await form.getByRole('combobox', { name: 'Purpose' }).selectOption('Continuity of care');
    await form.getByRole('button', { name: 'Start the export' }).click();

    const progress = page.getByRole('region', { name: 'Practice export progress' });
    await expect(progress.getByRole('status', { name: 'Export finished' })).toBeVisible();
    await expect(progress.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '100');
    await expect(progress.getByRole('status')).toContainText(folder);
    await screenshot(page, 'exchange-7-practice-exported');
    const written = readdirSync(folder);
    expect(written).toHaveLength(1);
    expect(existsSync(join(folder, written[0]!))).toBe(true);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
