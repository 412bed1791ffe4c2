import { patientInput } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { registerPatients } from './support/api';
import { openChart, openChartSection } from './support/ui';

/** Issue 4: a nurse records vitals (refused, fixed, flagged, trended) and the family and social history. */

const pad = (n: number) => String(n).padStart(2, '0');
const localInput = (date: Date) =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;

test('a nurse records vitals: an impossible value is refused with the reason, abnormal ones are flagged, trends drawn', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [jane] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Jane', legalFamilyName: 'Fairfax', birthDate: '1961-08-14', sex: 'female' }),
  ]);
  await practice.signIn(page, 'nurse');
  await openChart(page, jane!.mrn, 'Fairfax, Jane');
  await openChartSection(page, 'Vitals');

  const panel = page.getByRole('region', { name: 'Vitals', exact: true });
  const form = panel.getByRole('form', { name: 'Record vitals' });
  await expect(panel.getByText('No vitals recorded.')).toBeVisible();
  // An adult: no head circumference; the temperature is typed in the practice's °F.
  await expect(form.getByLabel('Head circumference')).toHaveCount(0);
  await expect(form.getByLabel('Temperature (°F)')).toBeVisible();

  // Yesterday's set, typed from the keyboard: the cursor starts in Systolic, Tab moves on.
  const yesterday = new Date(Date.now() - 24 * 3_600_000);
  await form.getByLabel('Taken at').fill(localInput(yesterday));
  await form.getByLabel('Systolic').focus();
  await page.keyboard.type('400');
  await page.keyboard.press('Tab');
  await page.keyboard.type('20');
  await page.keyboard.press('Tab');
  await page.keyboard.type('110');
  await page.keyboard.press('Tab');
  await page.keyboard.type('18');
  await page.keyboard.press('Tab');
  await page.keyboard.type('100.4');
  await page.keyboard.press('Tab');
  await page.keyboard.type('93');
  await page.keyboard.press('Tab');
  await page.keyboard.type('67');
  await page.keyboard.press('Tab');
  await page.keyboard.type('190');
  await expect(form.getByText('29.8 kg/m²')).toBeVisible();
  await page.keyboard.press('Control+Enter');

  const systolic = form.getByLabel('Systolic');
  await expect(form.getByText('Systolic 400 is not possible (20–300 mmHg). Check the reading.')).toBeVisible();
  await expect(systolic).toHaveAttribute('aria-invalid', 'true');
  await expect(panel.getByText('No vitals recorded.')).toBeVisible();
  await screenshot(page, 'vitals-1-impossible-refused');

  await systolic.fill('150');
  await form.getByLabel('Diastolic').fill('95');
  await form.getByLabel('Pain (0–10)').fill('4');
  await systolic.press('Control+Enter');
  await expect(form.getByText(/^Saved the set taken/)).toBeVisible();
  await expect(systolic).toHaveValue('');
  await expect(systolic).toBeFocused();

  // Today's set, saved with the button.
  await systolic.fill('118');
  await form.getByLabel('Diastolic').fill('76');
  await form.getByLabel('Heart rate').fill('72');
  await form.getByLabel('Temperature (°F)').fill('98.6');
  await form.getByLabel('SpO2').fill('98');
  await form.getByRole('textbox', { name: 'Weight (lb)' }).fill('188.5');
  await form.getByRole('button', { name: 'Save vitals' }).click();
  await expect(form.getByText(/^Saved the set taken/)).toBeVisible();

  const table = panel.getByRole('table', { name: 'Vital signs, newest first' });
  const rows = table.getByRole('row');
  await expect(rows).toHaveCount(3);
  const [today, older] = [rows.nth(1), rows.nth(2)];
  await expect(today).toContainText('118/76');
  await expect(today).toContainText('98.6');
  await expect(today).not.toContainText('High');
  await expect(older).toContainText('150/95');
  await expect(older).toContainText('100.4');
  await expect(older).toContainText('29.8');
  // Abnormal values say so in words: BP, pulse, temperature and BMI high; SpO2 low.
  await expect(older.getByText('High')).toHaveCount(4);
  await expect(older.getByText('Low')).toHaveCount(1);

  const trends = panel.getByRole('region', { name: 'Trends' });
  const systolicTrend = trends.getByRole('img', { name: /^Systolic trend: 2 readings/ });
  await expect(systolicTrend).toBeVisible();
  await expect(systolicTrend).toHaveAccessibleName(/Latest 118 mmHg\. Range 118 to 150 mmHg\. Normal 90 to 129 mmHg\./);
  await expect(trends.getByRole('img', { name: /^Temperature trend: 2 readings.*Latest 98\.6 °F\./ })).toBeVisible();
  await screenshot(page, 'vitals-2-table-and-trends');

  // The history of a set shows an edit in the practice's units.
  await today.getByRole('button', { name: /^Edit vitals taken/ }).click();
  const edit = page.getByRole('form', { name: 'Edit vitals' });
  await expect(edit.getByLabel('Temperature (°F)')).toHaveValue('98.6');
  await edit.getByLabel('Temperature (°F)').fill('99.1');
  await edit.getByRole('button', { name: 'Save changes' }).click();
  await expect(edit).toBeHidden();
  await expect(today).toContainText('99.1');
  await today.getByRole('button', { name: /^History of vitals taken/ }).click();
  const history = page.getByRole('dialog', { name: /^History: vitals taken/ });
  await expect(history.getByText('98.6 °F → 99.1 °F')).toBeVisible();
  await screenshot(page, 'vitals-3-history');
  await history.getByRole('button', { name: 'Close' }).click();
});

