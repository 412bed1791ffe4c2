import { patientInput } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { apiCaller, countPatients, registerPatients } from './support/api';
import { bannerFact, fillPatientForm, openRegistration, type PatientFormData, patientBanner } from './support/ui';

/** Issue 2: registering a patient with every demographic field, duplicates, and input the form must refuse. */

const eleanor: PatientFormData = {
  given: 'Eleanor',
  middle: 'Grace',
  family: 'Whitfield',
  suffix: 'Sr',
  preferred: 'Ellie',
  dob: '7/14/1962',
  sex: 'Female',
  genderIdentity: 'Woman',
  pronouns: 'she/her',
  mobile: '(217) 555-0170',
  home: '217-555-0171',
  work: '(217) 555-0172 x12',
  email: 'ellie.whitfield@example.com',
  language: 'English',
  address: { line1: '48 Maple Ave', line2: 'Apt 3B', city: 'Springfield', state: 'IL', zip: '62704', country: 'USA' },
  emergency: { name: 'Tom Whitfield', relationship: 'Spouse', phone: '(217) 555-0173' },
  insurance: {
    company: 'Blue Cross Blue Shield of Illinois',
    plan: 'PPO Gold',
    memberId: 'XJH123456789',
    group: 'GRP-4410',
    relationship: 'Spouse',
    subscriberName: 'Tom Whitfield',
    subscriberDob: '02/29/1960',
  },
};

test('registers a patient with full demographics and insurance, then opens the chart', async ({ page, practice }) => {
  await practice.seed();
  await practice.signIn(page, 'front_desk');
  const form = await openRegistration(page);

  await fillPatientForm(form, eleanor);
  // The typed dates are read back in words, so a swapped day and month would be caught here.
  await expect(form.getByRole('group', { name: 'Identity' }).getByLabel('Date of birth')).toHaveAccessibleDescription(
    '14 July 1962',
  );
  await expect(form.getByLabel('Subscriber date of birth')).toHaveAccessibleDescription('29 February 1960');
  await screenshot(page, 'register-1-filled');
  await form.getByRole('button', { name: 'Register patient' }).click();

  // The chart opens on the new patient, with the MRN the store allocated.
  const banner = patientBanner(page);
  await expect(banner.getByRole('heading', { name: 'Whitfield, Eleanor' })).toBeVisible();
  const mrn = ((await bannerFact(banner, 'MRN').textContent()) ?? '').trim();
  expect(mrn).toMatch(/^\d+$/);
  await expect(page.getByRole('alert').filter({ hasText: 'Patient registered' })).toContainText(
    `Whitfield, Eleanor: MRN ${mrn}`,
  );
  await expect(bannerFact(banner, 'DOB')).toHaveText('14 Jul 1962');
  await screenshot(page, 'register-2-chart');

  // Everything typed was stored as typed, including the insurance and its subscriber.
  expect(countPatients(practice)).toBe(1);
  const manager = await apiCaller(practice, 'office_manager');
  const [found] = (await manager.must('patients.search', { query: mrn, limit: 5 })).results;
  const stored = await manager.must('patients.get', { patientId: found!.id });
  expect(stored).toMatchObject({
    mrn,
    legalGivenName: 'Eleanor',
    legalMiddleName: 'Grace',
    legalFamilyName: 'Whitfield',
    suffix: 'Sr',
    preferredName: 'Ellie',
    birthDate: '1962-07-14',
    sex: 'female',
    genderIdentity: 'Woman',
    pronouns: 'she/her',
    mobilePhone: '(217) 555-0170',
    homePhone: '217-555-0171',
    workPhone: '(217) 555-0172 x12',
    email: 'ellie.whitfield@example.com',
    preferredLanguage: 'English',
    address: {
      line1: '48 Maple Ave',
      line2: 'Apt 3B',
      city: 'Springfield',
      state: 'IL',
      postalCode: '62704',
      country: 'USA',
    },
    emergencyContact: { name: 'Tom Whitfield', relationship: 'Spouse', phone: '(217) 555-0173' },
    insurance: {
      payerName: 'Blue Cross Blue Shield of Illinois',
      planName: 'PPO Gold',
      memberId: 'XJH123456789',
      groupNumber: 'GRP-4410',
      subscriberName: 'Tom Whitfield',
      subscriberRelationship: 'spouse',
      subscriberBirthDate: '1960-02-29',
    },
  });

  // The chart's demographics show the insurance on file.
  const demographics = page.getByRole('region', { name: 'Demographics' });
  await expect(demographics).toContainText('Blue Cross Blue Shield of Illinois');
  await expect(demographics).toContainText('XJH123456789');
  await expect(demographics).toContainText('29 Feb 1960');
});

test('a likely duplicate is shown before saving, and "Open existing" opens that chart', async ({ page, practice }) => {
  await practice.seed();
  const [existing] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Jonathan', legalFamilyName: 'Smith', birthDate: '1975-06-15', sex: 'male' }),
  ]);
  await practice.signIn(page, 'front_desk');
  const form = await openRegistration(page);
  await fillPatientForm(form, { given: 'Jon', family: 'Smyth', dob: '06/15/1975', sex: 'Male' });

  // The early warning, while typing.
  const early = form.getByRole('status').filter({ hasText: 'This patient may already be registered' });
  await expect(early).toBeVisible();
  await expect(early.getByRole('row', { name: /Smith, Jonathan/ })).toContainText(existing!.mrn);

  // Registering anyway stops at the warning with the candidates.
  await form.getByRole('button', { name: 'Register patient' }).click();
  const warning = page.getByRole('dialog', { name: 'This patient may already be registered' });
  await expect(warning).toBeVisible();
  const candidate = warning.getByRole('row', { name: /Smith, Jonathan/ });
  await expect(candidate).toContainText('15 Jun 1975');
  await expect(candidate).toContainText(existing!.mrn);
  await screenshot(page, 'register-duplicate-warning');
  expect(countPatients(practice)).toBe(1);

  await warning.getByRole('button', { name: `Open existing chart: Smith, Jonathan, MRN ${existing!.mrn}` }).click();
  const banner = patientBanner(page);
  await expect(banner.getByRole('heading', { name: 'Smith, Jonathan' })).toBeVisible();
  await expect(bannerFact(banner, 'MRN')).toHaveText(existing!.mrn);
  await expect(warning).toBeHidden();
  expect(countPatients(practice)).toBe(1);
  await screenshot(page, 'register-open-existing');
});

