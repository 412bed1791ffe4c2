import { today } from '../../electron/contract';
import { patientInput, staffPasswords } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { registerPatients } from './support/api';
import { openChart, openChartSection } from './support/ui';

/** Issue 4: the medication list: coded and uncoded drugs, a refused dose, stopping, and "Reviewed today". */

test('a physician adds a coded and an uncoded medication, stops one, and marks the list reviewed today', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [emma] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Emma', legalFamilyName: 'Woodhouse', birthDate: '1961-02-14', sex: 'female' }),
  ]);
  await practice.signIn(page, 'physician');
  await openChart(page, emma!.mrn, 'Woodhouse, Emma');
  await openChartSection(page, 'Medications');

  const panel = page.getByRole('region', { name: 'Medications', exact: true });
  await expect(panel.getByText('Never reviewed')).toBeVisible();
  await expect(panel.getByText('No medications recorded.')).toBeVisible();

  // A coded drug, picked from the RxNorm list; a dose typed in words is refused beside the field.
  await panel.getByRole('button', { name: 'Add medication' }).click();
  let form = page.getByRole('form', { name: 'Add medication' });
  const drug = form.getByRole('combobox', { name: 'Drug' });
  await expect(drug).toBeFocused();
  await drug.fill('lisin');
  await expect(page.getByRole('option', { name: 'Lisinopril', exact: true })).toBeVisible();
  await screenshot(page, 'medications-1-picker');
  await page.getByRole('option', { name: 'Lisinopril', exact: true }).click();
  await expect(drug).toHaveValue('Lisinopril');
  await expect(form.getByText('RxNorm 29046')).toBeVisible();
  await form.getByLabel('Strength').fill('10 mg');
  await form.getByLabel('Dose', { exact: true }).fill('one');
  await form.getByRole('combobox', { name: 'Dose unit' }).fill('tablet');
  await form.getByRole('combobox', { name: 'Dose unit' }).press('Escape');
  await form.getByLabel('Route').selectOption({ label: 'Oral (by mouth)' });
  await form.getByRole('combobox', { name: 'Frequency' }).fill('once daily');
  await form.getByRole('combobox', { name: 'Frequency' }).press('Escape');
  await form.getByLabel('Directions (sig)').fill('Take 1 tablet by mouth every morning');
  await form.getByLabel('Quantity').fill('90 tablets');
  await form.getByLabel('Start date').fill('2024-01-10');
  await form.getByLabel('Prescriber').fill(staffPasswords.physician.fullName);
  await form.getByRole('button', { name: 'Add medication' }).click();
  const dose = form.getByLabel('Dose', { exact: true });
  await expect(dose).toHaveAccessibleDescription(/Enter the dose as a number, e\.g\. 1 or 0\.5\./);
  await screenshot(page, 'medications-2-dose-refused');
  await dose.fill('1');
  await form.getByRole('button', { name: 'Add medication' }).click();
  await expect(form).toBeHidden();
  const table = panel.getByRole('table', { name: 'Current medications' });
  const lisinopril = table.getByRole('row').filter({ hasText: 'Lisinopril 10 mg' });
  await expect(lisinopril).toContainText('1 tablet');
  await expect(lisinopril).toContainText('Oral (by mouth)');
  await expect(lisinopril).toContainText('once daily');
  await expect(lisinopril).toContainText('Take 1 tablet by mouth every morning');
  await expect(lisinopril.getByText('Uncoded')).toHaveCount(0);

  // A drug that is not in the list, typed in full: saved, and shown as uncoded.
  await panel.getByRole('button', { name: 'Add medication' }).click();
  form = page.getByRole('form', { name: 'Add medication' });
  await form.getByRole('combobox', { name: 'Drug' }).fill('Turmeric extract');
  await form.getByRole('combobox', { name: 'Drug' }).press('Escape');
  await expect(form.getByText('Uncoded')).toBeVisible();
  await form.getByLabel('Strength').fill('500 mg');
  await form.getByLabel('Dose', { exact: true }).fill('2');
  await form.getByRole('combobox', { name: 'Dose unit' }).fill('capsule');
  await form.getByRole('combobox', { name: 'Dose unit' }).press('Escape');
  await form.getByLabel('Comment').fill('Self-started, over the counter');
  await screenshot(page, 'medications-3-uncoded-form');
  await form.getByRole('button', { name: 'Add medication' }).click();
  await expect(form).toBeHidden();
  const turmeric = table.getByRole('row').filter({ hasText: 'Turmeric extract 500 mg' });
  await expect(turmeric.getByText('Uncoded')).toBeVisible();
  await expect(turmeric).toContainText('2 capsule');
  await screenshot(page, 'medications-4-current');

  // Stop Lisinopril: it leaves the current list and stays on the chart with today's stop date.
  await lisinopril.getByRole('button', { name: 'Stop Lisinopril 10 mg' }).click();
  const stop = page.getByRole('form', { name: 'Stop medication' });
  await expect(stop.getByLabel('Stop date')).toHaveValue(today());
  await stop.getByRole('button', { name: 'Stop medication' }).click();
  await expect(stop).toBeHidden();
  await expect(lisinopril).toHaveCount(0);
  await panel.getByRole('button', { name: 'Stopped or completed (1)' }).click();
  const inactive = panel.getByRole('list', { name: 'Stopped or completed medications' }).getByRole('listitem');
  await expect(inactive).toHaveCount(1);
  await expect(inactive.first()).toContainText('Lisinopril 10 mg');
  await expect(inactive.first()).toContainText(`Stopped ${today()} (started 2024-01-10)`);

  // Reviewed today: who and when, on the panel.
  await panel.getByRole('button', { name: 'Reviewed today' }).click();
  await expect(panel.getByText(`Reviewed today by ${staffPasswords.physician.fullName} at`)).toBeVisible();
  await screenshot(page, 'medications-5-stopped-and-reviewed');

  // The history tells the stop apart from the entry.
  await inactive.first().getByRole('button', { name: 'History of Lisinopril 10 mg' }).click();
  const history = page.getByRole('dialog', { name: 'History: Lisinopril 10 mg' });
  const versions = history
    .getByRole('list', { name: 'Versions' })
    .locator(':scope > li')
    .filter({ hasText: /version \d+/ });
  await expect(versions).toHaveCount(2);
  await expect(versions.nth(0).getByRole('listitem').filter({ hasText: 'Status' })).toHaveText(
    'Status: Active → Stopped',
  );
  await screenshot(page, 'medications-6-history');
});
