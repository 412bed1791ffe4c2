import { readFileSync } from 'node:fs';
import { callerFor } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { loginHeading, signedInAs, submitSignIn } from './support/ui';

/** Issue 2, first run: practice, first office manager, recovery key shown once and typed back, then sign-in. */
const manager = { fullName: 'Rita Moreno', username: 'rmoreno', password: 'harbor-lantern-58' };
const practiceName = 'Riverside Family Clinic';

test('first run: practice, office manager, recovery key, then sign in', async ({ page, practice }) => {
  const status = callerFor(practice.app, practice.app.openConnection('http', 'e2e-check'));
  await page.goto(practice.url);

  // Step 1: the practice. The name is required; the rest can wait.
  await expect(page.getByRole('heading', { name: 'Set up Chartroom' })).toBeVisible();
  await expect(page.getByLabel('Practice name')).toBeFocused();
  await page.getByRole('button', { name: 'Next: office manager account' }).click();
  await expect(page.getByText('Enter the practice name.')).toBeVisible();
  await page.getByLabel('Practice name').fill(practiceName);
  await page.getByLabel('Address line 1').fill('12 River Road');
  await page.getByLabel('City').fill('Springfield');
  await page.getByLabel('State').fill('IL');
  await page.getByLabel('ZIP code').fill('62704');
  await page.getByLabel('Phone').fill('(217) 555-0199');
  await screenshot(page, 'setup-wizard-1-practice');
  await page.getByRole('button', { name: 'Next: office manager account' }).click();

  // Step 2: the office manager. A common password is refused with the reason, and nothing is created.
  await expect(page.getByLabel('Full name')).toBeFocused();
  // Required fields' labels end in an asterisk; their accessible names do not.
  const passwordBox = page.getByRole('textbox', { name: 'Password', exact: true });
  await page.getByLabel('Full name').fill(manager.fullName);
  await page.getByLabel('Username').fill(manager.username);
  await passwordBox.fill('password1');
  await page.getByLabel('Type the password again').fill('password1');
  await page.getByRole('button', { name: 'Create the practice' }).click();
  const refusal = page.getByText(/on the list of commonly used and breached passwords/);
  await expect(refusal).toBeVisible();
  await expect(passwordBox).toHaveAccessibleDescription(/commonly used and breached passwords/);
  await screenshot(page, 'setup-wizard-2-weak-password');
  expect((await status.must('setup.status', {})).state).toBe('needs-setup');

  await passwordBox.fill(manager.password);
  await page.getByLabel('Type the password again').fill(manager.password);
  await page.getByRole('button', { name: 'Create the practice' }).click();

  // Step 3: the recovery key, in numbered groups, with Print and Save to file.
  await expect(page.getByText('Write this key down now. It is shown only once.')).toBeVisible();
  const groupItems = page.getByRole('listitem').filter({ hasText: /^Group \d+/ });
  await expect(groupItems.first()).toBeVisible();
  const groups: string[] = [];
  for (const item of await groupItems.all()) {
    // Each group is two lines of text: its number, then its five characters.
    const [label, value] = (await item.getByText(/\S/).allTextContents()).map((line) => line.trim());
    expect(label).toBe(`Group ${groups.length + 1}`);
    expect(value).toMatch(/^[0-9A-Z]{5}$/);
    groups.push(value!);
  }
  expect(groups.length).toBeGreaterThanOrEqual(4);
  // The groups on screen are the practice's real recovery key: they open the store's key ring.
  await expect(practice.app.services.vault.unlockWithRecoveryKey(groups.join('-'))).resolves.toBeUndefined();
  expect((await status.must('setup.status', {})).state).toBe('ready');

  await page.evaluate(() => {
    (window as unknown as { printCalls: number }).printCalls = 0;
    window.print = () => {
      (window as unknown as { printCalls: number }).printCalls += 1;
    };
  });
  await page.getByRole('button', { name: 'Print', exact: true }).click();
  expect(await page.evaluate(() => (window as unknown as { printCalls: number }).printCalls)).toBe(1);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Save to file', exact: true }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('chartroom-recovery-key.txt');
  const saved = readFileSync((await download.path())!, 'utf8');
  expect(saved).toContain(`Practice: ${practiceName}`);
  expect(saved).toContain(groups.join('  '));
  await screenshot(page, 'setup-wizard-3-recovery-key');
  await page.getByRole('button', { name: 'I have written it down: next' }).click();

  // Step 4: type back the two groups the screen asks for; a wrong group is refused.
  const instructions = page.getByText(/type group \d+ and group \d+\./);
  await expect(instructions).toBeVisible();
  const [, first, second] = /type group (\d+) and group (\d+)\./.exec((await instructions.textContent()) ?? '')!;
  const firstBox = page.getByLabel(`Group ${first}`, { exact: true });
  const secondBox = page.getByLabel(`Group ${second}`, { exact: true });
  const wrong = groups[Number(first) - 1] === 'ZZZZZ' ? 'YYYYY' : 'ZZZZZ';
  await firstBox.fill(wrong);
  await secondBox.fill(groups[Number(second) - 1]!);
  await page.getByRole('button', { name: 'Continue to sign in' }).click();
  await expect(page.getByText(`That is not group ${first}. Check your printed or saved copy.`)).toBeVisible();
  await expect(firstBox).toBeFocused();
  await expect(loginHeading(page)).toHaveCount(0);
  await screenshot(page, 'setup-wizard-4-wrong-group');

  // Typed from paper: lower case and a stray space are fine.
  await firstBox.fill(` ${groups[Number(first) - 1]!.toLowerCase()}`);
  await page.getByRole('button', { name: 'Continue to sign in' }).click();

  // The login screen, not the wizard, and it stays so after a reload and in a new window.
  await expect(loginHeading(page)).toBeVisible();
  await expect(page.getByText(practiceName)).toBeVisible();
  await screenshot(page, 'setup-wizard-5-login');
  await page.reload();
  await expect(loginHeading(page)).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Set up Chartroom' })).toHaveCount(0);
  const other = await page.context().browser()!.newPage();
  await other.goto(practice.url);
  await expect(loginHeading(other)).toBeVisible();
  await other.close();

  await submitSignIn(page, manager.username, manager.password);
  await expect(page.getByRole('heading', { name: `Welcome, ${manager.fullName}` })).toBeVisible();
  await expect(signedInAs(page, manager.fullName)).toContainText('Office manager');
  await expect(page.getByRole('button', { name: 'Administration' })).toBeVisible();
  await screenshot(page, 'setup-wizard-6-signed-in');
});
