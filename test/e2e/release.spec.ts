import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { pdfPageTexts } from '../helpers/pdf-text';
import { patientInput, staffPasswords } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { addVisitNote, apiCaller, registerPatients } from './support/api';
import { openChart, openChartSection, patientBanner, stubPrintDialog, viewportScreenshot } from './support/ui';

/**
 * Releasing records from the chart (issue 6 "Fax packet builder"): the front desk builds a fax packet
 * through the preview and saves it for fax, and the chart's Disclosures section lists it; a physician
 * releases an unsigned note after the PRELIMINARY warning; the office manager sets the letterhead logo.
 */
const faxMessage = 'Enter the fax number as a number of 10 to 15 digits, e.g. (555) 010-2000.';

const seedChart = async (practice: Parameters<Parameters<typeof test>[2]>[0]['practice']) => {
  await practice.seed();
  const [patient] = await registerPatients(practice, [patientInput()]);
  const doctor = await apiCaller(practice, 'physician');
  for (const name of ['Lisinopril', 'Metformin'])
    await doctor.must('medications.add', {
      patientId: patient!.id,
      item: { name, strength: '10 mg', status: 'active' },
    });
  await doctor.must('auth.logout', {});
  await addVisitNote(practice, patient!.id, { date: '2026-02-02', signed: true });
  await addVisitNote(practice, patient!.id, { date: '2026-03-02', signed: false });
  return patient!;
};

const openBuilder = async (page: Page) => {
  await patientBanner(page).getByRole('button', { name: 'Release records' }).click();
  const builder = page.getByRole('dialog', { name: 'Release records: Lopez, Maria' });
  await expect(builder.getByRole('checkbox', { name: /Chart summary/ })).toBeVisible();
  return builder;
};

