import { readFileSync } from 'node:fs';
import { scheduleRows } from '../helpers/appointment-rows';
import { pdfPageTexts } from '../helpers/pdf-text';
import { patientInput, staffPasswords } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { apiCaller, registerPatients } from './support/api';
import { stubPrintDialog } from './support/ui';

/**
 * The day sheet printed from the UI (issue 5): the front desk opens the day sheet page, prints the
 * day, sees every page in the preview, saves the PDF (whose text is checked here) and prints it.
 */
const zone = 'America/New_York';
const day = '2026-03-09';
const families = ['Alvarez', 'Brennan', 'Chowdhury', 'Delacroix', 'Eriksen', 'Fujimoto', 'Gallagher', 'Hussain'];

test('the front desk prints a multi-page day sheet, previews it, saves the PDF and prints it', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const patients = await registerPatients(
    practice,
    families.map((family, index) =>
      patientInput({ legalGivenName: 'Jo', legalFamilyName: family, birthDate: `198${index}-05-0${index + 1}` }),
    ),
  );
  const manager = await apiCaller(practice, 'office_manager');
  const staff = await manager.must('users.list', {});
  const physician = staff.find((user) => user.role === 'physician')!.id;
  const nurse = staff.find((user) => user.role === 'nurse')!.id;
  const rows = scheduleRows(practice.app, zone);
  rows.provider(physician);
  rows.provider(nurse);
  const visit = rows.type('Follow-up', 15);
  const room = rows.room('Exam 2');
  // 40 visits for the physician and 20 for the nurse, one of each cancelled: several pages.
  for (const [providerId, count, from] of [
    [physician, 40, 8 * 60],
    [nurse, 20, 9 * 60],
  ] as const) {
    for (let index = 0; index < count; index++) {
      const minutes = from + index * 15;
      rows.appointment(
        {
          patientId: patients[index % patients.length]!.id,
          providerId,
          typeId: visit,
          roomId: room,
          date: day,
          time: `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`,
          minutes: 15,
          status: index === 5 ? 'cancelled' : 'scheduled',
          reason: `Check ${index}`,
          cancelReason: index === 5 ? 'Snowed in' : '',
        },
        physician,
      );
    }
  }

  await practice.signIn(page, 'front_desk');
  await page.getByRole('button', { name: 'Print a day sheet' }).click();
  await expect(page.getByRole('heading', { name: 'Day sheet', level: 1 })).toBeVisible();
  await expect(page.getByRole('checkbox', { name: staffPasswords.physician.fullName })).toBeVisible();
  await page.getByLabel('Day').fill(day);
  await screenshot(page, 'day-sheet-page');
  await page.getByRole('button', { name: 'Print day sheet' }).click();

  const preview = page.getByRole('dialog', { name: 'Day sheet, Monday, March 9, 2026' });
  await expect(preview).toBeVisible();
  const pageImages = preview.getByRole('img', { name: /Day sheet, Monday, March 9, 2026, page \d+ of \d+/ });
  await expect(pageImages.first()).toBeVisible();
  const pageCount = await pageImages.count();
  expect(pageCount).toBeGreaterThanOrEqual(3);
  await expect(preview.getByText(`${pageCount} pages, US Letter`)).toBeVisible();
  // Every page image has been drawn (pdf.js in the app), not just laid out.
  for (let index = 0; index < pageCount; index++) {
    await expect
      .poll(() => pageImages.nth(index).evaluate((image) => (image as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(1000);
  }
  await screenshot(page, 'day-sheet-preview');
  await pageImages.nth(1).scrollIntoViewIfNeeded();
  await preview.getByTestId('print-preview-pages').screenshot({ path: 'artifacts/e2e/day-sheet-preview-page-2.png' });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    preview.getByRole('button', { name: 'Save as PDF' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('day-sheet-2026-03-09.pdf');
  const pages = await pdfPageTexts(readFileSync(await download.path()));
  expect(pages).toHaveLength(pageCount);
  for (const [index, text] of pages.entries()) {
    expect(text).toContain('Test Family Practice');
    expect(text).toContain('Day sheet');
    expect(text).toContain('Monday, March 9, 2026 · All providers (2) · times in America/New_York');
    expect(text).toContain(`Page ${index + 1} of ${pageCount}`);
  }
  const all = pages.join('\n');
  expect(all).toContain(`${staffPasswords.physician.fullName}\nMonday, March 9, 2026 · 39 appointments · 1 cancelled`);
  expect(all).toContain(`${staffPasswords.nurse.fullName}\nMonday, March 9, 2026 · 19 appointments · 1 cancelled`);
  expect(all).toMatch(/8:00 AM\n15 min\nAlvarez, Jo 05\/01\/1980 \d+ Follow-up Check 0 Scheduled Exam 2/);
  expect(all).toMatch(/Cancelled \(1\)[\s\S]*9:15 AM Fujimoto, Jo[\s\S]*Snowed in/);

  // Print hands the same page images to the system print dialog (stubbed: a headless browser has none).
  await stubPrintDialog(page);
  await preview.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed-pages', String(pageCount));

  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  const audit = await manager.must('audit.list', { action: 'print.day-sheet', limit: 5 });
  expect(audit.rows).toHaveLength(1);
  expect(audit.rows[0]).toMatchObject({ username: staffPasswords.front_desk.username, action: 'print.day-sheet' });
});
