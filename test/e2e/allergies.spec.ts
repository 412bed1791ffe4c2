import { patientInput, staffPasswords } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { registerPatients } from './support/api';
import { openChart, openChartSection, patientBanner } from './support/ui';

/** Issue 4: the allergy list in the chart, and the banner line that follows it. */

test('a nurse records no known allergies, then an allergy, edits it and retires it; the banner follows', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [liz] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Elizabeth', legalFamilyName: 'Bennet', birthDate: '1988-05-12', sex: 'female' }),
  ]);
  await practice.signIn(page, 'nurse');
  await openChart(page, liz!.mrn, 'Bennet, Elizabeth');
  await openChartSection(page, 'Allergies');

  const banner = patientBanner(page);
  const panel = page.getByRole('region', { name: 'Allergies', exact: true });
  await expect(banner.getByText('Allergies not recorded')).toBeVisible();
  await expect(panel.getByText(/^Allergies not recorded/)).toBeVisible();
  await screenshot(page, 'allergies-1-not-recorded');

  // "No known allergies", confirmed, with who said so.
  await panel.getByRole('button', { name: 'No known allergies' }).click();
  const confirm = page.getByRole('dialog', { name: 'Record no known allergies?' });
  await confirm.getByRole('button', { name: 'Record no known allergies' }).click();
  await expect(confirm).toBeHidden();
  await expect(banner.getByText('No known allergies')).toBeVisible();
  await expect(panel.getByText(`No known allergies — recorded by ${staffPasswords.nurse.fullName}`)).toBeVisible();
  await screenshot(page, 'allergies-2-no-known');

  // Penicillin: drug, severe, hives.
  await panel.getByRole('button', { name: 'Add allergy' }).click();
  let form = page.getByRole('form', { name: 'Add allergy' });
  await expect(form.getByLabel('Substance')).toBeFocused();
  await form.getByLabel('Substance').fill('Penicillin');
  await form.getByLabel('Category').selectOption({ label: 'Drug' });
  await form.getByLabel('Reaction').fill('Hives');
  await form.getByRole('radio', { name: 'Severe' }).check();
  await screenshot(page, 'allergies-3-add-form');
  await form.getByRole('button', { name: 'Add allergy' }).click();
  await expect(form).toBeHidden();
  await expect(banner.getByText('Allergies: Penicillin (severe): Hives')).toBeVisible();
  const table = panel.getByRole('table', { name: 'Active allergies' });
  const row = table.getByRole('row').filter({ hasText: 'Penicillin' });
  await expect(row).toContainText('Drug');
  await expect(row).toContainText('Hives');
  await expect(row).toContainText('Severe');
  await expect(panel.getByRole('button', { name: 'No known allergies' })).toHaveCount(0);
  await screenshot(page, 'allergies-4-penicillin');

  // A second "penicillin" is refused beside the substance field.
  await panel.getByRole('button', { name: 'Add allergy' }).click();
  form = page.getByRole('form', { name: 'Add allergy' });
  await form.getByLabel('Substance').fill('penicillin');
  await form.getByLabel('Category').selectOption({ label: 'Drug' });
  await form.getByRole('radio', { name: 'Unknown severity' }).check();
  await form.getByRole('button', { name: 'Add allergy' }).click();
  const substance = form.getByLabel('Substance');
  await expect(substance).toHaveAccessibleDescription(/already on this patient's allergy list/);
  await expect(substance).toBeFocused();
  await screenshot(page, 'allergies-5-duplicate');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(form).toBeHidden();

  // Edit the reaction; the history shows the change.
  await row.getByRole('button', { name: 'Edit Penicillin' }).click();
  form = page.getByRole('form', { name: 'Edit allergy' });
  await form.getByLabel('Reaction').fill('Hives and wheezing');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(form).toBeHidden();
  await expect(banner.getByText('Allergies: Penicillin (severe): Hives and wheezing')).toBeVisible();
  await row.getByRole('button', { name: 'History of Penicillin' }).click();
  const history = page.getByRole('dialog', { name: 'History: Penicillin' });
  const versions = history
    .getByRole('list', { name: 'Versions' })
    .locator(':scope > li')
    .filter({ hasText: /version \d+/ });
  await expect(versions).toHaveCount(2);
  await expect(versions.first()).toContainText('Edited');
  await expect(versions.first()).toContainText(`by ${staffPasswords.nurse.fullName}`);
  await expect(versions.first().getByRole('listitem')).toHaveText('Reaction: Hives → Hives and wheezing');
  await expect(versions.last()).toContainText('Recorded');
  await screenshot(page, 'allergies-6-history');
  await history.getByRole('button', { name: 'Close' }).last().click();
  await expect(history).toBeHidden();

  // Retire with a reason: the banner goes back to "not recorded"; the retired list keeps the reason.
  await row.getByRole('button', { name: 'Retire Penicillin' }).click();
  const retire = page.getByRole('form', { name: 'Retire allergy' });
  await retire.getByRole('button', { name: 'Retire allergy' }).click();
  await expect(retire.getByText('Pick a reason.')).toBeVisible();
  await retire.getByRole('radio', { name: 'Entered in error' }).check();
  await screenshot(page, 'allergies-7-retire');
  await retire.getByRole('button', { name: 'Retire allergy' }).click();
  await expect(retire).toBeHidden();
  await expect(banner.getByText('Allergies not recorded')).toBeVisible();
  await expect(table).toBeHidden();
  const retiredToggle = panel.getByRole('button', { name: 'Retired (1)' });
  await expect(retiredToggle).toHaveAttribute('aria-expanded', 'false');
  await retiredToggle.click();
  await expect(retiredToggle).toHaveAttribute('aria-expanded', 'true');
  const retired = panel.getByRole('list', { name: 'Retired allergies' }).getByRole('listitem');
  await expect(retired).toHaveCount(1);
  await expect(retired.first()).toContainText('Penicillin');
  await expect(retired.first()).toContainText('reason: entered in error');
  await expect(panel.getByRole('button', { name: 'No known allergies' })).toBeVisible();
  await screenshot(page, 'allergies-8-retired');

  // The banner followed every change without reading the chart again: one chart open, audited once.
  const opens = practice.app.services.vault.store.sqlite
    .prepare("SELECT count(*) FROM audit_log WHERE action = 'chart.open'")
    .pluck()
    .get();
  expect(opens).toBe(1);
});

test('the front desk sees the allergy line in the banner but no allergy panel', async ({ page, practice }) => {
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
  await expect(patientBanner(page).getByText('Allergies not recorded')).toBeVisible();
  await expect(page.getByRole('region', { name: 'Demographics' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Allergies', exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Add allergy' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'No known allergies' })).toHaveCount(0);
  await screenshot(page, 'allergies-9-front-desk');
});
