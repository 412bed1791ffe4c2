import type { Locator, Page } from '@playwright/test';
import { patientInput, staffPasswords } from '../helpers/practice';
import { expect, type PreviewPractice, screenshot, test } from './fixtures';
import { registerPatients } from './support/api';
import { answerTo, fillPatientForm, openFinder, openRegistration, patientBanner, submitSignIn } from './support/ui';

/** Issue 2 and SECURITY.md S8/S9: the office manager's audit report, its filters and the chain check. */

interface AuditLine {
  time: string;
  staff: string;
  action: string;
  patient: string;
  workstation: string;
  outcome: string;
  detail: string;
}

const dayOffset = (days: number): string => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

const openAuditReport = async (page: Page): Promise<Locator> => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Administration' }).click();
  const loaded = answerTo(page, 'audit.list');
  await page.getByRole('menuitem', { name: 'Audit report' }).click();
  await loaded;
  await expect(page.getByRole('heading', { name: 'Audit report' })).toBeVisible();
  return page.getByRole('form', { name: 'Filter the audit report' });
};

/** The table as data, once the count under it agrees with the rows in it. */
const readTable = async (page: Page): Promise<AuditLine[]> => {
  const rows = page
    .getByRole('table')
    .getByRole('row')
    .filter({ has: page.getByRole('cell') });
  const status = page.getByRole('status').filter({ hasText: /^Showing / });
  await expect(status).toBeVisible();
  const count = Number(/Showing (\d+)/.exec((await status.textContent()) ?? '')![1]);
  await expect(rows).toHaveCount(count);
  return rows.evaluateAll((trs) =>
    trs.map((tr) => {
      const [time, staff, action, patient, workstation, outcome, detail] = [...tr.querySelectorAll('td')].map((td) =>
        (td.textContent ?? '').trim(),
      );
      return { time, staff, action, patient, workstation, outcome, detail } as AuditLine;
    }),
  );
};

/** Applies the filters as set and waits for the answer. */
const showEntries = async (page: Page, filters: Locator) => {
  const answered = answerTo(page, 'audit.list');
  await filters.getByRole('button', { name: 'Show entries' }).click();
  await answered;
};

const clearFilters = async (page: Page, filters: Locator) => {
  const answered = answerTo(page, 'audit.list');
  await filters.getByRole('button', { name: 'Clear filters' }).click();
  await answered;
};

const pick = async (page: Page, select: Locator, type: string, option: string | RegExp) => {
  await select.click();
  await select.fill(type);
  await page.getByRole('option', { name: option }).click();
};

const auditRowCount = (practice: PreviewPractice): number =>
  (practice.app.services.vault.store.sqlite.prepare('SELECT COUNT(*) AS n FROM audit_log').get() as { n: number }).n;

