import { patientInput } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { registerPatients } from './support/api';
import { openChartSection, openFinder } from './support/ui';

/** Issue 4: the office manager replaces the ICD-10-CM starter set with the CMS code file. */

/** A file in the CMS codes layout, long enough to be accepted (the real one holds about 74,000 codes). */
const cmsCodesFile = (): Buffer => {
  const lines = [
    'W5601XA Bitten by dolphin, initial encounter',
    'E119    Type 2 diabetes mellitus without complications',
  ];
  for (let i = 0; i < 12_000; i++) {
    const digits = String(i).padStart(5, '0');
    lines.push(`Q${digits} Filler condition number ${i}`);
  }
  return Buffer.from(`${lines.join('\n')}\n`, 'latin1');
};

test('the office manager imports the CMS ICD-10-CM file and a physician codes a problem from it', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [patient] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Moby', legalFamilyName: 'Marine', birthDate: '1971-08-01', sex: 'male' }),
  ]);

  await practice.signIn(page, 'office_manager');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Administration' }).click();
  await page.getByRole('menuitem', { name: 'Practice settings' }).click();
  const codes = page.getByRole('group', { name: 'Diagnosis codes (ICD-10-CM)' });
  await expect(codes).toContainText('starter set shipped with Chartroom');

  const chooser = page.waitForEvent('filechooser');
  await codes.getByRole('button', { name: 'Import CMS code file…' }).click();
  await (await chooser).setFiles({ name: 'icd10cm-codes-2026.txt', mimeType: 'text/plain', buffer: cmsCodesFile() });
  await expect(codes.getByRole('alert').filter({ hasText: 'Code file imported' })).toContainText(
    '12,002 codes imported from icd10cm-codes-2026.txt.',
  );
  await expect(codes).toContainText('Problems are coded from the full CMS file icd10cm-codes-2026.txt: 12,002 codes');
  await screenshot(page, 'code-sets-1-imported');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await practice.signIn(page, 'physician');
  const { dialog, input } = await openFinder(page);
  await input.fill(patient!.mrn);
  await expect(dialog.getByRole('option').filter({ hasText: 'Marine, Moby' })).toBeVisible();
  await input.press('Enter');
  await openChartSection(page, 'Problems');
  await page.getByRole('button', { name: 'Add problem' }).click();
  const form = page.getByRole('form', { name: 'Add problem' });
  await form.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' }).fill('bitten dolph');
  const entry = 'W56.01XA — Bitten by dolphin, initial encounter';
  await page.getByRole('option', { name: entry }).click();
  await form.getByRole('button', { name: 'Add problem' }).click();
  await expect(page.getByRole('table', { name: 'Active problems' })).toContainText('W56.01XA');
  await screenshot(page, 'code-sets-2-coded-from-import');
});
