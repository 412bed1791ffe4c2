import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect } from '../fixtures';

/**
 * Page helpers for the screens the specs share, found the way a user finds them: by role and label.
 * Labels come from renderer/src/features/**; when the UI changes, change them here.
 */

export const loginHeading = (page: Page): Locator => page.getByRole('heading', { name: 'Sign in to Chartroom' });
export const lockHeading = (page: Page): Locator => page.getByRole('heading', { name: 'Locked', exact: true });

/** Waits for the server's answer to one API procedure the page calls. */
export const answerTo = (page: Page, procedure: string) =>
  page.waitForResponse(
    (response) =>
      response.url().endsWith('/api/call') && response.request().postData()?.includes(`"${procedure}"`) === true,
  );

/** Fills the sign-in form already on screen, submits it and waits for the server's answer. */
export const submitSignIn = async (page: Page, username: string, password: string): Promise<void> => {
  await page.getByLabel('Username').fill(username);
  await page.getByLabel('Password', { exact: true }).fill(password);
  const answered = answerTo(page, 'auth.login');
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await answered;
};

/** The signed-in user's name in the top bar (the user menu). */
export const signedInAs = (page: Page, fullName: string): Locator =>
  page.getByRole('banner').getByRole('button', { name: new RegExp(`^${fullName}`) });

export const unlockWith = async (page: Page, password: string): Promise<void> => {
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Unlock', exact: true }).click();
};

/** The patient banner at the top of an open chart. */
export const patientBanner = (page: Page): Locator => page.getByRole('region', { name: /^Patient: / });

/** One fact of the banner (Age, Sex, DOB, MRN, Pronouns): the value beside its term. */
export const bannerFact = (banner: Locator, term: string): Locator =>
  banner.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');

/** Ctrl-K: the patient finder, from wherever the user is. */
export const openFinder = async (page: Page): Promise<{ dialog: Locator; input: Locator }> => {
  await page.keyboard.press('Control+k');
  const dialog = page.getByRole('dialog', { name: 'Find a patient' });
  await expect(dialog).toBeVisible();
  const input = dialog.getByRole('combobox', { name: /search patients/i });
  await expect(input).toBeFocused();
  return { dialog, input };
};

export interface PatientFormData {
  given: string;
  middle?: string;
  family: string;
  suffix?: string;
  preferred?: string;
  /** As typed, in any form the field understands. */
  dob: string;
  sex: 'Female' | 'Male' | 'Intersex' | 'Unknown';
  genderIdentity?: string;
  pronouns?: string;
  mobile?: string;
  home?: string;
  work?: string;
  email?: string;
  language?: string;
  address?: { line1?: string; line2?: string; city?: string; state?: string; zip?: string; country?: string };
  emergency?: { name?: string; relationship?: string; phone?: string };
  insurance?: {
    company: string;
    plan?: string;
    memberId: string;
    group?: string;
    relationship?: 'Self' | 'Spouse' | 'Child' | 'Other';
    subscriberName?: string;
    subscriberDob?: string;
  };
}

const fillIfGiven = async (field: Locator, value: string | undefined) => {
  if (value !== undefined) await field.fill(value);
};

/** A free-text field offering suggestions: type the answer and close the list so it covers nothing. */
const fillSuggest = async (field: Locator, value: string | undefined) => {
  if (value === undefined) return;
  await field.fill(value);
  await field.press('Escape');
};

