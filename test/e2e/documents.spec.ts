import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator } from '@playwright/test';
import { patientInput } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { apiCaller, registerPatients } from './support/api';
import { openChart, openChartSection } from './support/ui';

/** Issue 4: a scanned PDF is imported into the chart and read in the app's own viewer. */

const fixture = (name: string) => join(import.meta.dirname, '..', 'fixtures', 'documents', name);
const scannedPdf = fixture('outside-records.pdf');

/** The drawn page's pixels, and how many of them are dark (text and rules), to prove a page was really drawn. */
const drawnPage = (canvas: Locator) =>
  canvas.evaluate((element: HTMLCanvasElement) => {
    const context = element.getContext('2d');
    if (!context || element.width === 0) return { image: '', dark: 0 };
    const { data } = context.getImageData(0, 0, element.width, element.height);
    let dark = 0;
    for (let i = 0; i < data.length; i += 4) if ((data[i] ?? 255) < 100) dark++;
    return { image: element.toDataURL(), dark };
  });

test('a nurse imports a scanned PDF, reads both pages in the viewer, and is told when a file is too large', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [patient] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Walter', legalFamilyName: 'Hartright', birthDate: '1949-09-02', sex: 'male' }),
  ]);
  await practice.signIn(page, 'nurse');
  await openChart(page, patient!.mrn, 'Hartright, Walter');
  await openChartSection(page, 'Documents');

  const panel = page.getByRole('region', { name: 'Documents', exact: true });
  await expect(panel.getByText('No documents imported.')).toBeVisible();

  // Import: the title starts from the file name; kind and date are the nurse's.
  await panel.getByRole('button', { name: 'Import document' }).click();
  let form = page.getByRole('form', { name: 'Import document' });
  await form.locator('input[type="file"]').setInputFiles(scannedPdf);
  await expect(form.getByLabel('Title')).toHaveValue('outside-records');
  await form.getByLabel('Title').fill('Lakeside Cardiology consult');
  await form.getByLabel('Kind of document').selectOption({ label: 'Outside records' });
  await form.getByLabel('Document date').fill('2025-03-14');
  await form.getByLabel('Comment').fill('Faxed by the cardiologist');
  await screenshot(page, 'documents-1-import-form');
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form).toBeHidden();

  const row = panel.getByRole('table', { name: 'Documents' }).getByRole('row').filter({ hasText: 'Lakeside' });
  await expect(row).toContainText('2025-03-14');
  await expect(row).toContainText('Outside records');
  await expect(row).toContainText('PDF, 2 KB');
  await expect(row).toContainText('Faxed by the cardiologist');
  await screenshot(page, 'documents-2-listed');

  // The viewer draws page 1 with pdf.js, then page 2.
  await row.getByRole('button', { name: 'View Lakeside Cardiology consult' }).click();
  const viewer = page.getByRole('dialog', { name: 'Lakeside Cardiology consult (2025-03-14)' });
  await expect(viewer.getByText('Page 1 of 2')).toBeVisible();
  const canvas = viewer.getByRole('img', { name: 'Lakeside Cardiology consult, page 1 of 2' });
  await expect.poll(async () => (await drawnPage(canvas)).dark, { timeout: 15_000 }).toBeGreaterThan(500);
  const first = await drawnPage(canvas);
  await screenshot(page, 'documents-3-viewer-page-1');

  await viewer.getByRole('button', { name: 'Next page' }).click();
  await expect(viewer.getByText('Page 2 of 2')).toBeVisible();
  await expect(viewer.getByRole('button', { name: 'Next page' })).toBeDisabled();
  const second = viewer.getByRole('img', { name: 'Lakeside Cardiology consult, page 2 of 2' });
  await expect.poll(async () => (await drawnPage(second)).image !== first.image, { timeout: 15_000 }).toBe(true);
  expect((await drawnPage(second)).dark).toBeGreaterThan(500);
  await viewer.getByRole('button', { name: 'Zoom in' }).click();
  await expect(viewer.getByText('125%')).toBeVisible();
  await screenshot(page, 'documents-4-viewer-page-2');
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  // A 31.4 MB scan is refused in the form, before anything is sent.
  await panel.getByRole('button', { name: 'Import document' }).click();
  form = page.getByRole('form', { name: 'Import document' });
  await form.locator('input[type="file"]').setInputFiles({
    name: 'whole-chart-600dpi.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.alloc(Math.round(31.4 * 1024 * 1024), 0x20),
  });
  const message = 'This file is 31.4 MB; the limit is 20 MB. Scan at a lower resolution or split the file.';
  await expect(form.getByText(message)).toBeVisible();
  await form.getByLabel('Kind of document').selectOption({ label: 'Scanned paper chart' });
  await form.getByLabel('Document date').fill('2024-11-02');
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(form.getByText(message)).toBeVisible();
  await screenshot(page, 'documents-5-too-large');
  await form.getByRole('button', { name: 'Cancel' }).click();
  await expect(panel.getByRole('table', { name: 'Documents' }).getByRole('row')).toHaveCount(2);
});

