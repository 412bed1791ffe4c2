import type { Page } from '@playwright/test';
import { patientInput, staffPasswords } from '../helpers/practice';
import { expect, type PreviewPractice, screenshot, test } from './fixtures';
import { type Patient, registerPatients } from './support/api';
import {
  lockHeading,
  loginHeading,
  openFinder,
  openRegistration,
  pageTextAndMarkup,
  patientBanner,
  signedInAs,
  submitSignIn,
  unlockWith,
} from './support/ui';

/**
 * SECURITY.md S4 and PRODUCT.md "Never lose a keystroke": the idle lock, the Lock button and the lock
 * screen's "sign in as a different user", with unsaved input kept for its owner only.
 */

const theodora = patientInput({
  legalGivenName: 'Theodora',
  legalFamilyName: 'Quillfeather',
  birthDate: '1971-09-23',
  sex: 'female',
  mobilePhone: '(217) 555-0188',
  address: { line1: '77 Lantern Lane', city: 'Springfield', state: 'IL', postalCode: '62704' },
});

/** Everything about the patient that was on screen, none of which may stay in the page once it locks. */
const phiOf = (patient: Patient, typed: string[]) => [
  patient.legalGivenName,
  patient.legalFamilyName,
  patient.mrn,
  patient.birthDate,
  '23 Sep 1971',
  patient.mobilePhone,
  patient.address.line1,
  ...typed,
];

const expectNoPhi = async (page: Page, phi: string[]) => {
  const { text, markup, title } = await pageTextAndMarkup(page);
  for (const value of phi) {
    expect(text, `"${value}" is still in the page text`).not.toContain(value);
    expect(markup, `"${value}" is still in the page markup`).not.toContain(value);
    expect(title).not.toContain(value);
  }
};

/**
 * Calls the API from the page's own connection (as the renderer's preview transport does), to see what
 * the server itself answers that window; the token and connection id live in the tab's sessionStorage.
 */