test('"Register anyway" needs a reason, then registers and keeps the reason', async ({ page, practice }) => {
  await practice.seed();
  const [existing] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Jonathan', legalFamilyName: 'Smith', birthDate: '1975-06-15', sex: 'male' }),
  ]);
  await practice.signIn(page, 'front_desk');
  const form = await openRegistration(page);
  await fillPatientForm(form, { given: 'Jon', family: 'Smyth', dob: '1975-06-15', sex: 'Male' });
  await form.getByRole('button', { name: 'Register patient' }).click();

  const warning = page.getByRole('dialog', { name: 'This patient may already be registered' });
  await expect(warning.getByRole('row', { name: /Smith, Jonathan/ })).toBeVisible();
  await warning.getByRole('button', { name: 'Register anyway' }).click();
  await expect(warning.getByText('Enter the reason.')).toBeVisible();
  await expect(warning).toBeVisible();
  expect(countPatients(practice)).toBe(1);
  await screenshot(page, 'register-anyway-needs-reason');

  const reason = 'Different person: Jon Smyth showed a driver licence, different address';
  await warning.getByLabel('Reason for registering anyway').fill(reason);
  await warning.getByRole('button', { name: 'Register anyway' }).click();

  const banner = patientBanner(page);
  await expect(banner.getByRole('heading', { name: 'Smyth, Jon' })).toBeVisible();
  const mrn = ((await bannerFact(banner, 'MRN').textContent()) ?? '').trim();
  expect(mrn).not.toBe(existing!.mrn);
  expect(countPatients(practice)).toBe(2);
  // The reason stays with the record: in its history and in the audit trail.
  await expect(page.getByRole('region', { name: 'Change history' })).toContainText(reason);
  const manager = await apiCaller(practice, 'office_manager');
  const { rows } = await manager.must('audit.list', { action: 'patient.register-duplicate-override', limit: 10 });
  expect(rows).toHaveLength(1);
  expect(rows[0]!.detail).toContain(reason);
  expect(rows[0]!.detail).toContain(existing!.mrn);
  await screenshot(page, 'register-anyway-registered');
});

test('a future or impossible date of birth is refused beside the field and nothing is registered', async ({
  page,
  practice,
}) => {
  await practice.seed();
  await practice.signIn(page, 'front_desk');
  const form = await openRegistration(page);
  const dob = form.getByRole('group', { name: 'Identity' }).getByLabel('Date of birth');
  const register = form.getByRole('button', { name: 'Register patient' });
  await fillPatientForm(form, { given: 'Future', family: 'Baby', dob: '12/01/2031', sex: 'Unknown' });
  await expect(dob).toHaveAccessibleDescription('1 December 2031');
  await register.click();
  await expect(form.getByText('Date of birth must be between 1900 and today.')).toBeVisible();
  await expect(dob).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'register-bad-dob-future');

  // 30 February does not exist: refused beside the field too (its wording is checked in the next test).
  await dob.fill('02/30/1980');
  await register.click();
  await expect(dob).toHaveAttribute('aria-invalid', 'true');
  await expect(dob).toHaveAccessibleDescription(/^Date of birth /);
  await expect(form.getByText('Date of birth must be between 1900 and today.')).toHaveCount(0);
  await screenshot(page, 'register-bad-dob-impossible');

  // Nothing was registered, and the finder does not know the name.
  expect(countPatients(practice)).toBe(0);
  const manager = await apiCaller(practice, 'office_manager');
  expect((await manager.must('patients.search', { query: 'baby future', limit: 5 })).results).toHaveLength(0);
  // The server refuses the same dates on its own, whatever the form lets through.
  for (const birthDate of ['1980-02-30', '2031-12-01']) {
    const refused = await manager.call('patients.register', { patient: patientInput({ birthDate }) });
    expect(refused.ok ? 'registered' : refused.error.code).toBe('BAD_REQUEST');
  }
  expect(countPatients(practice)).toBe(0);
});

test('an impossible date of birth is called what it is, not a formatting mistake', async ({ page, practice }) => {
  await practice.seed();
  await practice.signIn(page, 'front_desk');
  const form = await openRegistration(page);
  const dob = form.getByRole('group', { name: 'Identity' }).getByLabel('Date of birth');
  await fillPatientForm(form, { given: 'Leap', family: 'Nobody', dob: '02/30/1980', sex: 'Female' });
  await form.getByRole('button', { name: 'Register patient' }).click();
  await expect(dob).toHaveAttribute('aria-invalid', 'true');
  // The hint under the field invites any common form, so the message must name the real problem (there is
  // no 30 February) instead of asking for YYYY-MM-DD.
  await expect(dob).toHaveAccessibleDescription(/not a real calendar date/);
  await expect(form.getByText(/must be a date written as YYYY-MM-DD/)).toHaveCount(0);
  expect(countPatients(practice)).toBe(0);
});