test('a physician reads a two-page TIFF and an insurance card, and a file that is not what its name says is refused', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [patient] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Marian', legalFamilyName: 'Halcombe', birthDate: '1962-04-18', sex: 'female' }),
  ]);
  const nurse = await apiCaller(practice, 'nurse');
  for (const [name, title, category, documentDate] of [
    ['scanned-chart.tiff', 'Paper chart 1998-2010', 'scanned-chart', '2010-06-30'],
    ['insurance-card.png', 'Insurance card, front', 'insurance-card', '2025-01-06'],
  ] as const) {
    await nurse.must('documents.import', {
      patientId: patient!.id,
      item: { title, category, documentDate },
      file: { name, contentBase64: readFileSync(fixture(name)).toString('base64') },
    });
  }
  await practice.signIn(page, 'physician');
  await openChart(page, patient!.mrn, 'Halcombe, Marian');
  await openChartSection(page, 'Documents');
  const panel = page.getByRole('region', { name: 'Documents', exact: true });
  const rows = panel.getByRole('table', { name: 'Documents' }).getByRole('row');
  // Newest document date first.
  await expect(rows.nth(1)).toContainText('Insurance card, front');
  await expect(rows.nth(2)).toContainText('Paper chart 1998-2010');
  await expect(rows.nth(2)).toContainText('TIFF, 17 KB');

  await panel.getByRole('button', { name: 'View Paper chart 1998-2010' }).click();
  let viewer = page.getByRole('dialog', { name: 'Paper chart 1998-2010 (2010-06-30)' });
  const pageOne = viewer.getByRole('img', { name: 'Paper chart 1998-2010, page 1 of 2' });
  await expect.poll(async () => (await drawnPage(pageOne)).dark, { timeout: 15_000 }).toBeGreaterThan(500);
  const first = await drawnPage(pageOne);
  await viewer.getByRole('button', { name: 'Next page' }).click();
  const pageTwo = viewer.getByRole('img', { name: 'Paper chart 1998-2010, page 2 of 2' });
  await expect.poll(async () => (await drawnPage(pageTwo)).image !== first.image, { timeout: 15_000 }).toBe(true);
  await screenshot(page, 'documents-6-tiff-page-2');
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  await panel.getByRole('button', { name: 'View Insurance card, front' }).click();
  viewer = page.getByRole('dialog', { name: 'Insurance card, front (2025-01-06)' });
  const card = viewer.getByRole('img', { name: 'Insurance card, front' });
  await expect(card).toHaveAttribute('src', /^blob:/);
  await expect.poll(() => card.evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(96);
  await screenshot(page, 'documents-7-image');
  await page.keyboard.press('Escape');
  await expect(viewer).toBeHidden();

  // A PNG named .pdf: the main process reads the bytes and says so beside the file.
  await panel.getByRole('button', { name: 'Import document' }).click();
  const form = page.getByRole('form', { name: 'Import document' });
  await form.locator('input[type="file"]').setInputFiles({
    name: 'referral.pdf',
    mimeType: 'application/pdf',
    buffer: readFileSync(fixture('insurance-card.png')),
  });
  await form.getByLabel('Kind of document').selectOption({ label: 'Letter' });
  await form.getByLabel('Document date').fill('2025-02-02');
  await form.getByRole('button', { name: 'Import' }).click();
  await expect(
    form.getByText('This file is named as a PDF but holds a PNG. Rename it to .png, or pick the right file.'),
  ).toBeVisible();
  await screenshot(page, 'documents-8-mismatch');
});
