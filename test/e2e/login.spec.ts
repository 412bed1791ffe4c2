import { callerFor, staffPasswords } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { apiCaller } from './support/api';
import { loginHeading, signedInAs, submitSignIn } from './support/ui';

/** Issue 2 and SECURITY.md S5/S6: sign-in, no user enumeration, lockout, roles in the navigation, sign-out, first password. */
const sameMessage = 'The username or password is not right. Check both and try again.';
const lockedOut = /Too many wrong passwords for this username\. Try again in 15 minutes/;

test('a wrong password and an unknown user get the same message', async ({ page, practice }) => {
  await practice.seed();
  await page.goto(practice.url);
  await expect(loginHeading(page)).toBeVisible();
  const form = page.locator('form').filter({ has: page.getByRole('button', { name: 'Sign in', exact: true }) });

  await submitSignIn(page, staffPasswords.front_desk.username, 'not-my-password-7');
  await expect(page.getByText(sameMessage)).toBeVisible();
  const forKnownUser = ((await form.textContent()) ?? '').replace(staffPasswords.front_desk.username, '<user>');
  await screenshot(page, 'login-wrong-password');

  await submitSignIn(page, 'nobody-here', 'not-my-password-7');
  await expect(page.getByText(sameMessage)).toBeVisible();
  const forUnknownUser = ((await form.textContent()) ?? '').replace('nobody-here', '<user>');
  await screenshot(page, 'login-unknown-user');
  // The whole form reads the same, so nothing on screen tells whether the username exists.
  expect(forUnknownUser).toBe(forKnownUser);
  await expect(page.getByLabel('Password', { exact: true })).toHaveValue('');
});

test('five wrong passwords lock the username out, known or not', async ({ page, practice }) => {
  await practice.seed();
  await page.goto(practice.url);
  const nurse = staffPasswords.nurse;

  for (let attempt = 1; attempt <= 4; attempt++) {
    await submitSignIn(page, nurse.username, `wrong-guess-${attempt}0`);
    await expect(page.getByText(sameMessage)).toBeVisible();
    await expect(page.getByText(lockedOut)).toHaveCount(0);
  }
  await submitSignIn(page, nurse.username, 'wrong-guess-50');
  await expect(page.getByText(lockedOut)).toBeVisible();
  await screenshot(page, 'login-locked-out');

  // Locked out means the right password is refused too, with the same message.
  await submitSignIn(page, nurse.username, nurse.password);
  await expect(page.getByText(lockedOut)).toBeVisible();
  await expect(signedInAs(page, nurse.fullName)).toHaveCount(0);

  // An unknown username locks out after the same number of tries, so lockout reveals nothing either
  // (the first four from another window, to keep the test short).
  const elsewhere = callerFor(practice.app, practice.app.openConnection('http', 'e2e-elsewhere'));
  for (let attempt = 1; attempt <= 4; attempt++) {
    const result = await elsewhere.call('auth.login', { username: 'ghost', password: `wrong-guess-${attempt}0` });
    expect(result.ok ? 'signed in' : result.error.message).toBe(sameMessage);
  }
  await submitSignIn(page, 'ghost', 'wrong-guess-50');
  await expect(page.getByText(lockedOut)).toBeVisible();

  // Another user is not affected, and the lockout was audited once per username.
  await submitSignIn(page, staffPasswords.physician.username, staffPasswords.physician.password);
  await expect(signedInAs(page, staffPasswords.physician.fullName)).toBeVisible();
  const manager = await apiCaller(practice, 'office_manager');
  const { rows } = await manager.must('audit.list', { action: 'login.locked-out', limit: 100 });
  expect(rows.map((row) => row.username).sort()).toEqual(['ghost', nurse.username]);
});

test('the front desk sees no staff or audit pages; signing out returns to the login screen', async ({
  page,
  practice,
}) => {
  await practice.seed();

  // The office manager has the Administration menu with both pages.
  await practice.signIn(page, 'office_manager');
  const nav = page.getByRole('navigation', { name: 'Main' });
  await nav.getByRole('button', { name: 'Administration' }).click();
  await expect(page.getByRole('menuitem', { name: 'Staff accounts' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: 'Audit report' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(loginHeading(page)).toBeVisible();

  await practice.signIn(page, 'front_desk');
  await expect(page.getByRole('heading', { name: `Welcome, ${staffPasswords.front_desk.fullName}` })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Register patient' })).toBeVisible();
  await expect(nav.getByRole('button', { name: 'Administration' })).toHaveCount(0);
  await expect(page.getByText(/staff accounts|audit report/i)).toHaveCount(0);
  await expect(page.getByRole('button', { name: /manage staff accounts|open the audit report/i })).toHaveCount(0);
  await screenshot(page, 'login-front-desk-home');

  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(loginHeading(page)).toBeVisible();
  await expect(page.getByText(staffPasswords.front_desk.fullName)).toHaveCount(0);
  // Signed out on the server too: a reload does not bring the session back.
  await page.reload();
  await expect(loginHeading(page)).toBeVisible();
  await screenshot(page, 'login-signed-out');
});

test('a user created with a temporary password must choose their own at first sign-in', async ({ page, practice }) => {
  await practice.seed();
  const newcomer = {
    fullName: 'Nora Newcomb',
    username: 'nnewcomb',
    temporary: 'copper-meadow-42',
    own: 'quiet-orchard-85',
  };

  await practice.signIn(page, 'office_manager');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Administration' }).click();
  await page.getByRole('menuitem', { name: 'Staff accounts' }).click();
  await page.getByRole('button', { name: 'Add staff member' }).click();
  const dialog = page.getByRole('dialog', { name: 'Add a staff member' });
  await dialog.getByLabel('Full name').fill(newcomer.fullName);
  await dialog.getByLabel('Username').fill(newcomer.username);
  await dialog.getByRole('combobox', { name: 'Role' }).click();
  await page.getByRole('option', { name: 'Nurse / MA' }).click();
  await dialog.getByLabel('Temporary password').fill(newcomer.temporary);
  await dialog.getByRole('button', { name: 'Create account' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole('row', { name: new RegExp(newcomer.fullName) })).toBeVisible();
  await page.getByRole('button', { name: 'Sign out' }).click();

  // First sign-in: only the password change is on offer, nothing else of the app.
  await submitSignIn(page, newcomer.username, newcomer.temporary);
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Main' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Find patient' })).toHaveCount(0);
  await screenshot(page, 'login-forced-password-change');

  await page.getByLabel('Current password').fill(newcomer.temporary);
  await page.getByLabel('New password', { exact: true }).fill('password1');
  await page.getByLabel('Type the new password again').fill('password1');
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByText(/commonly used and breached passwords/)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toBeVisible();

  await page.getByLabel('New password', { exact: true }).fill(newcomer.own);
  await page.getByLabel('Type the new password again').fill(newcomer.own);
  await page.getByRole('button', { name: 'Change password' }).click();
  await expect(page.getByRole('heading', { name: `Welcome, ${newcomer.fullName}` })).toBeVisible();
  await screenshot(page, 'login-password-changed');

  // The temporary password no longer works; the new one does, with no second prompt.
  await page.getByRole('button', { name: 'Sign out' }).click();
  await submitSignIn(page, newcomer.username, newcomer.temporary);
  await expect(page.getByText(sameMessage)).toBeVisible();
  await submitSignIn(page, newcomer.username, newcomer.own);
  await expect(page.getByRole('heading', { name: `Welcome, ${newcomer.fullName}` })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Choose your own password' })).toHaveCount(0);
});
