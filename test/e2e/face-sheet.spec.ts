import { patientInput } from '../helpers/practice';
import { expect, screenshot, test } from './fixtures';
import { apiCaller, registerPatients } from './support/api';
import { openFinder, patientBanner } from './support/ui';

/** Issue 4: the chart opens on the face sheet, built from what the other sections recorded. */
test('a physician opens a chart on its face sheet and goes from a box to its full section', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [patient] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Harriet', legalFamilyName: 'Vane', birthDate: '1962-04-18', sex: 'female' }),
  ]);
  const patientId = patient!.id;
  const doctor = await apiCaller(practice, 'physician');
  await doctor.must('problems.add', {
    patientId,
    item: { code: 'E11.9', description: 'Type 2 diabetes mellitus without complications', clinicalStatus: 'active' },
  });
  await doctor.must('medications.add', {
    patientId,
    item: { name: 'Vitamin D3', doseAmount: 1, doseUnit: 'capsule', frequency: 'daily', status: 'active' },
  });
  await doctor.must('allergies.add', {
    patientId,
    allergy: { substance: 'Penicillin', category: 'drug', reaction: 'Hives', severity: 'moderate' },
  });
  const day = (ago: number) => new Date(Date.now() - ago * 86_400_000).toISOString();
  for (const [ago, systolic, weight] of [
    [90, 128, 172],
    [30, 136, 170],
    [1, 152, 168],
  ] as const) {
    await doctor.must('vitals.add', {
      patientId,
      item: {
        takenAt: day(ago),
        systolic,
        diastolic: 82,
        heartRate: 72,
        weight,
        height: 65,
        temperatureUnit: 'F',
        lengthUnit: 'in',
        massUnit: 'lb',
      },
    });
  }
  await doctor.must('labs.add', {
    patientId,
    item: {
      name: 'Hemoglobin A1c',
      collectedAt: day(2).slice(0, 10),
      analytes: [{ analyte: 'Hemoglobin A1c', value: '8.1', unit: '%', referenceRange: '4.0-5.6' }],
    },
  });
  const [provider] = await doctor.must('encounters.providers', {});
  const [template] = await doctor.must('noteTemplates.list', {});
  const encounter = await doctor.must('encounters.add', {
    patientId,
    item: { date: day(1).slice(0, 10), providerId: provider!.id, type: 'follow-up', reason: 'Diabetes follow-up' },
  });
  await doctor.must('notes.create', { patientId, encounterId: encounter.id, templateId: template!.id });

  await practice.signIn(page, 'physician');
  const { dialog, input } = await openFinder(page);
  await input.fill(patient!.mrn);
  await expect(dialog.getByRole('option').filter({ hasText: 'Vane, Harriet' })).toBeVisible();
  await input.press('Enter');
  await expect(patientBanner(page).getByRole('heading', { level: 1 })).toHaveText('Vane, Harriet');

  // The chart opens on the face sheet.
  await expect(page.getByRole('tab', { name: 'Face sheet' })).toHaveAttribute('aria-selected', 'true');
  const box = (name: string) => page.getByRole('region', { name, exact: true });
  await expect(box('Active problems')).toContainText('E11.9 Type 2 diabetes mellitus without complications');
  await expect(box('Active medications')).toContainText('Vitamin D3 1 capsule, daily');
  await expect(box('Allergies')).toContainText('Penicillin (moderate): Hives');
  const vitals = box('Latest vitals');
  const latest = vitals.getByRole('table', { name: 'Latest vitals' });
  await expect(latest.getByRole('row', { name: /^Systolic/ })).toContainText('152 mmHg');
  await expect(latest.getByRole('row', { name: /^Systolic/ })).toContainText('High');
  await expect(latest.getByRole('row', { name: /^Weight/ })).toContainText('168.0 lb');
  await expect(vitals.getByRole('img', { name: /^Systolic/ })).toBeVisible();
  await expect(box('Recent lab results')).toContainText('High');
  await expect(box('Recent lab results')).toContainText('Hemoglobin A1c 8.1 %');
  await expect(box('Recent notes')).toContainText('Draft');
  await expect(box('Appointments')).toContainText('No appointment booked.');
  await screenshot(page, 'face-sheet-1');

  // Each box leads to its full section.
  await box('Active problems').getByRole('button', { name: 'See all' }).click();
  await expect(page.getByRole('tab', { name: 'Problems' })).toHaveAttribute('aria-selected', 'true');
  await expect(page.getByRole('region', { name: 'Problems', exact: true })).toContainText('E11.9');
});
