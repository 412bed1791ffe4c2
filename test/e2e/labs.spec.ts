import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { patientInput } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { registerPatients } from './support/api';
import { openChart, openChartSection } from './support/ui';

/** Issue 4: lab results imported from a reference lab's HL7 file with patient confirmation, typed in, and trended. */

const hl7 = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'hl7', name);

const robert = patientInput({
  legalGivenName: 'Robert',
  legalFamilyName: 'Johnson',
  birthDate: '1962-09-15',
  sex: 'male',
});

/** Offers a file in the import dialog; returns the dialog. */
const offerFile = async (page: Page, file: string) => {
  const dialog = page.getByRole('dialog', { name: 'Import an HL7 lab file' });
  await dialog.getByLabel('HL7 result file (ORU^R01) from the lab').setInputFiles(hl7(file));
  return dialog;
};

test('a physician imports two lab files with patient confirmation, a malformed one is rejected, and the trend shows both', async ({
  page,
  practice,
}) => {
  await practice.seed();
  // The first patient registered gets MRN 100001, the MRN the fixture files carry in PID-3.
  const [johnson] = await registerPatients(practice, [robert]);
  expect(johnson!.mrn).toBe('100001');
  await practice.signIn(page, 'physician');
  await openChart(page, johnson!.mrn, 'Johnson, Robert');
  await openChartSection(page, 'Lab results');
  const panel = page.getByRole('region', { name: 'Lab results', exact: true });
  await expect(panel.getByText('No lab results recorded.')).toBeVisible();

  // March: the preview proposes the MRN match (the open chart) and shows what will be imported.
  await panel.getByRole('button', { name: 'Import HL7 file' }).click();
  let dialog = await offerFile(page, 'cmp-2026-03.hl7');
  await expect(dialog.getByText('15 results in 1 panel for')).toBeVisible();
  const match = dialog.getByRole('radio', { name: /Johnson, Robert, born 1962-09-15, MRN 100001/ });
  await expect(match).toBeChecked();
  await expect(dialog.getByText('Matched by MRN — the open chart')).toBeVisible();
  const preview = dialog.getByRole('table', { name: 'Comprehensive metabolic panel (to import)' });
  await expect(preview.getByRole('row').filter({ hasText: 'Potassium' })).toContainText('High');
  await screenshot(page, 'labs-1-import-preview');
  await dialog.getByRole('button', { name: 'Import 15 results for Johnson, Robert' }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByText('Imported 15 results in 1 panel into the chart of Robert Johnson.')).toBeVisible();
  const march = panel.getByRole('article', { name: /Comprehensive metabolic panel, collected Mar 10, 2026/ });
  await expect(march.getByRole('row').filter({ hasText: 'Potassium' })).toContainText('5.4 mmol/L');
  await expect(march.getByRole('row').filter({ hasText: 'Potassium' })).toContainText('High');

  // June: a CMP and a lipid panel in one message.
  await panel.getByRole('button', { name: 'Import HL7 file' }).click();
  dialog = await offerFile(page, 'cmp-lipid-2026-06.hl7');
  await dialog.getByRole('button', { name: 'Import 13 results for Johnson, Robert' }).click();
  await expect(dialog).toBeHidden();
  const articles = panel.getByRole('article');
  await expect(articles).toHaveCount(3);
  // Newest first; of the two June panels, the one saved last is on top. The low HDL says so in words.
  await expect(articles.nth(0)).toHaveAccessibleName(/^Lipid panel with direct LDL, collected Jun 12, 2026, 07:40$/);
  await expect(articles.nth(1)).toHaveAccessibleName(/^Comprehensive metabolic panel, collected Jun 12, 2026, 07:40$/);
  await expect(articles.nth(2)).toHaveAccessibleName(/^Comprehensive metabolic panel, collected Mar 10, 2026, 08:15$/);
  const lipid = panel.getByRole('article', { name: /Lipid panel with direct LDL/ });
  await expect(lipid.getByRole('row').filter({ hasText: 'HDL cholesterol' })).toContainText('Low');
  await screenshot(page, 'labs-2-panels');

  // A file that breaks on its 17th segment is rejected whole, with the reason; so is the same message twice.
  await panel.getByRole('button', { name: 'Import HL7 file' }).click();
  dialog = await offerFile(page, 'malformed-mid-way.hl7');
  await expect(dialog.getByText('Segment 17 (OBX) has no value type in OBX-2.')).toBeVisible();
  await screenshot(page, 'labs-3-rejected');
  dialog = await offerFile(page, 'cmp-2026-03.hl7');
  await expect(dialog.getByText(/This message \(LC20260310-000117\) was already imported/)).toBeVisible();
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(articles).toHaveCount(3);

  // The potassium trend: both imports, oldest to newest, with the reference range as a band.
  await march.getByRole('button', { name: 'Trend of Potassium' }).click();
  const trend = page.getByRole('dialog', { name: 'Trend: Potassium' });
  await expect(
    trend.getByRole('img', { name: /Potassium trend: 2 readings from Mar 10, 2026 to Jun 12, 2026/ }),
  ).toBeVisible();
  const points = trend.getByRole('table', { name: 'Potassium results' }).getByRole('row');
  await expect(points).toHaveCount(3);
  await expect(points.nth(1)).toContainText('4.6 mmol/L');
  await expect(points.nth(2)).toContainText('5.4 mmol/L');
  await expect(points.nth(2)).toContainText('High');
  await screenshot(page, 'labs-4-trend');
});

