import type { Page } from '@playwright/test';
import { today } from '../../electron/contract';
import { patientInput, staffPasswords } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { registerPatients } from './support/api';
import { openChart, openChartSection } from './support/ui';

/** Issue 4: the immunization record: a dose given here, a historical dose and a refusal. */

/** Types into the CVX picker and picks the entry that starts with `entry`. */
const pickVaccine = async (page: Page, form: ReturnType<Page['getByRole']>, typed: string, entry: string) => {
  const picker = form.getByRole('combobox', { name: 'Vaccine (CVX)' });
  await picker.fill(typed);
  await page.getByRole('option', { name: new RegExp(`^${entry.replace(/[()]/g, '\\$&')}`) }).click();
  await expect(picker).toHaveValue(entry);
};

test('a nurse records a dose given here, a historical dose and a refusal', async ({ page, practice }) => {
  await practice.seed();
  const [anne] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Anne', legalFamilyName: 'Elliot', birthDate: '1985-08-09', sex: 'female' }),
  ]);
  await practice.signIn(page, 'nurse');
  await openChart(page, anne!.mrn, 'Elliot, Anne');
  await openChartSection(page, 'Immunizations');

  const panel = page.getByRole('region', { name: 'Immunizations', exact: true });
  await expect(panel.getByText('No immunizations recorded.')).toBeVisible();

  // Given here: the NCVIA fields; an expired lot is refused beside the expiry.
  await panel.getByRole('button', { name: 'Record immunization' }).click();
  let form = page.getByRole('form', { name: 'Record immunization' });
  await expect(form.getByRole('radio', { name: 'Given here' })).toBeChecked();
  await expect(form.getByLabel('Date given')).toHaveValue(today());
  await expect(form.getByLabel('Administered by')).toHaveValue(staffPasswords.nurse.fullName);
  await form.getByRole('combobox', { name: 'Vaccine (CVX)' }).fill('tdap');
  await expect(page.getByRole('option', { name: /^Tdap \(CVX 115\)/ })).toBeVisible();
  await screenshot(page, 'immunizations-1-picker');
  await page.getByRole('option', { name: /^Tdap \(CVX 115\)/ }).click();
  await form.getByLabel('Lot number').fill('TD4471');
  await form.getByLabel('Expiry date').fill('2020-01-31');
  await form.getByLabel('Manufacturer').fill('Sanofi Pasteur');
  await form.getByLabel('Site').selectOption({ label: 'Left deltoid' });
  await form.getByLabel('Route').selectOption({ label: 'Intramuscular (IM)' });
  await form.getByLabel('Dose').fill('0.5 mL');
  await form.getByLabel('VIS date').fill('2021-08-06');
  await form.getByRole('button', { name: 'Record immunization' }).click();
  const expiry = form.getByLabel('Expiry date');
  await expect(expiry).toHaveAccessibleDescription(/This lot expired on 2020-01-31, before the dose date/);
  await screenshot(page, 'immunizations-2-expired-lot');
  await expiry.fill('2027-06-30');
  await form.getByRole('button', { name: 'Record immunization' }).click();
  await expect(form).toBeHidden();
  const table = panel.getByRole('table', { name: 'Immunizations, newest first' });
  const tdap = table.getByRole('row').filter({ hasText: 'Tdap' });
  await expect(tdap).toContainText('Given here');
  await expect(tdap).toContainText(
    'Lot TD4471 (exp. 2027-06-30) · Sanofi Pasteur · Left deltoid · Intramuscular (IM) · 0.5 mL · by Amy Nurse · VIS 2021-08-06',
  );

  // Historical: reported by the patient; the vaccine and date are enough, and nobody here gave it.
  await panel.getByRole('button', { name: 'Record immunization' }).click();
  form = page.getByRole('form', { name: 'Record immunization' });
  await form.getByRole('radio', { name: 'Historical (reported)' }).check();
  await expect(form.getByLabel('Given by (person or place)')).toHaveValue('');
  await pickVaccine(page, form, 'mmr', 'MMR (CVX 03)');
  await form.getByLabel('Date given').fill('1990-05-01');
  await form.getByLabel('Comment').fill('From her childhood vaccine card');
  await form.getByRole('button', { name: 'Record immunization' }).click();
  await expect(form).toBeHidden();

  // Refused: the reason is required, and no lot or site is asked for.
  await panel.getByRole('button', { name: 'Record immunization' }).click();
  form = page.getByRole('form', { name: 'Record immunization' });
  await form.getByRole('radio', { name: 'Refused' }).check();
  await expect(form.getByLabel('Lot number')).toHaveCount(0);
  await pickVaccine(page, form, 'influenza high-dose', 'Influenza, high-dose, quadrivalent, PF (CVX 197)');
  await form.getByRole('button', { name: 'Record immunization' }).click();
  const reason = form.getByRole('combobox', { name: 'Refusal reason' });
  await expect(reason).toHaveAccessibleDescription(/Enter why the vaccine was refused/);
  await reason.fill('Patient declined; will reconsider in the fall');
  await reason.press('Escape');
  await screenshot(page, 'immunizations-3-refusal-form');
  await form.getByRole('button', { name: 'Record immunization' }).click();
  await expect(form).toBeHidden();

  // Newest first, each badged by kind.
  const rows = table.getByRole('row').filter({ has: page.getByRole('cell') });
  await expect(rows).toHaveCount(3);
  await expect(rows.nth(0)).toContainText('Refused');
  await expect(rows.nth(0)).toContainText('Reason: Patient declined; will reconsider in the fall');
  await expect(rows.nth(1)).toContainText('Tdap');
  await expect(rows.nth(2)).toContainText('1990-05-01');
  await expect(rows.nth(2)).toContainText('Historical (reported)');
  await expect(rows.nth(2)).toContainText('From her childhood vaccine card');
  await screenshot(page, 'immunizations-4-record');
});