/** Fills the shared patient form (registration, or demographics editing) inside `form`. */
export const fillPatientForm = async (form: Locator, data: PatientFormData): Promise<void> => {
  const identity = form.getByRole('group', { name: 'Identity' });
  await identity.getByLabel('Given name (legal)').fill(data.given);
  await fillIfGiven(identity.getByLabel('Middle name'), data.middle);
  await identity.getByLabel('Family name (legal)').fill(data.family);
  await fillIfGiven(identity.getByLabel('Suffix'), data.suffix);
  await fillIfGiven(identity.getByLabel('Preferred name'), data.preferred);
  // Sex before the date: a refused date adds a message line on blur, which moves the radios mid-click.
  await identity.getByRole('radio', { name: data.sex, exact: true }).check();
  await identity.getByLabel('Date of birth').fill(data.dob);
  await fillSuggest(identity.getByLabel('Gender identity'), data.genderIdentity);
  await fillSuggest(identity.getByLabel('Pronouns'), data.pronouns);

  const contact = form.getByRole('group', { name: 'Contact' });
  await fillIfGiven(contact.getByLabel('Mobile phone'), data.mobile);
  await fillIfGiven(contact.getByLabel('Home phone'), data.home);
  await fillIfGiven(contact.getByLabel('Work phone'), data.work);
  await fillIfGiven(contact.getByLabel('Email'), data.email);
  await fillSuggest(contact.getByLabel('Preferred language'), data.language);

  if (data.address) {
    const address = form.getByRole('group', { name: 'Address' });
    await fillIfGiven(address.getByLabel('Address line 1'), data.address.line1);
    await fillIfGiven(address.getByLabel('Address line 2'), data.address.line2);
    await fillIfGiven(address.getByLabel('City'), data.address.city);
    await fillIfGiven(address.getByLabel('State'), data.address.state);
    await fillIfGiven(address.getByLabel('ZIP code'), data.address.zip);
    await fillIfGiven(address.getByLabel('Country'), data.address.country);
  }

  if (data.emergency) {
    const emergency = form.getByRole('group', { name: 'Emergency contact' });
    await fillIfGiven(emergency.getByLabel('Name'), data.emergency.name);
    await fillSuggest(emergency.getByLabel('Relationship'), data.emergency.relationship);
    await fillIfGiven(emergency.getByLabel('Phone'), data.emergency.phone);
  }

  if (data.insurance) {
    const insurance = form.getByRole('group', { name: 'Primary insurance' });
    await insurance.getByRole('switch', { name: 'Has insurance' }).check();
    await insurance.getByLabel('Insurance company').fill(data.insurance.company);
    await fillIfGiven(insurance.getByLabel('Plan'), data.insurance.plan);
    await insurance.getByLabel('Member ID').fill(data.insurance.memberId);
    await fillIfGiven(insurance.getByLabel('Group number'), data.insurance.group);
    if (data.insurance.relationship) {
      await insurance
        .getByLabel("Patient's relationship to subscriber")
        .selectOption({ label: data.insurance.relationship });
    }
    await fillIfGiven(insurance.getByLabel('Subscriber name'), data.insurance.subscriberName);
    await fillIfGiven(insurance.getByLabel('Subscriber date of birth'), data.insurance.subscriberDob);
  }
};

/** The registration form, reached from the main navigation. */
export const openRegistration = async (page: Page): Promise<Locator> => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Register patient' }).click();
  await expect(page.getByRole('heading', { name: 'Register a new patient' })).toBeVisible();
  return page.getByRole('form', { name: 'New patient' });
};

/** Everything the page shows as text, plus its markup, to prove no patient data is left anywhere in the DOM. */
export const pageTextAndMarkup = (page: Page): Promise<{ text: string; markup: string; title: string }> =>
  page.evaluate(() => ({
    // innerText, not textContent: the rendered text, as a person (or a screenshot) would read it.
    text: document.body.innerText,
    markup: document.documentElement.outerHTML,
    title: document.title,
  }));

/** Like fixtures' screenshot, but of the viewport only: what the user sees now, e.g. after scrolling. */
export const viewportScreenshot = async (page: Page, name: string): Promise<void> => {
  await page.screenshot({ path: join(import.meta.dirname, '..', '..', '..', 'artifacts', 'e2e', `${name}.png`) });
};

/** Opens one section (tab) of the open chart: "Problems", "Allergies", "Demographics", ... */
export const openChartSection = async (page: Page, label: string): Promise<void> => {
  const tab = page.getByRole('tablist', { name: 'Chart sections' }).getByRole('tab', { name: label, exact: true });
  await tab.click();
  await expect(tab).toHaveAttribute('aria-selected', 'true');
};

/** Opens a patient's chart the way staff do: Ctrl-K, the MRN, Enter; waits for the banner to name them. */
export const openChart = async (page: Page, mrn: string, name: string): Promise<void> => {
  const { dialog, input } = await openFinder(page);
  await input.fill(mrn);
  await expect(dialog.getByRole('option').filter({ hasText: name })).toBeVisible();
  await input.press('Enter');
  await expect(patientBanner(page).getByRole('heading', { level: 1 })).toHaveText(name);
};

/** A headless browser has no print dialog: Print counts the page images handed to it instead. */
export const stubPrintDialog = (page: Page) =>
  page.evaluate(() => {
    window.print = () => {
      document.body.dataset.printedPages = String(document.querySelectorAll('[data-print-sheet] img').length);
    };
  });