test('a nurse types in a panel: the flag is computed from the range, and a future collection time is refused', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [johnson] = await registerPatients(practice, [robert]);
  await practice.signIn(page, 'nurse');
  await openChart(page, johnson!.mrn, 'Johnson, Robert');
  await openChartSection(page, 'Lab results');
  const panel = page.getByRole('region', { name: 'Lab results', exact: true });

  await panel.getByRole('button', { name: 'Add results' }).click();
  const form = page.getByRole('form', { name: 'Add lab results' });
  await form.getByLabel('Panel name').fill('Basic metabolic panel');
  await form.getByLabel('Collected at').fill('2999-01-01T08:30');
  await form.getByLabel('Performing lab').fill('Quest Diagnostics');
  await form.getByLabel('Analyte 1').fill('Potassium');
  await form.getByLabel('Value 1').fill('5.9');
  await form.getByLabel('Unit 1').fill('mmol/L');
  await form.getByLabel('Reference range 1').fill('3.5-5.1');
  await expect(form.getByLabel('Flag 1')).toHaveText('High');
  await form.getByRole('button', { name: 'Add a result row' }).click();
  await form.getByLabel('Analyte 2').fill('Sodium');
  await form.getByLabel('Value 2').fill('140');
  await form.getByLabel('Unit 2').fill('mmol/L');
  await form.getByLabel('Reference range 2').fill('135-145');
  await expect(form.getByLabel('Flag 2')).toHaveText('');
  await form.getByRole('button', { name: 'Add results' }).click();
  await expect(
    form.getByText('The collection time is in the future. Enter when the specimen was drawn.'),
  ).toBeVisible();
  await screenshot(page, 'labs-5-manual-refused');

  await form.getByLabel('Collected at').fill('2026-01-20T08:30');
  await form.getByRole('button', { name: 'Add results' }).click();
  await expect(form).toBeHidden();
  const entered = panel.getByRole('article', { name: /Basic metabolic panel, collected Jan 20, 2026, 08:30/ });
  await expect(entered.getByText('Typed in')).toBeVisible();
  await expect(entered.getByText('1 abnormal')).toBeVisible();
  await expect(entered.getByRole('row').filter({ hasText: 'Potassium' })).toContainText('High');
  await expect(entered.getByRole('row').filter({ hasText: 'Sodium' })).not.toContainText(/High|Low/);
  await screenshot(page, 'labs-6-manual');
});

test('a patient who differs from the file is imported only with a reason', async ({ page, practice }) => {
  await practice.seed();
  const [johnson] = await registerPatients(practice, [robert]);
  await practice.signIn(page, 'physician');
  await openChart(page, johnson!.mrn, 'Johnson, Robert');
  await openChartSection(page, 'Lab results');
  const panel = page.getByRole('region', { name: 'Lab results', exact: true });

  // The lab misspelt the family name: the MRN still finds Robert, and the difference is spelt out.
  const misspelt = readFileSync(hl7('cmp-2026-03.hl7'), 'utf8').replace('JOHNSON^ROBERT', 'JONSON^ROBERT');
  await panel.getByRole('button', { name: 'Import HL7 file' }).click();
  const dialog = page.getByRole('dialog', { name: 'Import an HL7 lab file' });
  await dialog
    .getByLabel('HL7 result file (ORU^R01) from the lab')
    .setInputFiles({ name: 'misspelt.hl7', mimeType: 'text/plain', buffer: Buffer.from(misspelt) });
  await expect(dialog.getByText('Matched by MRN — the open chart — differs from the file')).toBeVisible();
  await expect(dialog.getByText('The file\'s family name is "JONSON"; this patient\'s is "Johnson".')).toBeVisible();
  const importButton = dialog.getByRole('button', { name: 'Import 15 results for Johnson, Robert' });
  await importButton.click();
  await expect(
    dialog.getByText('Give the reason these results belong to this patient although the file differs.'),
  ).toBeVisible();
  await expect(dialog.getByLabel('Reason to import for this patient anyway')).toBeFocused();
  await screenshot(page, 'labs-7-override');
  await dialog.getByLabel('Reason to import for this patient anyway').fill('Lab misspelt the name; MRN and DOB match');
  await importButton.click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('article')).toHaveCount(1);
});