test('the front desk builds a fax packet, previews it, saves it for fax and finds it in the disclosures', async ({
  page,
  practice,
}) => {
  const patient = await seedChart(practice);
  await practice.signIn(page, 'front_desk');
  await openChart(page, patient.mrn, 'Lopez, Maria');
  // The front desk reads no clinical section; the packet builder and the disclosure log are theirs.
  await expect(page.getByRole('tablist', { name: 'Chart sections' }).getByRole('tab')).toHaveText([
    'Demographics',
    'Disclosures',
  ]);

  const builder = await openBuilder(page);
  const notes = builder.getByRole('group', { name: 'Visit notes' });
  await expect(notes.getByRole('checkbox', { name: /^02\/02\/2026 .* Signed$/ })).toBeVisible();
  await expect(notes.getByRole('checkbox', { name: /^03\/02\/2026 .* Not signed$/ })).toBeVisible();
  await expect(builder.getByText('2 medications')).toBeVisible();

  // An empty packet is refused with the contract's message, beside the list of documents.
  await builder.getByRole('button', { name: 'Preview packet' }).click();
  await expect(builder.getByText('The packet is empty. Choose at least one document to include.')).toBeVisible();

  await builder.getByRole('checkbox', { name: /Chart summary/ }).check();
  await builder.getByRole('checkbox', { name: /Medication list/ }).check();
  await notes.getByRole('checkbox', { name: /Signed$/ }).check();
  await expect(builder.getByText('The packet is empty.', { exact: false })).toBeHidden();
  await screenshot(page, 'release-builder-items');
  const recipient = builder.getByRole('group', { name: 'Recipient and purpose' });
  await recipient.getByLabel('Recipient name').fill('Dr. Helen Ortiz');
  await recipient.getByLabel('Organisation').fill('Bay City Cardiology');
  await recipient.getByLabel('Address').fill('40 Harbor Way\nBay City, MI 48706');
  await recipient.getByLabel('Phone').fill('(555) 010-3000');
  await recipient.getByLabel('Fax').fill('call first');
  await recipient.getByLabel('Purpose').selectOption({ label: 'Continuity of care' });
  await builder.getByRole('switch', { name: 'Start with a cover sheet' }).check();
  await builder.getByLabel('Message on the cover sheet').fill('Records for the consultation on 3/12.');
  await builder.getByRole('button', { name: 'Preview packet' }).click();
  const fax = recipient.getByLabel('Fax');
  await expect(fax).toHaveAttribute('aria-invalid', 'true');
  await expect(fax).toHaveAccessibleDescription(new RegExp(faxMessage.replace(/[().]/g, '\\$&')));
  await screenshot(page, 'release-builder-fax-error');

  await fax.fill('(555) 010-3001');
  await expect(builder.getByText(faxMessage)).toBeHidden();
  await screenshot(page, 'release-builder');
  await builder.getByRole('button', { name: 'Preview packet' }).click();

  const preview = page.getByRole('dialog', { name: 'Records packet for Dr. Helen Ortiz' });
  const pageImages = preview.getByRole('img', { name: /Records packet for Dr\. Helen Ortiz, page \d+ of \d+/ });
  await expect(pageImages.first()).toBeVisible();
  const pageCount = await pageImages.count();
  expect(pageCount).toBeGreaterThanOrEqual(3);
  await expect(preview.getByText(`${pageCount} pages, US Letter`)).toBeVisible();
  await expect
    .poll(() => pageImages.first().evaluate((image) => (image as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(1000);
  await screenshot(page, 'release-preview');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    preview.getByRole('button', { name: 'Save for fax' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^records-${patient.mrn}-\\d{4}-\\d{2}-\\d{2}\\.pdf$`));
  const pages = await pdfPageTexts(readFileSync(await download.path()));
  expect(pages).toHaveLength(pageCount);
  expect(pages[0]).toContain('Dr. Helen Ortiz');
  expect(pages[0]).toContain('(555) 010-3001');
  expect(pages[0]).toContain('Records for the consultation on 3/12.');
  pages.forEach((text, index) => {
    expect(text).toContain('Lopez, Maria');
    expect(text).toContain(`Page ${index + 1} of ${pageCount}`);
  });
  expect(pages.join('\n')).toContain('Lisinopril');
  await expect(page.getByRole('alert').filter({ hasText: 'Disclosure recorded' })).toContainText(
    `Fax packet to Dr. Helen Ortiz (Bay City Cardiology), ${pageCount} pages.`,
  );

  // The packet has left: closing the preview ends the release.
  await page.keyboard.press('Escape');
  await expect(preview).toBeHidden();
  await expect(builder).toBeHidden();
  await openChartSection(page, 'Disclosures');
  const log = page.getByRole('table', { name: 'Accounting of disclosures' });
  const row = log.getByRole('row').nth(1);
  await expect(row).toContainText('Dr. Helen Ortiz');
  await expect(row).toContainText('Bay City Cardiology');
  await expect(row).toContainText('Continuity of care');
  await expect(row).toContainText('Fax cover sheet');
  await expect(row).toContainText('Medication list');
  await expect(row).toContainText('Fax packet');
  await expect(row).toContainText(staffPasswords.front_desk.fullName);
  await expect(row).toContainText(`${pageCount} pages`);
  await screenshot(page, 'release-disclosures');
});

test('a physician releases an unsigned note only after the PRELIMINARY warning', async ({ page, practice }) => {
  const patient = await seedChart(practice);
  await practice.signIn(page, 'physician');
  await openChart(page, patient.mrn, 'Lopez, Maria');
  const builder = await openBuilder(page);
  const draft = builder.getByRole('group', { name: 'Visit notes' }).getByRole('checkbox', { name: /Not signed$/ });
  await draft.check();
  await builder.getByRole('button', { name: 'The patient' }).click();
  await expect(builder.getByLabel('Recipient name')).toHaveValue('Maria Lopez');
  await expect(builder.getByLabel('Purpose')).toHaveValue('patient-request');
  await builder.getByRole('button', { name: 'Preview packet' }).click();

  const warning = page.getByRole('dialog', { name: 'Release an unsigned note?' });
  await expect(warning).toContainText('This note is not signed: 03/02/2026');
  await expect(warning).toContainText('marked PRELIMINARY');
  await screenshot(page, 'release-preliminary-warning');
  await warning.getByRole('button', { name: 'Release marked PRELIMINARY' }).click();

  const preview = page.getByRole('dialog', { name: 'Records packet for Maria Lopez' });
  await expect(preview.getByRole('img', { name: /page 1 of \d+/ })).toBeVisible();
  await expect(preview.getByRole('alert').filter({ hasText: 'Includes unsigned notes' })).toContainText(
    'Visit note 03/02/2026',
  );
  await stubPrintDialog(page);
  await preview.getByRole('button', { name: 'Print', exact: true }).click();
  await expect(page.locator('body')).toHaveAttribute('data-printed-pages', /^[1-9]\d*$/);
  await expect(page.getByRole('alert').filter({ hasText: 'Disclosure recorded' })).toContainText(
    'Printed to Maria Lopez',
  );

  const manager = await apiCaller(practice, 'office_manager');
  const [disclosure] = await manager.must('release.disclosures', { patientId: patient.id });
  expect(disclosure).toMatchObject({ medium: 'print', purpose: 'patient-request', username: 'drpark' });
  expect(disclosure!.items).toEqual([
    expect.stringMatching(/^Visit note 03\/02\/2026, .*\(PRELIMINARY, not signed\)$/),
  ]);
});

test('the office manager saves an electronic copy of the chart as FHIR JSON, recorded as a disclosure', async ({
  page,
  practice,
}) => {
  const patient = await seedChart(practice);
  await practice.signIn(page, 'office_manager');
  await openChart(page, patient.mrn, 'Lopez, Maria');
  const builder = await openBuilder(page);
  await builder.getByRole('radio', { name: 'Electronic copy (FHIR JSON)' }).check();
  await expect(builder.getByRole('group', { name: 'What to include' })).toBeHidden();
  await expect(builder.getByRole('switch', { name: 'Start with a cover sheet' })).toBeHidden();
  await builder.getByLabel('Recipient name').fill('Northside Health');
  await builder.getByLabel('Purpose').selectOption({ label: 'Other' });
  await builder.getByRole('button', { name: 'Export and save' }).click();
  const detail = builder.getByLabel('What the records are for');
  await expect(detail).toHaveAttribute('aria-invalid', 'true');
  await expect(detail).toHaveAccessibleDescription('Say what the export is for.');
  await detail.fill('Moving to a new practice');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    builder.getByRole('button', { name: 'Export and save' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(new RegExp(`^chart-${patient.mrn}-\\d{4}-\\d{2}-\\d{2}\\.fhir\\.json$`));
  const bundle = JSON.parse(readFileSync(await download.path(), 'utf8')) as {
    resourceType: string;
    entry: { resource: { resourceType: string } }[];
  };
  expect(bundle.resourceType).toBe('Bundle');
  expect(bundle.entry.map((entry) => entry.resource.resourceType)).toEqual(
    expect.arrayContaining(['Patient', 'MedicationStatement', 'Encounter']),
  );
  await expect(page.getByRole('alert').filter({ hasText: 'Disclosure recorded' })).toContainText(
    'Electronic export (FHIR) to Northside Health',
  );
  await expect(builder).toBeHidden();
  await openChartSection(page, 'Disclosures');
  const row = page.getByRole('table', { name: 'Accounting of disclosures' }).getByRole('row').nth(1);
  await expect(row).toContainText('Northside Health');
  await expect(row).toContainText('Other: Moving to a new practice');
  await expect(row).toContainText('Electronic export (FHIR)');
  await expect(row).toContainText(staffPasswords.office_manager.fullName);
});

test('the office manager sets and removes the letterhead logo', async ({ page, practice }) => {
  await practice.seed();
  await practice.signIn(page, 'office_manager');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Administration' }).click();
  await page.getByRole('menuitem', { name: 'Practice settings' }).click();
  const card = page.getByRole('group', { name: 'Letterhead logo' });
  await expect(card).toContainText('No logo');

  // A file that is not a PNG or JPEG is refused here, with the contract's words.
  let chooser = page.waitForEvent('filechooser');
  await card.getByRole('button', { name: 'Choose image…' }).click();
  await (await chooser).setFiles({ name: 'logo.gif', mimeType: 'image/gif', buffer: Buffer.from('GIF89a') });
  await expect(card.getByRole('alert')).toContainText('Pick a PNG or JPEG image for the logo.');

  // A logo drawn in the browser itself, as a real PNG.
  const png = Buffer.from(
    await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 480;
      canvas.height = 120;
      const draw = canvas.getContext('2d')!;
      draw.fillStyle = 'white';
      draw.fillRect(0, 0, 480, 120);
      draw.fillStyle = 'black';
      draw.fillRect(10, 10, 100, 100);
      draw.font = 'bold 44px sans-serif';
      draw.fillText('Test Family', 130, 75);
      return canvas.toDataURL('image/png').split(',')[1]!;
    }),
    'base64',
  );
  chooser = page.waitForEvent('filechooser');
  await card.getByRole('button', { name: 'Choose image…' }).click();
  await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
  await expect(card.getByRole('img', { name: 'The current letterhead logo' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: 'Logo saved' })).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await viewportScreenshot(page, 'settings-letterhead-logo');
  const manager = await apiCaller(practice, 'office_manager');
  expect(await manager.must('practice.letterheadLogo', {})).toEqual({
    mediaType: 'image/png',
    base64: png.toString('base64'),
  });

  await card.getByRole('button', { name: 'Remove' }).click();
  await expect(card).toContainText('No logo');
  expect(await manager.must('practice.letterheadLogo', {})).toBeNull();
});
