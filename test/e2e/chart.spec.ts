import { patientInput, staffPasswords } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { apiCaller, registerPatients } from './support/api';
import { bannerFact, openFinder, patientBanner, viewportScreenshot } from './support/ui';

/** Issue 2 and PRODUCT.md "Never show the wrong patient": the banner, and demographics edits with their history. */

/** Whole years from a birth date to today, in the browser's local calendar (as the banner counts them). */
const yearsSince = (iso: string, today = new Date()): number => {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const beforeBirthday = today.getMonth() + 1 < m || (today.getMonth() + 1 === m && today.getDate() < d);
  return today.getFullYear() - y - (beforeBirthday ? 1 : 0);
};

test('the banner names the patient and stays in view; a demographics edit shows in the history', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [liz] = await registerPatients(practice, [
    patientInput({
      legalGivenName: 'Elizabeth',
      legalFamilyName: 'Bennet',
      preferredName: 'Liz',
      birthDate: '1988-05-12',
      sex: 'female',
      mobilePhone: '(217) 555-0142',
    }),
  ]);
  await practice.signIn(page, 'front_desk');
  const { dialog, input } = await openFinder(page);
  await input.fill(liz!.mrn);
  await expect(dialog.getByRole('option').filter({ hasText: 'Bennet, Elizabeth' })).toBeVisible();
  await input.press('Enter');

  // The banner: name, preferred name, age, sex, DOB, MRN and the allergy state in words.
  const banner = patientBanner(page);
  await expect(banner.getByRole('heading', { level: 1 })).toHaveText('Bennet, Elizabeth');
  await expect(banner).toHaveAccessibleName('Patient: Bennet, Elizabeth');
  await expect(banner.getByText('goes by')).toHaveText('goes by Liz');
  await expect(bannerFact(banner, 'Age')).toHaveText(`${yearsSince('1988-05-12')} years`);
  await expect(bannerFact(banner, 'Sex')).toHaveText('Female');
  await expect(bannerFact(banner, 'DOB')).toHaveText('12 May 1988');
  await expect(bannerFact(banner, 'MRN')).toHaveText(liz!.mrn);
  await expect(banner.getByText('Allergies not recorded')).toBeVisible();
  await screenshot(page, 'chart-1-banner');

  // Editing makes the page long; at the bottom of it the banner is still on screen, under the top bar.
  await page.getByRole('button', { name: 'Edit demographics' }).click();
  const form = page.getByRole('form', { name: 'Edit demographics' });
  await expect(form).toBeVisible();
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await expect(form.getByRole('button', { name: 'Save changes' })).toBeInViewport();
  const viewport = page.viewportSize()!;
  const header = (await page.getByRole('banner').boundingBox())!;
  const box = (await banner.boundingBox())!;
  expect(box.y).toBeGreaterThanOrEqual(header.y + header.height - 1);
  expect(box.y + box.height).toBeLessThanOrEqual(viewport.height);
  // Nothing covers it: the point at the middle of the banner belongs to the banner.
  const onTop = await page.evaluate(
    ({ x, y }) => document.elementFromPoint(x, y)?.closest('section')?.getAttribute('aria-label') ?? null,
    { x: box.x + box.width / 2, y: box.y + box.height / 2 },
  );
  expect(onTop).toBe('Patient: Bennet, Elizabeth');
  await screenshot(page, 'chart-2-scrolled-banner');
  await viewportScreenshot(page, 'chart-2-scrolled-viewport');

  // Change the mobile phone and the preferred name, then save.
  await form.getByRole('group', { name: 'Contact' }).getByLabel('Mobile phone').fill('(217) 555-0199');
  await form.getByRole('group', { name: 'Identity' }).getByLabel('Preferred name').fill('Lizzy');
  await form.getByRole('button', { name: 'Save changes' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Demographics saved' })).toBeVisible();
  await expect(form).toBeHidden();

  const demographics = page.getByRole('region', { name: 'Demographics' });
  await expect(demographics).toContainText('(217) 555-0199');
  await expect(demographics).not.toContainText('(217) 555-0142');
  await expect(banner.getByText('goes by')).toHaveText('goes by Lizzy');

  // The history: newest first, who made the change, and each field before and after.
  const history = page.getByRole('region', { name: 'Change history' });
  const entries = history.getByRole('listitem').filter({ has: page.getByText(/^version \d+$/) });
  await expect(entries).toHaveCount(2);
  const edited = entries.first();
  await expect(edited).toContainText('Edited');
  await expect(edited).toContainText(`by ${staffPasswords.front_desk.fullName}`);
  await expect(edited).toContainText('version 2');
  await expect(edited.getByRole('listitem').filter({ hasText: 'Preferred name:' })).toHaveText(
    'Preferred name: Liz → Lizzy',
  );
  await expect(edited.getByRole('listitem').filter({ hasText: 'Mobile phone:' })).toHaveText(
    'Mobile phone: (217) 555-0142 → (217) 555-0199',
  );
  await expect(edited.getByRole('listitem')).toHaveCount(2);
  await expect(entries.last()).toContainText('Registered');
  await expect(entries.last()).toContainText('version 1');
  await screenshot(page, 'chart-3-history');

  // Saved in the store as shown.
  const manager = await apiCaller(practice, 'office_manager');
  const stored = await manager.must('patients.get', { patientId: liz!.id });
  expect(stored).toMatchObject({ preferredName: 'Lizzy', mobilePhone: '(217) 555-0199', version: 2 });
});