test('a nurse records the family history with an ICD-10-CM condition and the social history with its versions', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [tom] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Thomas', legalFamilyName: 'Bertram', birthDate: '1975-02-03', sex: 'male' }),
  ]);
  await practice.signIn(page, 'nurse');
  await openChart(page, tom!.mrn, 'Bertram, Thomas');
  await openChartSection(page, 'Histories');

  const family = page.getByRole('region', { name: 'Family history', exact: true });
  await expect(family.getByText('No family history recorded.')).toBeVisible();
  await family.getByRole('button', { name: 'Add family history' }).click();
  let form = page.getByRole('form', { name: 'Add family history' });
  await form.getByRole('combobox', { name: 'Relative' }).click();
  await page.getByRole('option', { name: 'Father', exact: true }).click();
  const picker = form.getByRole('combobox', { name: 'Diagnosis code (ICD-10-CM, optional)' });
  await picker.fill('type 2 diab');
  const diabetes = 'E11.9 — Type 2 diabetes mellitus without complications';
  await page.getByRole('option', { name: diabetes }).click();
  await expect(form.getByLabel('Condition')).toHaveValue('Type 2 diabetes mellitus without complications');
  await form.getByLabel('Age at onset').fill('130');
  await form.getByRole('button', { name: 'Add to family history' }).click();
  await expect(form.getByText('The age at onset must be 120 or less. Leave it blank if not known.')).toBeVisible();
  await form.getByLabel('Age at onset').fill('52');
  await form.getByLabel('Deceased').check();
  await form.getByRole('button', { name: 'Add to family history' }).click();
  await expect(form).toBeHidden();

  // A condition typed in words, for a relative described in the comment.
  await family.getByRole('button', { name: 'Add family history' }).click();
  form = page.getByRole('form', { name: 'Add family history' });
  await form.getByRole('combobox', { name: 'Relative' }).click();
  await page.getByRole('option', { name: /^Other relative/ }).click();
  await form.getByLabel('Condition').fill('Early heart attack');
  await form.getByRole('button', { name: 'Add to family history' }).click();
  await expect(form.getByText(/Say who the relative is in the comment/)).toBeVisible();
  await form.getByLabel('Comment').fill('Half-brother, at 44');
  await form.getByRole('button', { name: 'Add to family history' }).click();
  await expect(form).toBeHidden();

  const table = family.getByRole('table', { name: 'Family history' });
  const father = table.getByRole('row').filter({ hasText: 'Father' });
  await expect(father).toContainText('Type 2 diabetes mellitus without complications (E11.9)');
  await expect(father).toContainText('52');
  await expect(father).toContainText('Yes');
  await expect(table.getByRole('row').filter({ hasText: 'Other relative' })).toContainText('Half-brother, at 44');

  // Social history: recorded once, then edited; both versions are kept.
  const social = page.getByRole('region', { name: 'Social history', exact: true });
  await expect(social.getByText('No social history recorded.')).toBeVisible();
  await social.getByRole('button', { name: 'Record social history' }).click();
  let socialForm = page.getByRole('form', { name: 'Social history' });
  await socialForm.getByRole('button', { name: 'Save social history' }).click();
  await expect(socialForm.getByText('Fill in at least one part of the social history before saving.')).toBeVisible();
  await socialForm.getByRole('combobox', { name: 'Smoking status' }).click();
  await page.getByRole('option', { name: 'Former smoker', exact: true }).click();
  await socialForm.getByLabel('Tobacco comment').fill('Quit 2015; 20 pack-years');
  await socialForm.getByLabel('Occupation').fill('Carpenter');
  await socialForm.getByRole('button', { name: 'Save social history' }).click();
  await expect(socialForm).toBeHidden();
  await expect(social.getByText('Former smoker (8517006)')).toBeVisible();

  await social.getByRole('button', { name: 'Edit social history' }).click();
  socialForm = page.getByRole('form', { name: 'Social history' });
  await socialForm.getByLabel('Alcohol').fill('2 beers a week');
  await socialForm.getByLabel('Living situation').fill('Lives with wife and two children');
  await socialForm.getByRole('button', { name: 'Save social history' }).click();
  await expect(socialForm).toBeHidden();
  await expect(social.getByText('2 beers a week')).toBeVisible();
  await expect(social.getByText(/\(version 2\)/)).toBeVisible();
  await screenshot(page, 'histories-1-family-and-social');

  await social.getByRole('button', { name: 'History', exact: true }).click();
  const history = page.getByRole('dialog', { name: 'History: social history' });
  await expect(history.getByText('(blank) → 2 beers a week')).toBeVisible();
  await expect(history.getByText('Recorded')).toBeVisible();
  await screenshot(page, 'histories-2-social-history-versions');
});

