import type { Page } from '@playwright/test';
import { patientInput, staffPasswords } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { registerPatients } from './support/api';
import { openChart, openChartSection } from './support/ui';

/** Issue 4: the coded problem list in the chart. */

const diabetes = 'E11.9 — Type 2 diabetes mellitus without complications';

/** Types into the ICD-10-CM picker and picks the entry. */
const pickDiagnosis = async (page: Page, form: ReturnType<Page['getByRole']>, typed: string, entry: string) => {
  const picker = form.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' });
  await picker.fill(typed);
  await page.getByRole('option', { name: entry }).click();
  await expect(picker).toHaveValue(entry);
  return picker;
};

test('a physician adds a coded problem, is refused a duplicate, resolves it, retires it and reads its history', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [liz] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Elizabeth', legalFamilyName: 'Bennet', birthDate: '1958-05-12', sex: 'female' }),
  ]);
  await practice.signIn(page, 'physician');
  await openChart(page, liz!.mrn, 'Bennet, Elizabeth');
  await openChartSection(page, 'Problems');

  const panel = page.getByRole('region', { name: 'Problems', exact: true });
  await expect(panel.getByText('No problems recorded.')).toBeVisible();

  // Add E11.9 by typing words and picking it; the description fills from the code.
  await panel.getByRole('button', { name: 'Add problem' }).click();
  let form = page.getByRole('form', { name: 'Add problem' });
  await expect(form.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' })).toBeFocused();
  await form.getByRole('combobox', { name: 'Diagnosis (ICD-10-CM)' }).fill('type 2 diab');
  await expect(page.getByRole('option', { name: diabetes })).toBeVisible();
  await screenshot(page, 'problems-1-picker');
  await page.getByRole('option', { name: diabetes }).click();
  await expect(form.getByLabel('Description')).toHaveValue('Type 2 diabetes mellitus without complications');
  await form.getByLabel('Onset date').fill('2019-03-01');
  await form.getByLabel('Comment').fill('Diet controlled');
  await form.getByRole('button', { name: 'Add problem' }).click();
  await expect(form).toBeHidden();
  const table = panel.getByRole('table', { name: 'Active problems' });
  const row = table.getByRole('row').filter({ hasText: 'E11.9' });
  await expect(row).toContainText('Type 2 diabetes mellitus without complications');
  await expect(row).toContainText('2019-03-01');
  await expect(row).toContainText('Diet controlled');
  await screenshot(page, 'problems-2-added');

  // A second active E11.9 is refused beside the code field.
  await panel.getByRole('button', { name: 'Add problem' }).click();
  form = page.getByRole('form', { name: 'Add problem' });
  const picker = await pickDiagnosis(page, form, 'E11.9', diabetes);
  await form.getByRole('button', { name: 'Add problem' }).click();
  await expect(picker).toHaveAccessibleDescription(/already an active problem/);
  await expect(picker).toBeFocused();
  await screenshot(page, 'problems-3-duplicate');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();

  // Edit the comment, then resolve: it moves to the Resolved list and stays on the chart.
  await row.getByRole('button', { name: 'Edit Type 2 diabetes mellitus without complications' }).click();
  form = page.getByRole('form', { name: 'Edit problem' });
  await form.getByLabel('Comment').fill('Diet controlled; A1c 6.1%');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  await expect(row).toContainText('A1c 6.1%');
  await row.getByRole('button', { name: 'Resolve: Type 2 diabetes mellitus without complications' }).click();
  await expect(table).toBeHidden();
  await expect(panel.getByText('No active problems.')).toBeVisible();
  await panel.getByRole('button', { name: 'Resolved (1)' }).click();
  const resolved = panel.getByRole('list', { name: 'Resolved problems' }).getByRole('listitem');
  await expect(resolved).toHaveCount(1);
  await expect(resolved.first()).toContainText('E11.9');
  await screenshot(page, 'problems-4-resolved');

  // Retire with a reason: it moves to Retired with the reason.
  await resolved.first().getByRole('button', { name: 'Retire Type 2 diabetes mellitus without complications' }).click();
  const retire = page.getByRole('form', { name: 'Retire problem' });
  await retire.getByRole('radio', { name: 'Entered in error' }).check();
  await retire.getByRole('button', { name: 'Retire problem' }).click();
  await expect(retire).toBeHidden();
  await expect(panel.getByRole('button', { name: /^Resolved/ })).toHaveCount(0);
  await panel.getByRole('button', { name: 'Retired (1)' }).click();
  const retired = panel.getByRole('list', { name: 'Retired problems' }).getByRole('listitem');
  await expect(retired).toHaveCount(1);
  await expect(retired.first()).toContainText('E11.9');
  await expect(retired.first()).toContainText('reason: entered in error');
  await expect(retired.first().getByRole('button', { name: /^Retire/ })).toHaveCount(0);
  await screenshot(page, 'problems-5-retired');

  // History: recorded, edited (comment), edited (status), retired, newest first.
  await retired
    .first()
    .getByRole('button', { name: 'History of Type 2 diabetes mellitus without complications' })
    .click();
  const history = page.getByRole('dialog', { name: /^History: E11.9/ });
  const versions = history
    .getByRole('list', { name: 'Versions' })
    .locator(':scope > li')
    .filter({ hasText: /version \d+/ });
  await expect(versions).toHaveCount(4);
  await expect(versions.nth(0)).toContainText('Retired');
  await expect(versions.nth(0)).toContainText('Reason: entered in error');
  await expect(versions.nth(0)).toContainText(`by ${staffPasswords.physician.fullName}`);
  await expect(versions.nth(1)).toContainText('Edited');
  await expect(versions.nth(1).getByRole('listitem')).toHaveText('Status: Active → Resolved');
  await expect(versions.nth(2)).toContainText('Edited');
  await expect(versions.nth(2).getByRole('listitem')).toHaveText(
    'Comment: Diet controlled → Diet controlled; A1c 6.1%',
  );
  await expect(versions.nth(3)).toContainText('Recorded');
  await screenshot(page, 'problems-6-history');
});

test('the front desk sees no problem list', async ({ page, practice }) => {
  await practice.seed();
  const [jane] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Jane', legalFamilyName: 'Austen', birthDate: '1975-12-16', sex: 'female' }),
  ]);
  await practice.signIn(page, 'front_desk');
  await openChart(page, jane!.mrn, 'Austen, Jane');
  // The front desk's chart has demographics and the disclosure log: no clinical tab is even offered.
  await expect(page.getByRole('tablist', { name: 'Chart sections' }).getByRole('tab')).toHaveText([
    'Demographics',
    'Disclosures',
  ]);
  await expect(page.getByRole('region', { name: 'Demographics' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Problems', exact: true })).toHaveCount(0);
});
