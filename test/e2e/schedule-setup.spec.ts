import { expect, screenshot, test } from './fixtures';
import { apiCaller } from './support/api';

/**
 * Issue 5: the office manager sets up the schedule: a physician's week with a lunch break, copied
 * to the weekdays, a day off, two rooms and two appointment types.
 */
test('the office manager sets up a provider’s week, a day off, rooms and appointment types', async ({
  page,
  practice,
}) => {
  await practice.seed();
  await practice.signIn(page, 'office_manager');
  const administration = page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Administration' });
  await administration.click();
  await page.getByRole('menuitem', { name: 'Practice settings' }).click();
  const zone = page.getByRole('combobox', { name: 'Time zone of the schedule' });
  await expect(zone).toHaveValue(
    `This computer's zone (${await page.evaluate(() => Intl.DateTimeFormat().resolvedOptions().timeZone)})`,
  );
  await zone.click();
  await zone.fill('Chicago');
  await page.getByRole('option', { name: 'America/Chicago' }).click();
  await page.getByRole('button', { name: 'Save settings' }).click();
  await expect(page.getByText('Practice settings saved')).toBeVisible();
  await screenshot(page, 'schedule-setup-0-practice-time-zone');

  await administration.click();
  await page.getByRole('menuitem', { name: 'Schedule setup' }).click();
  await expect(page.getByRole('heading', { name: 'Schedule setup' })).toBeVisible();
  await expect(page.getByText('Times are in America/Chicago')).toBeVisible();

  await page.getByRole('navigation', { name: 'Providers' }).getByText('Dr. Jun Park').click();
  const week = page.getByRole('form', { name: "Dr. Jun Park's schedule" });
  const monday = week.getByRole('row', { name: 'Monday' });
  await monday.getByRole('button', { name: 'Add hours on Monday' }).click();
  await monday.getByRole('button', { name: 'Add a break on Monday' }).click();
  // A typo first: the end before the start is shown beside the end, and nothing is saved.
  await monday.getByLabel('Monday hours end').fill('07:00');
  await week.getByRole('button', { name: 'Save schedule' }).click();
  await expect(monday).toContainText('The end is before the start. Check both times.');
  await screenshot(page, 'schedule-setup-1-end-before-start');

  await monday.getByLabel('Monday hours end').fill('17:00');
  await expect(monday.getByLabel('Monday break start')).toHaveValue('12:00');
  await expect(monday.getByLabel('Monday break end')).toHaveValue('13:00');
  await expect(monday.getByLabel('Monday break label')).toHaveValue('Lunch');
  await week.getByRole('button', { name: 'Copy Monday to weekdays' }).click();
  await expect(week.getByRole('row', { name: 'Friday' }).getByLabel('Friday break label')).toHaveValue('Lunch');
  await expect(week.getByRole('row', { name: 'Saturday' })).toContainText('Not working');
  await week.getByRole('button', { name: 'Save schedule' }).click();
  await expect(page.getByText("Dr. Jun Park's week is saved.")).toBeVisible();

  await page.getByLabel('First day').fill('2027-01-04');
  await page.getByLabel('Last day').fill('2027-01-05');
  await page.getByLabel('Reason').fill('Conference');
  await page.getByRole('button', { name: 'Add day off' }).click();
  const daysOff = page.getByRole('list', { name: "Dr. Jun Park's days off" });
  await expect(daysOff).toContainText('Conference');
  await screenshot(page, 'schedule-setup-2-provider-week');

  await page.getByRole('tab', { name: 'Rooms' }).click();
  for (const room of ['Exam 1', 'Exam 2']) {
    await page.getByLabel('New room').fill(room);
    await page.getByRole('button', { name: 'Add room' }).click();
    await expect(page.getByLabel(`Name of ${room}`)).toHaveValue(room);
  }
  await page.getByLabel('New room').fill('exam 1');
  await page.getByRole('button', { name: 'Add room' }).click();
  await expect(page.getByText('There is already a room named "Exam 1". Pick another name.')).toBeVisible();
  await screenshot(page, 'schedule-setup-3-rooms');

  await page.getByRole('tab', { name: 'Appointment types' }).click();
  const addType = async (name: string, minutes: string, colour: string, providers: string[]) => {
    await page.getByRole('button', { name: 'Add appointment type' }).click();
    const dialog = page.getByRole('dialog', { name: 'New appointment type' });
    await dialog.getByLabel('Name').fill(name);
    await dialog.getByLabel('Default length (minutes)').fill(minutes);
    await dialog.getByRole('radio', { name: colour }).click();
    for (const provider of providers) await dialog.getByRole('checkbox', { name: provider }).check();
    await dialog.getByRole('button', { name: 'Save type' }).click();
    await expect(dialog).toBeHidden();
  };
  await addType('Follow-up', '15', 'teal', ['Dr. Jun Park']);
  // A 0-minute type is refused beside its length before anything is sent.
  await page.getByRole('button', { name: 'Add appointment type' }).click();
  const dialog = page.getByRole('dialog', { name: 'New appointment type' });
  await dialog.getByLabel('Name').fill('New patient');
  await dialog.getByLabel('Default length (minutes)').fill('0');
  await dialog.getByRole('button', { name: 'Save type' }).click();
  await expect(dialog).toContainText('The default length is at least 5 minutes.');
  await screenshot(page, 'schedule-setup-4-type-too-short');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await addType('New patient', '40', 'violet', ['Dr. Jun Park', 'Amy Nurse']);
  const types = page.getByRole('table', { name: 'Appointment types' });
  await expect(types.getByRole('row', { name: /Follow-up/ })).toContainText('15 min');
  await expect(types.getByRole('row', { name: /New patient/ })).toContainText('Amy Nurse, Dr. Jun Park');
  await screenshot(page, 'schedule-setup-5-types');

  // What the calendar will read: the same setup, through the API.
  const nurse = await apiCaller(practice, 'nurse');
  const setup = await nurse.must('schedule.setup', {});
  const park = setup.providers.find((p) => p.name === 'Dr. Jun Park');
  expect(park?.hours.filter((block) => block.kind === 'work')).toHaveLength(5);
  expect(park?.hours.filter((block) => block.kind === 'break').map((b) => `${b.start}-${b.end} ${b.label}`)).toEqual(
    Array(5).fill('12:00-13:00 Lunch'),
  );
  expect(park?.hours.find((block) => block.weekday === 1 && block.kind === 'work')).toMatchObject({
    start: '08:00',
    end: '17:00',
  });
  expect(park?.daysOff).toEqual([expect.objectContaining({ firstDay: '2027-01-04', lastDay: '2027-01-05' })]);
  expect(setup.rooms.map((r) => r.name)).toEqual(['Exam 1', 'Exam 2']);
  expect(setup.types.map((t) => [t.name, t.durationMinutes, t.colour, t.providerIds.length])).toEqual([
    ['Follow-up', 15, 'teal', 1],
    ['New patient', 40, 'violet', 2],
  ]);
});
