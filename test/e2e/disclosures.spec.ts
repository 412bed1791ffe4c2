import { readFileSync } from 'node:fs';
import { pdfPageTexts } from '../helpers/pdf-text';
import { patientInput, staffPasswords } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { apiCaller, registerPatients } from './support/api';
import { openChart, openChartSection } from './support/ui';

/**
 * The accounting of disclosures (issue 6 "Disclosure log"): the chart's Disclosures section lists every
 * release of the chart, newest first, and prints the accounting for the patient through the preview.
 */
test('the front desk reads the accounting of disclosures and prints it for the patient', async ({ page, practice }) => {
  await practice.seed();
  const [patient] = await registerPatients(practice, [patientInput()]);
  const patientId = patient!.id;

  await practice.signIn(page, 'front_desk');
  await openChart(page, patient!.mrn, 'Lopez, Maria');
  await openChartSection(page, 'Disclosures');
  const section = page.getByRole('region', { name: 'Disclosures', exact: true });
  await expect(section).toContainText('No records have been released from this chart yet.');

  // A nurse saved the medication list as a PDF for the patient's insurer.
  const nurse = await apiCaller(practice, 'nurse');
  const prepared = await nurse.must('release.prepare', {
    patientId,
    items: [{ kind: 'medication-list' }],
    recipient: { name: 'Claims desk', organisation: 'Prairie Health Insurance' },
    purpose: 'insurance',
  });
  await nurse.must('release.record', { packetId: prepared.packetId, medium: 'pdf' });

  await openChartSection(page, 'Demographics');
  await openChartSection(page, 'Disclosures');
  const log = section.getByRole('table', { name: 'Accounting of disclosures' });
  await expect(log.getByRole('row')).toHaveCount(2);
  await expect(log.getByRole('row').nth(1)).toContainText('Claims desk');
  await expect(log.getByRole('row').nth(1)).toContainText('Prairie Health Insurance');
  await expect(log.getByRole('row').nth(1)).toContainText('Insurance');
  await expect(log.getByRole('row').nth(1)).toContainText('Medication list');
  await expect(log.getByRole('row').nth(1)).toContainText('Saved as PDF');
  await expect(log.getByRole('row').nth(1)).toContainText(staffPasswords.nurse.fullName);

  // "Print accounting" opens the builder with the accounting chosen, addressed to the patient.
  await section.getByRole('button', { name: 'Print accounting' }).click();
  const builder = page.getByRole('dialog', { name: 'Release records: Lopez, Maria' });
  await expect(builder.getByRole('checkbox', { name: 'Accounting of disclosures' })).toBeChecked();
  await expect(builder.getByRole('checkbox', { name: 'Chart summary' })).not.toBeChecked();
  await expect(builder.getByLabel('Recipient name')).toHaveValue('Maria Lopez');
  await expect(builder.getByLabel('Address')).toHaveValue('5 Elm St\nSpringfield, IL 62701');
  await expect(builder.getByLabel('Purpose')).toHaveValue('patient-request');
  await screenshot(page, 'disclosures-print-accounting');
  await builder.getByRole('button', { name: 'Preview packet' }).click();

  const preview = page.getByRole('dialog', { name: 'Records packet for Maria Lopez' });
  await expect(preview.getByRole('img', { name: /page 1 of \d+/ })).toBeVisible();
  await expect(preview.getByText(/^\d+ pages?, US Letter$/)).toBeVisible();
  await screenshot(page, 'disclosures-accounting-preview');
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    preview.getByRole('button', { name: 'Save as PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^disclosure-accounting-/);
  const text = (await pdfPageTexts(readFileSync(await download.path()))).join('\n');
  expect(text).toContain('Accounting of disclosures');
  expect(text).toContain('Claims desk');
  expect(text).toMatch(/Prairie Health\s+Insurance/);
  await expect(page.getByRole('alert').filter({ hasText: 'Disclosure recorded' })).toContainText(
    'Saved as PDF to Maria Lopez',
  );

  // The open section reads the log again: the accounting's own release is listed first.
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(log.getByRole('row')).toHaveCount(3);
  await expect(log.getByRole('row').nth(1)).toContainText('Maria Lopez');
  await expect(log.getByRole('row').nth(1)).toContainText('Patient request');
  await expect(log.getByRole('row').nth(1)).toContainText('Accounting of disclosures');
  await expect(log.getByRole('row').nth(1)).toContainText(staffPasswords.front_desk.fullName);
  await expect(log.getByRole('row').nth(2)).toContainText('Claims desk');
  await screenshot(page, 'disclosures-table');
});
