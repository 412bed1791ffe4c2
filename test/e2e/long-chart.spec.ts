import { metabolicPanel } from '../helpers/realistic-chart';
import { patientInput } from '../helpers/test-data';
import { expect, screenshot, test } from './fixtures';
import { apiCaller, registerPatients } from './support/api';
import { openChart, openChartSection } from './support/ui';

/**
 * Issue 7: a long chart's lists show their newest part at once and the rest on request (a 1,000-encounter
 * chart took 2 to 7 seconds to show its timeline when every encounter was drawn). Here the chart is just
 * past each window: 55 encounters (25 at a time), 12 lab panels (10) and 55 sets of vitals (50).
 */

const day = (offset: number) => new Date(Date.UTC(2024, 0, 1 + offset)).toISOString().slice(0, 10);

test('a long chart shows the newest encounters, lab panels and vitals first, and the rest when asked', async ({
  page,
  practice,
}) => {
  await practice.seed();
  const [patient] = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Walter', legalFamilyName: 'Longchart', birthDate: '1950-03-02', sex: 'male' }),
  ]);
  const patientId = patient!.id;
  const doctor = await apiCaller(practice, 'physician');
  const [provider] = await doctor.must('encounters.providers', {});
  for (let i = 0; i < 55; i++) {
    await doctor.must('encounters.add', {
      patientId,
      item: {
        date: day(i),
        providerId: provider!.id,
        type: i % 2 === 0 ? 'office-visit' : 'telephone',
        reason: `Visit ${i + 1}`,
      },
    });
  }
  for (let i = 0; i < 12; i++)
    await doctor.must('labs.add', { patientId, item: { ...metabolicPanel, collectedAt: `${day(i * 7)}T08:00` } });
  for (let i = 0; i < 55; i++) {
    await doctor.must('vitals.add', {
      patientId,
      item: {
        takenAt: `${day(i)}T15:00:00.000Z`,
        systolic: 120 + (i % 10),
        diastolic: 80,
        heartRate: 70,
        temperatureUnit: 'C',
        lengthUnit: 'cm',
        massUnit: 'kg',
        comment: `Reading ${i + 1}`,
      },
    });
  }

  await practice.signIn(page, 'physician');
  await openChart(page, patient!.mrn, 'Longchart, Walter');

  // Encounters: the newest 25, then all; a filter starts the window over.
  await openChartSection(page, 'Encounters & notes');
  const timeline = page.getByRole('list', { name: 'Encounter timeline' });
  const encounters = timeline.locator(':scope > li');
  await expect(encounters).toHaveCount(25);
  await expect(encounters.first()).toContainText('Visit 55');
  await expect(encounters.last()).toContainText('Visit 31');
  const moreEncounters = page.getByRole('group', { name: 'More encounters' });
  await expect(moreEncounters).toContainText('Showing the newest 25 of 55 encounters.');
  await expect(moreEncounters.getByRole('button', { name: 'Show 25 more' })).toBeVisible();
  await screenshot(page, 'long-chart-1-encounters-window');
  await moreEncounters.getByRole('button', { name: 'Show all 55' }).click();
  await expect(encounters).toHaveCount(55);
  await expect(encounters.last()).toContainText('Visit 1');
  await expect(moreEncounters).toBeHidden();
  const typeFilter = page.getByRole('search', { name: 'Filter the timeline' }).getByRole('combobox', { name: 'Type' });
  await typeFilter.click();
  await page.getByRole('option', { name: 'Telephone', exact: true }).click();
  await expect(encounters).toHaveCount(25);
  await expect(encounters.first()).toContainText('Visit 54');
  await expect(moreEncounters).toContainText('Showing the newest 25 of 27 encounters.');
  await expect(moreEncounters.getByRole('button', { name: /^Show all/ })).toBeHidden();
  await moreEncounters.getByRole('button', { name: 'Show 2 more' }).click();
  await expect(encounters).toHaveCount(27);
  await expect(encounters.last()).toContainText('Visit 2');

  // Lab panels: the newest 10; "Show all" shows the two oldest.
  await openChartSection(page, 'Lab results');
  const labs = page.getByRole('region', { name: 'Lab results', exact: true });
  const panels = labs.getByRole('article');
  await expect(panels).toHaveCount(10);
  await expect(panels.first()).toHaveAccessibleName(/collected Mar 18, 2024/);
  const morePanels = labs.getByRole('group', { name: 'More lab panels' });
  await expect(morePanels).toContainText('Showing the newest 10 of 12 lab panels.');
  await morePanels.getByRole('button', { name: 'Show 2 more' }).click();
  await expect(panels).toHaveCount(12);
  await expect(panels.last()).toHaveAccessibleName(/collected Jan 1, 2024/);

  // Vitals: 50 rows of the table, every reading in the trends.
  await openChartSection(page, 'Vitals');
  const vitals = page.getByRole('region', { name: 'Vitals', exact: true });
  const rows = vitals.getByRole('table', { name: 'Vital signs, newest first' }).locator('tbody tr');
  await expect(rows).toHaveCount(50);
  await expect(rows.first()).toContainText('Reading 55');
  await expect(vitals.getByRole('img', { name: /^Systolic/ })).toHaveAccessibleName(/55 readings/);
  const moreVitals = vitals.getByRole('group', { name: 'More sets of vitals' });
  await expect(moreVitals).toContainText('Showing the newest 50 of 55 sets of vitals.');
  await screenshot(page, 'long-chart-2-vitals-window');
  await moreVitals.getByRole('button', { name: 'Show 5 more' }).click();
  await expect(rows).toHaveCount(55);
  await expect(rows.last()).toContainText('Reading 1');
  await expect(moreVitals).toBeHidden();
});