const callFromPage = (page: Page, name: string, input: unknown) =>
  page.evaluate(
    async ({ name, input }) => {
      const response = await fetch('/api/call', {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${sessionStorage.getItem('chartroom.preview.token')}`,
          'x-chartroom-connection': sessionStorage.getItem('chartroom.preview.connection') ?? '',
        },
        body: JSON.stringify({ name, input }),
      });
      return (await response.json()) as { ok: boolean; error?: { code: string } };
    },
    { name, input },
  );

const openChartByMrn = async (page: Page, patient: Patient) => {
  const { input } = await openFinder(page);
  await input.fill(patient.mrn);
  await expect(page.getByRole('option').filter({ hasText: patient.legalFamilyName })).toBeVisible();
  await input.press('Enter');
  await expect(patientBanner(page).getByRole('heading', { name: patient.legalFamilyName })).toBeVisible();
};

const sessionOf = (practice: PreviewPractice, username: string) =>
  practice.app.services.sessions.all().find((session) => session.username === username);

test('ten idle minutes lock the screen with no patient data left, and unlocking brings back unsaved edits', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [patient] = await registerPatients(practice, [theodora]);
  await page.clock.install();
  await practice.signIn(page, 'front_desk');
  await openChartByMrn(page, patient!);

  // Unsaved edits in the demographics form.
  await page.getByRole('button', { name: 'Edit demographics' }).click();
  const form = page.getByRole('form', { name: 'Edit demographics' });
  await form.getByRole('group', { name: 'Identity' }).getByLabel('Preferred name').fill('Teddy');
  await form.getByRole('group', { name: 'Contact' }).getByLabel('Email').fill('teddy.quill@example.org');
  await screenshot(page, 'idle-lock-1-editing');

  // Nine minutes is not enough. (A lock started by the timer would reach the server before this round trip.)
  await page.clock.fastForward('09:00');
  expect((await callFromPage(page, 'auth.session', {})).ok).toBe(true);
  expect(sessionOf(practice, staffPasswords.front_desk.username)?.locked).toBe(false);
  await expect(lockHeading(page)).toHaveCount(0);
  await expect(form.getByLabel('Email')).toHaveValue('teddy.quill@example.org');

  // Eleven idle minutes in all: the lock screen, and nothing about the patient anywhere in the page.
  await page.clock.fastForward('02:00');
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByText(`Signed in as ${staffPasswords.front_desk.fullName}`)).toBeVisible();
  await expectNoPhi(page, phiOf(patient!, ['Teddy', 'teddy.quill@example.org']));
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await screenshot(page, 'idle-lock-2-locked');

  // The server locked the session too: this window gets nothing until the password is given again.
  expect(sessionOf(practice, staffPasswords.front_desk.username)?.locked).toBe(true);
  const refused = await callFromPage(page, 'patients.get', { patientId: patient!.id });
  expect(refused.ok).toBe(false);
  expect(refused.error?.code).toBe('SESSION_LOCKED');

  // A wrong password does not unlock.
  await unlockWith(page, 'not-the-password');
  await expect(page.getByText('The username or password is not right. Check both and try again.')).toBeVisible();
  await expect(lockHeading(page)).toBeVisible();

  // The right one returns to the same chart, with the unsaved edits back in the form.
  await unlockWith(page, staffPasswords.front_desk.password);
  await expect(patientBanner(page).getByRole('heading', { name: 'Quillfeather, Theodora' })).toBeVisible();
  await expect(page.getByText('Your unsaved changes from earlier are back, as you left them.')).toBeVisible();
  await expect(form.getByRole('group', { name: 'Identity' }).getByLabel('Preferred name')).toHaveValue('Teddy');
  await expect(form.getByRole('group', { name: 'Contact' }).getByLabel('Email')).toHaveValue('teddy.quill@example.org');
  await screenshot(page, 'idle-lock-3-unlocked');

  // Nothing was saved behind the user's back: the edit is still only a draft.
  expect(practice.app.services.vault.store.sqlite.prepare('SELECT preferred_name AS p FROM patients').get()).toEqual({
    p: '',
  });
});

test('someone else signing in at the lock screen never sees the first user’s unsaved input', async ({
  page,
  practice,
}) => {
  await practice.seed();
  await page.clock.install();
  await practice.signIn(page, 'front_desk');
  const form = await openRegistration(page);
  const identity = form.getByRole('group', { name: 'Identity' });
  await identity.getByLabel('Given name (legal)').fill('Wilhelmina');
  await identity.getByLabel('Family name (legal)').fill('Fairweather');
  await form.getByRole('group', { name: 'Contact' }).getByLabel('Mobile phone').fill('(217) 555-0123');

  await page.clock.fastForward('11:00');
  await expect(lockHeading(page)).toBeVisible();
  await page.getByRole('button', { name: 'Sign in as a different user' }).click();
  await expect(loginHeading(page)).toBeVisible();
  await expect(
    page.getByText(`${staffPasswords.front_desk.fullName} is still signed in on the lock screen.`),
  ).toBeVisible();
  await screenshot(page, 'idle-lock-4-different-user');

  // The nurse starts at home, and the registration form is blank for her.
  const nurse = staffPasswords.nurse;
  await submitSignIn(page, nurse.username, nurse.password);
  await expect(page.getByRole('heading', { name: `Welcome, ${nurse.fullName}` })).toBeVisible();
  await expect(signedInAs(page, nurse.fullName)).toBeVisible();
  const nurseForm = await openRegistration(page);
  await expect(nurseForm.getByRole('group', { name: 'Identity' }).getByLabel('Given name (legal)')).toHaveValue('');
  await expect(page.getByText('Your unsaved registration from earlier is back, as you left it.')).toHaveCount(0);
  await expectNoPhi(page, ['Wilhelmina', 'Fairweather', '(217) 555-0123']);
  await screenshot(page, 'idle-lock-5-second-user');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(loginHeading(page)).toBeVisible();

  // The first user signs in again: the half-typed registration is back, as they left it.
  const frontDesk = staffPasswords.front_desk;
  await submitSignIn(page, frontDesk.username, frontDesk.password);
  const again = await openRegistration(page);
  await expect(page.getByText('Your unsaved registration from earlier is back, as you left it.')).toBeVisible();
  await expect(again.getByRole('group', { name: 'Identity' }).getByLabel('Given name (legal)')).toHaveValue(
    'Wilhelmina',
  );
  await expect(again.getByRole('group', { name: 'Identity' }).getByLabel('Family name (legal)')).toHaveValue(
    'Fairweather',
  );
  await expect(again.getByRole('group', { name: 'Contact' }).getByLabel('Mobile phone')).toHaveValue('(217) 555-0123');
  await screenshot(page, 'idle-lock-6-first-user-back');
});

test('the Lock button locks on the server; a reload stays locked until the password is given', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [patient] = await registerPatients(practice, [theodora]);
  await practice.signIn(page, 'physician');
  await openChartByMrn(page, patient!);

  await page.getByRole('banner').getByRole('button', { name: 'Lock', exact: true }).click();
  await expect(lockHeading(page)).toBeVisible();
  await expectNoPhi(page, phiOf(patient!, []));
  expect(sessionOf(practice, staffPasswords.physician.username)?.locked).toBe(true);
  expect((await callFromPage(page, 'patients.search', { query: 'quill' })).error?.code).toBe('SESSION_LOCKED');
  await screenshot(page, 'idle-lock-7-lock-button');

  // The lock is the server's, not only the screen's: a reload comes back to the lock screen.
  await page.reload();
  await expect(lockHeading(page)).toBeVisible();
  await expect(page.getByText(`Signed in as ${staffPasswords.physician.fullName}`)).toBeVisible();
  await expectNoPhi(page, phiOf(patient!, []));

  await unlockWith(page, staffPasswords.physician.password);
  await expect(signedInAs(page, staffPasswords.physician.fullName)).toBeVisible();
  expect(sessionOf(practice, staffPasswords.physician.username)?.locked).toBe(false);

  // Both ends are in the audit trail.
  const actions = practice.app.services.vault.store.sqlite
    .prepare("SELECT action FROM audit_log WHERE username = ? AND action LIKE 'session.%' ORDER BY id")
    .all(staffPasswords.physician.username) as { action: string }[];
  expect(actions.map((row) => row.action)).toEqual(['session.lock', 'session.unlock']);
});