test.describe('audit report', () => {
  // The date filter is checked against UTC days here; a separate test covers other time zones.
  test.use({ timezoneId: 'UTC' });

  test('shows each action, narrows by user, patient, date and action, and verifies the chain', async ({
    page,
    practice,
  }) => {
    await practice.seed();
    const [peter] = await registerPatients(practice, [
      patientInput({ legalGivenName: 'Peter', legalFamilyName: 'Wimsey', birthDate: '1970-05-05', sex: 'male' }),
    ]);

    // The front desk: a failed sign-in, a sign-in, a registration (which opens the chart), an edit, another chart.
    const frontDesk = staffPasswords.front_desk;
    await page.goto(practice.url);
    await submitSignIn(page, frontDesk.username, 'not-the-password-1');
    await expect(page.getByText('The username or password is not right.')).toBeVisible();
    await submitSignIn(page, frontDesk.username, frontDesk.password);
    const form = await openRegistration(page);
    await fillPatientForm(form, { given: 'Harriet', family: 'Vance', dob: '1985-10-10', sex: 'Female' });
    await form.getByRole('button', { name: 'Register patient' }).click();
    await expect(patientBanner(page).getByRole('heading', { name: 'Vance, Harriet' })).toBeVisible();
    await page.getByRole('button', { name: 'Edit demographics' }).click();
    const editor = page.getByRole('form', { name: 'Edit demographics' });
    await editor.getByRole('group', { name: 'Contact' }).getByLabel('Mobile phone').fill('(217) 555-0111');
    await editor.getByRole('button', { name: 'Save changes' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Demographics saved' })).toBeVisible();
    const { input } = await openFinder(page);
    await input.fill('wimsey');
    await expect(page.getByRole('option').filter({ hasText: 'Wimsey, Peter' })).toBeVisible();
    await input.press('Enter');
    await expect(patientBanner(page).getByRole('heading', { name: 'Wimsey, Peter' })).toBeVisible();
    await page.getByRole('button', { name: 'Sign out' }).click();

    // The office manager reads the report: one row for each of those actions, newest first.
    await practice.signIn(page, 'office_manager');
    const filters = await openAuditReport(page);
    const all = await readTable(page);
    await screenshot(page, 'audit-report-1-all');
    const find = (lines: AuditLine[], action: string, patient = '') =>
      lines.filter((line) => line.action === action && line.patient.startsWith(patient));
    const failed = find(all, 'Sign-in failed');
    expect(failed).toHaveLength(1);
    expect(failed[0]).toMatchObject({ staff: frontDesk.username, workstation: 'e2e-workstation', outcome: 'Failure' });
    const signIns = find(all, 'Signed in').filter((line) => line.staff === frontDesk.username);
    expect(signIns.length).toBeGreaterThanOrEqual(1);
    expect(signIns.every((line) => line.outcome === 'Success')).toBe(true);
    expect(find(all, 'Patient registered', 'Vance, Harriet')).toHaveLength(1);
    expect(find(all, 'Patient registered', 'Vance, Harriet')[0]!.staff).toBe(frontDesk.username);
    expect(find(all, 'Chart opened', 'Vance, Harriet').length).toBeGreaterThanOrEqual(1);
    expect(find(all, 'Demographics changed', 'Vance, Harriet')).toHaveLength(1);
    expect(find(all, 'Demographics changed', 'Vance, Harriet')[0]!.detail).toContain('mobilePhone');
    expect(find(all, 'Chart opened', 'Wimsey, Peter').length).toBeGreaterThanOrEqual(1);
    expect(find(all, 'Chart opened', 'Wimsey, Peter')[0]!.patient).toContain(`MRN ${peter!.mrn}`);
    expect(find(all, 'Signed out').some((line) => line.staff === frontDesk.username)).toBe(true);
    expect(all.length).toBeGreaterThanOrEqual(10);

    // By staff member: only the front desk's rows.
    await pick(
      page,
      filters.getByRole('combobox', { name: 'Staff member' }),
      'Frank',
      `${frontDesk.fullName} (frontdesk)`,
    );
    await showEntries(page, filters);
    const byUser = await readTable(page);
    await screenshot(page, 'audit-report-2-by-user');
    expect(byUser.length).toBeGreaterThan(0);
    expect(byUser.length).toBeLessThan(all.length);
    expect(byUser.every((line) => line.staff === frontDesk.username)).toBe(true);
    expect(find(byUser, 'Demographics changed', 'Vance, Harriet')).toHaveLength(1);
    await clearFilters(page, filters);

    // By patient: only Harriet Vance's chart.
    await pick(page, filters.getByRole('combobox', { name: 'Patient' }), 'vance', /^Vance, Harriet · MRN/);
    await showEntries(page, filters);
    const byPatient = await readTable(page);
    await screenshot(page, 'audit-report-3-by-patient');
    expect(byPatient.length).toBeLessThan(all.length);
    expect(byPatient.every((line) => line.patient.startsWith('Vance, Harriet'))).toBe(true);
    for (const action of ['Patient registered', 'Chart opened', 'Demographics changed']) {
      expect(find(byPatient, action).length, action).toBeGreaterThanOrEqual(1);
    }
    await clearFilters(page, filters);

    // By action: every chart opened, for both patients.
    await pick(page, filters.getByRole('combobox', { name: 'Action' }), 'chart op', 'Chart opened');
    await showEntries(page, filters);
    const byAction = await readTable(page);
    await screenshot(page, 'audit-report-4-by-action');
    expect(byAction.length).toBeLessThan(all.length);
    expect(byAction.every((line) => line.action === 'Chart opened')).toBe(true);
    expect(find(byAction, 'Chart opened', 'Vance, Harriet').length).toBeGreaterThanOrEqual(1);
    expect(find(byAction, 'Chart opened', 'Wimsey, Peter').length).toBeGreaterThanOrEqual(1);
    await clearFilters(page, filters);

    // By date: today holds everything above; tomorrow and yesterday hold nothing.
    await filters.getByLabel('From').fill(dayOffset(0));
    await filters.getByLabel('To').fill(dayOffset(0));
    await showEntries(page, filters);
    const today = await readTable(page);
    expect(today.length).toBeGreaterThanOrEqual(all.length);
    expect(find(today, 'Sign-in failed')).toHaveLength(1);
    await filters.getByLabel('From').fill(dayOffset(1));
    await filters.getByLabel('To').fill('');
    await showEntries(page, filters);
    await expect(page.getByText('No entries match these filters.')).toBeVisible();
    await expect(page.getByRole('table')).toHaveCount(0);
    await filters.getByLabel('From').fill('');
    await filters.getByLabel('To').fill(dayOffset(-1));
    await showEntries(page, filters);
    await expect(page.getByText('No entries match these filters.')).toBeVisible();
    // A range that ends before it starts is pointed out, not searched.
    await filters.getByLabel('From').fill(dayOffset(0));
    await expect(filters.getByText('The end date is before the start date.')).toBeVisible();
    await screenshot(page, 'audit-report-5-by-date');
    await clearFilters(page, filters);

    // The chain check: every row written so far verifies.
    const rowsNow = auditRowCount(practice);
    await page.getByRole('button', { name: 'Verify audit chain' }).click();
    const verdict = page.getByRole('status').filter({ hasText: 'The audit trail is intact' });
    await expect(verdict).toBeVisible();
    await expect(verdict).toContainText(`The audit log is intact: all ${rowsNow} entries verified.`);
    await screenshot(page, 'audit-report-6-verified');
  });
});

test.describe('audit report in a time zone far from UTC', () => {
  // A zone whose calendar day differs from UTC's right now (west of UTC early in the UTC day, east later).
  const zone = new Date().getUTCHours() >= 10 ? 'Pacific/Kiritimati' : 'Pacific/Pago_Pago';
  test.use({ timezoneId: zone, locale: 'en-US' });

  test('the date filter uses the clinic’s calendar day, the one the Time column shows', async ({ page, practice }) => {
    // The services run in this test process: put them in the clinic's zone too, as on the clinic's computer.
    const processZone = process.env.TZ;
    process.env.TZ = zone;
    try {
      await practice.seed();
      await practice.signIn(page, 'office_manager');
      const filters = await openAuditReport(page);
      const all = await readTable(page);
      const localToday = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
      const shownDay = new Intl.DateTimeFormat('en-US', { timeZone: zone, dateStyle: 'medium' }).format(new Date());
      // Every row so far was written today, as the clinic counts days...
      expect(all.every((line) => line.time.startsWith(shownDay))).toBe(true);
      // ...so filtering on today finds them.
      await filters.getByLabel('From').fill(localToday);
      await filters.getByLabel('To').fill(localToday);
      await showEntries(page, filters);
      await screenshot(page, 'audit-report-7-time-zone');
      await expect(page.getByText('No entries match these filters.')).toHaveCount(0);
      const today = await readTable(page);
      expect(today.length).toBeGreaterThanOrEqual(all.length);
    } finally {
      if (processZone === undefined) delete process.env.TZ;
      else process.env.TZ = processZone;
    }
  });
});