test('in a °C practice a nurse records a toddler: head circumference offered, fever flagged, adult ranges not applied', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const twoYearsAgo = new Date(Date.now() - 2 * 365 * 24 * 3_600_000);
  const birthDate = `${twoYearsAgo.getFullYear()}-${pad(twoYearsAgo.getMonth() + 1)}-01`;
  const [toddler] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Lily', legalFamilyName: 'Price', birthDate, sex: 'female' }),
  ]);

  // The office manager shows temperatures in °C.
  await practice.signIn(page, 'office_manager');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Administration' }).click();
  await page.getByRole('menuitem', { name: 'Practice settings' }).click();
  const vitalSigns = page.getByRole('group', { name: 'Vital signs' });
  await expect(vitalSigns.getByRole('radio', { name: 'Fahrenheit (°F)' })).toBeChecked();
  await vitalSigns.getByRole('radio', { name: 'Celsius (°C)' }).check();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Practice settings saved')).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();

  await practice.signIn(page, 'nurse');
  await openChart(page, toddler!.mrn, 'Price, Lily');
  await openChartSection(page, 'Vitals');
  const panel = page.getByRole('region', { name: 'Vitals', exact: true });
  const form = panel.getByRole('form', { name: 'Record vitals' });
  await form.getByLabel('Heart rate').fill('130');
  await form.getByLabel('Temperature (°C)').fill('38.6');
  await form.getByRole('textbox', { name: 'Weight (kg)' }).fill('12.4');
  await form.getByLabel('Head circumference (cm)').fill('48.5');
  await form.getByLabel('Comment').fill('Fussy, pulling at left ear');
  await form.getByLabel('Comment').press('Control+Enter');
  await expect(form.getByText(/^Saved the set taken/)).toBeVisible();

  const row = panel.getByRole('table', { name: 'Vital signs, newest first' }).getByRole('row').nth(1);
  await expect(row).toContainText('38.6');
  await expect(row).toContainText('48.5');
  // Fever is fever at any age; a toddler's pulse of 130 is not judged by the adult range.
  await expect(row.getByText('High')).toHaveCount(1);
  await screenshot(page, 'vitals-4-toddler-celsius');
});
