import type { Locator, Page } from '@playwright/test';
import { Temporal } from 'temporal-polyfill';
import type { OutputOf } from '../../electron/contract/procedures';
import { patientInput, staffPasswords } from '../helpers/practice';
import { expect, type PreviewPractice, screenshot, test } from './fixtures';
import { apiCaller, type Patient, registerPatients } from './support/api';
import { fillPatientForm } from './support/ui';

/**
 * Issue 5: the calendar. Providers, types and a room are set up through the office manager's own
 * procedures; everything else is done the way the front desk does it, with the mouse (Playwright's
 * down/move/up, so the pointer gestures are the real ones) and the keyboard.
 */

// A tall window, so the grid shows 08:00–17:00 without scrolling and pixel positions stay on screen.
test.use({ viewport: { width: 1400, height: 1250 } });

/** The grid's scale, as the calendar draws it: 1.6 px a minute from 08:00 (the earliest working hour). */
const pixelsPerMinute = 1.6;
const axisStart = 8 * 60;

interface Seeded {
  physicianId: number;
  nurseId: number;
  followUpId: number;
  nurseVisitId: number;
  roomId: number;
  /** Tomorrow on the practice's clock, and the day before today. */
  day: string;
  yesterday: string;
  patients: Patient[];
}

const everyDay = [1, 2, 3, 4, 5, 6, 7].flatMap((weekday) => [
  { weekday, kind: 'work' as const, start: '08:00', end: '17:00', label: '' },
  { weekday, kind: 'break' as const, start: '12:00', end: '13:00', label: 'Lunch' },
]);

/** Dr. Park (blue) and Amy Nurse (teal) work every day 08:00–17:00 with lunch; Follow-up is 30 minutes with Dr. Park. */
const seedSchedule = async (practice: PreviewPractice): Promise<Seeded> => {
  await practice.seed();
  const manager = await apiCaller(practice, 'office_manager');
  const users = await manager.must('users.list', {});
  const idOf = (username: string) => users.find((user) => user.username === username)!.id;
  const physicianId = idOf(staffPasswords.physician.username);
  const nurseId = idOf(staffPasswords.nurse.username);
  for (const [providerId, colour] of [
    [physicianId, 'blue'],
    [nurseId, 'teal'],
  ] as const)
    await manager.must('schedule.saveProvider', {
      providerId,
      expectedVersion: 0,
      active: true,
      colour,
      hours: everyDay,
    });
  const saveType = (name: string, durationMinutes: number, colour: 'grape' | 'orange', providerIds: number[]) =>
    manager.must('schedule.saveType', {
      typeId: null,
      expectedVersion: null,
      name,
      durationMinutes,
      colour,
      providerIds,
      active: true,
    });
  const followUp = await saveType('Follow-up', 30, 'grape', [physicianId]);
  const nurseVisit = await saveType('Nurse visit', 15, 'orange', [nurseId]);
  const room = await manager.must('schedule.saveRoom', {
    roomId: null,
    expectedVersion: null,
    name: 'Room 1',
    active: true,
  });
  const { timeZone } = await manager.must('schedule.setup', {});
  await manager.must('auth.logout', {});
  const today = (timeZone ? Temporal.Now.plainDateISO(timeZone) : Temporal.Now.plainDateISO()).toString();
  const patients = await registerPatients(practice, [
    patientInput({ legalGivenName: 'Elizabeth', legalFamilyName: 'Bennet', birthDate: '1958-05-12', sex: 'female' }),
    patientInput({ legalGivenName: 'Fitzwilliam', legalFamilyName: 'Darcy', birthDate: '1955-01-20', sex: 'male' }),
  ]);
  return {
    physicianId,
    nurseId,
    followUpId: followUp.id,
    nurseVisitId: nurseVisit.id,
    roomId: room.id,
    day: Temporal.PlainDate.from(today).add({ days: 1 }).toString(),
    yesterday: Temporal.PlainDate.from(today).subtract({ days: 1 }).toString(),
    patients,
  };
};

const book = async (practice: PreviewPractice, seeded: Seeded, patient: Patient, date: string, start: string) => {
  const desk = await apiCaller(practice, 'front_desk');
  const booked = await desk.must('appointments.book', {
    patientId: patient.id,
    typeId: seeded.followUpId,
    slot: { providerId: seeded.physicianId, date, start, durationMinutes: 30 },
  });
  await desk.must('auth.logout', {});
  return booked.appointments;
};

const dayOf = async (
  practice: PreviewPractice,
  date: string,
  days = 1,
): Promise<OutputOf<'appointments.day'>['appointments']> => {
  const desk = await apiCaller(practice, 'front_desk');
  const { appointments } = await desk.must('appointments.day', { date, days });
  await desk.must('auth.logout', {});
  return appointments;
};

const openSchedule = async (page: Page, date: string) => {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Schedule' }).click();
  await page.getByLabel('Go to date').fill(date);
  await expect(page.getByRole('application', { name: /^Day of / })).toBeVisible();
};

/** A provider's column in the day view (or a day's in the week view), by its heading. */
const column = (page: Page, heading: string) => page.locator(`[data-column-label="${heading}"]`);
const park = staffPasswords.physician.fullName;

/** A point in a column at a wall-clock time ("09:00"), a little inside its left edge. */
const pointAt = async (target: Locator, time: string, dx = 40) => {
  const box = (await target.boundingBox())!;
  const [hours, minutes] = time.split(':').map(Number);
  return { x: box.x + dx, y: box.y + (hours! * 60 + minutes! - axisStart) * pixelsPerMinute };
};

/** Presses at one point and moves to another in small steps, as a hand does, then lets go. */
const drag = async (page: Page, from: { x: number; y: number }, to: { x: number; y: number }) => {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(from.x + (to.x - from.x) / 3, from.y + (to.y - from.y) / 3, { steps: 4 });
  await page.mouse.move(to.x, to.y, { steps: 8 });
  await page.mouse.up();
};

const clickAt = (page: Page, point: { x: number; y: number }) => page.mouse.click(point.x, point.y);

const block = (page: Page, label: RegExp | string) => page.getByRole('button', { name: label });

const pickPatient = async (dialog: Locator, page: Page, typed: string, name: string) => {
  await dialog.getByRole('textbox', { name: 'Patient' }).fill(typed);
  await page.getByRole('option', { name: new RegExp(name) }).click();
};

const pickSelect = async (dialog: Locator, page: Page, label: string, option: string) => {
  await dialog.getByRole('combobox', { name: label }).click();
  await page.getByRole('option', { name: option }).click();
};

test('the front desk books by dragging over free time, with the patient found in the dialog', async ({
  page,
  practice,
}) => {
  const seeded = await seedSchedule(practice);
  await practice.signIn(page, 'front_desk');
  await openSchedule(page, seeded.day);

  // Both providers have a column with their hours; lunch is marked in words.
  await expect(page.getByText(staffPasswords.physician.fullName, { exact: true })).toBeVisible();
  await expect(page.getByText(staffPasswords.nurse.fullName, { exact: true })).toBeVisible();
  await expect(column(page, park).getByText('Lunch 12:00–13:00')).toBeVisible();

  // Drag from 09:00 to 09:45 in Dr. Park's column.
  await drag(page, await pointAt(column(page, park), '09:01'), await pointAt(column(page, park), '09:45'));
  const dialog = page.getByRole('form', { name: 'Book an appointment' });
  await expect(dialog.getByLabel('Start')).toHaveValue('09:00');
  await expect(dialog.getByLabel('End')).toHaveValue('09:45');
  await pickPatient(dialog, page, 'bennet', 'Bennet, Elizabeth');
  // Only the types Dr. Park offers; the dragged length is kept over the type's default.
  await dialog.getByRole('combobox', { name: 'Type' }).click();
  await expect(page.getByRole('option', { name: 'Nurse visit (15 min)' })).toHaveCount(0);
  await page.getByRole('option', { name: 'Follow-up (30 min)' }).click();
  await expect(dialog.getByLabel('End')).toHaveValue('09:45');
  await pickSelect(dialog, page, 'Room', 'Room 1');
  await dialog.getByLabel('Reason for the visit').fill('Blood pressure check');
  await screenshot(page, 'schedule-1-booking-dialog');
  await dialog.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(dialog).toBeHidden();

  const booked = block(page, /^09:00 to 09:45, Bennet, Elizabeth, Follow-up, Scheduled, with Dr\. Jun Park, in Room 1/);
  await expect(booked).toBeVisible();
  await expect(booked).toContainText('Follow-up · Scheduled · Room 1');
  const [stored] = await dayOf(practice, seeded.day);
  expect(stored).toMatchObject({ start: '09:00', end: '09:45', roomName: 'Room 1', reason: 'Blood pressure check' });

  // The keyboard books too: the cursor starts on the first column's first working slot; Enter books there.
  await page.getByRole('application', { name: /^Day of / }).focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await expect(dialog.getByLabel('Start')).toHaveValue('08:15');
  await expect(dialog.getByRole('combobox', { name: 'Provider' })).toHaveValue(park);
  await screenshot(page, 'schedule-2-keyboard-booking');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await screenshot(page, 'schedule-3-day-view');
});

test('dragging an appointment moves it, and dragging its bottom edge changes its length', async ({
  page,
  practice,
}) => {
  const seeded = await seedSchedule(practice);
  await book(practice, seeded, seeded.patients[0]!, seeded.day, '10:00');
  await practice.signIn(page, 'front_desk');
  await openSchedule(page, seeded.day);

  const original = block(page, /^10:00 to 10:30, Bennet, Elizabeth/);
  await expect(original).toBeVisible();
  // Grab it 10 minutes below its top and drop it an hour and a quarter later: 11:15.
  await drag(page, await pointAt(column(page, park), '10:10'), await pointAt(column(page, park), '11:25'));
  const moved = block(page, /^11:15 to 11:45, Bennet, Elizabeth/);
  await expect(moved).toBeVisible();
  await expect(page.getByText('Bennet, Elizabeth is now 11:15–11:45.')).toBeVisible();

  // Amy Nurse does not offer Follow-ups: dropped in her column, the server refuses and the block snaps back.
  await drag(
    page,
    await pointAt(column(page, park), '11:25'),
    await pointAt(column(page, staffPasswords.nurse.fullName), '11:25'),
  );
  await expect(page.getByRole('alert').filter({ hasText: 'Not moved' })).toBeVisible();
  await screenshot(page, 'schedule-4a-refused-move');
  await expect(moved).toBeVisible();

  // Drag the bottom edge from 11:45 down into lunch: a change over a break asks for a reason first.
  await drag(page, await pointAt(column(page, park), '11:43'), await pointAt(column(page, park), '12:15'));
  await expect(page.getByText('Check this first')).toBeVisible();
  await page.getByRole('button', { name: 'Leave it where it was' }).click();
  await expect(moved).toBeVisible();
  await drag(page, await pointAt(column(page, park), '11:43'), await pointAt(column(page, park), '11:55'));
  await expect(block(page, /^11:15 to 11:55, Bennet, Elizabeth/)).toBeVisible();
  await screenshot(page, 'schedule-4-moved-and-resized');

  const [stored] = await dayOf(practice, seeded.day);
  expect(stored).toMatchObject({ start: '11:15', end: '11:55', durationMinutes: 40, status: 'scheduled' });
});

test('a booking over another is warned about and goes ahead only with a reason, marked double-booked', async ({
  page,
  practice,
}) => {
  const seeded = await seedSchedule(practice);
  await book(practice, seeded, seeded.patients[0]!, seeded.day, '09:00');
  await practice.signIn(page, 'front_desk');
  await openSchedule(page, seeded.day);

  // Click free time at 10:00, then ask for 09:00, where Bennet already is.
  await clickAt(page, await pointAt(column(page, park), '10:05'));
  const dialog = page.getByRole('form', { name: 'Book an appointment' });
  await expect(dialog.getByLabel('Start')).toHaveValue('10:00');
  await dialog.getByLabel('Start').fill('09:00');
  await pickPatient(dialog, page, 'darcy', 'Darcy, Fitzwilliam');
  await pickSelect(dialog, page, 'Type', 'Follow-up (30 min)');
  await expect(dialog.getByLabel('End')).toHaveValue('09:30');
  await dialog.getByRole('button', { name: 'Book', exact: true }).click();

  await expect(dialog.getByText('Check this first')).toBeVisible();
  await expect(dialog).toContainText('Bennet, Elizabeth');
  await dialog.getByRole('button', { name: 'Book anyway' }).click();
  await expect(dialog.getByLabel('Reason to book anyway')).toHaveAccessibleDescription(/Say why this booking/);
  expect(await dayOf(practice, seeded.day)).toHaveLength(1);
  await dialog.getByLabel('Reason to book anyway').fill('Acute pain; Dr. Park agreed to squeeze him in');
  await screenshot(page, 'schedule-5-conflict-warning');
  await dialog.getByRole('button', { name: 'Book anyway' }).click();
  await expect(dialog).toBeHidden();

  const darcy = block(page, /^09:00 to 09:30, Darcy, Fitzwilliam.*double-booked, override: Acute pain/);
  await expect(darcy).toBeVisible();
  await expect(darcy).toContainText('Double-booked');
  await expect(darcy).toContainText('Override');
  await screenshot(page, 'schedule-6-double-booked');
  const stored = (await dayOf(practice, seeded.day)).find((a) => a.patientName === 'Darcy, Fitzwilliam');
  expect(stored).toMatchObject({ doubleBooked: true, overrideReason: 'Acute pain; Dr. Park agreed to squeeze him in' });
});

test('a weekly series is booked, and moving one occurrence "this and following" moves the rest, none lost', async ({
  page,
  practice,
}) => {
  const seeded = await seedSchedule(practice);
  await practice.signIn(page, 'front_desk');
  await openSchedule(page, seeded.day);

  await clickAt(page, await pointAt(column(page, park), '14:05'));
  const dialog = page.getByRole('form', { name: 'Book an appointment' });
  await expect(dialog.getByLabel('Start')).toHaveValue('14:00');
  await pickPatient(dialog, page, 'bennet', 'Bennet, Elizabeth');
  await pickSelect(dialog, page, 'Type', 'Follow-up (30 min)');
  await dialog.getByRole('checkbox', { name: 'Repeat' }).check();
  await dialog.getByLabel('Number of appointments').fill('4');
  await screenshot(page, 'schedule-7-series-dialog');
  await dialog.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(page.getByText(/4 appointments for Bennet, Elizabeth/)).toBeVisible();

  // The third occurrence, two weeks on: drag it to 15:00, this and following.
  const third = Temporal.PlainDate.from(seeded.day).add({ days: 14 }).toString();
  await page.getByLabel('Go to date').fill(third);
  await expect(block(page, /^14:00 to 14:30, Bennet, Elizabeth.*part of a series/)).toBeVisible();
  await drag(page, await pointAt(column(page, park), '14:10'), await pointAt(column(page, park), '15:10'));
  const move = page.getByRole('dialog', { name: 'Move the appointment?' });
  await move.getByRole('radio', { name: 'This and following' }).check();
  await screenshot(page, 'schedule-8-series-scope');
  await move.getByRole('button', { name: 'Move', exact: true }).click();
  await expect(block(page, /^15:00 to 15:30, Bennet, Elizabeth/)).toBeVisible();

  // Week by week: the first two stay at 14:00, the third and fourth are at 15:00, and there are still four.
  const all = (await dayOf(practice, seeded.day, 7)).concat(
    await dayOf(practice, Temporal.PlainDate.from(seeded.day).add({ days: 7 }).toString(), 7),
    await dayOf(practice, Temporal.PlainDate.from(seeded.day).add({ days: 14 }).toString(), 7),
    await dayOf(practice, Temporal.PlainDate.from(seeded.day).add({ days: 21 }).toString(), 7),
  );
  const live = all.filter((a) => a.status === 'scheduled').sort((a, b) => a.date.localeCompare(b.date));
  expect(live.map((a) => a.start)).toEqual(['14:00', '14:00', '15:00', '15:00']);

  // Dr. Park's heading opens his week, with the moved one in it.
  await page.getByRole('button', { name: `${park}: open the week` }).click();
  await expect(page.getByRole('application', { name: /^Week of .* for Dr\. Jun Park/ })).toBeVisible();
  await expect(block(page, /^15:00 to 15:30, Bennet, Elizabeth/)).toBeVisible();
  await screenshot(page, 'schedule-9-week-view');
  await page.getByRole('radiogroup', { name: 'Calendar view' }).getByText('Month').click();
  await expect(page.getByRole('table', { name: 'Appointments per day' })).toBeVisible();
  await screenshot(page, 'schedule-10-month-view');
});

test("yesterday's appointment that nobody came to is marked a no-show", async ({ page, practice }) => {
  const seeded = await seedSchedule(practice);
  await book(practice, seeded, seeded.patients[1]!, seeded.yesterday, '09:00');
  await practice.signIn(page, 'front_desk');
  await openSchedule(page, seeded.yesterday);

  await block(page, /^09:00 to 09:30, Darcy, Fitzwilliam/).click();
  const details = page.getByRole('dialog', { name: 'Appointment' });
  await expect(details).toContainText('Darcy, Fitzwilliam');
  await details.getByRole('button', { name: 'Mark no-show' }).click();
  await expect(details).toBeHidden();
  const missed = block(page, /^09:00 to 09:30, Darcy, Fitzwilliam, Follow-up, No-show/);
  await expect(missed).toBeVisible();
  await expect(missed).toContainText('No-show');
  await screenshot(page, 'schedule-11-no-show');
  const [stored] = await dayOf(practice, seeded.yesterday);
  expect(stored!.status).toBe('no-show');
});

test('a new patient is registered from the booking dialog and booked at the next free time; a cancellation frees its slot', async ({
  page,
  practice,
}) => {
  const seeded = await seedSchedule(practice);
  await book(practice, seeded, seeded.patients[0]!, seeded.day, '08:00');
  await practice.signIn(page, 'front_desk');
  await openSchedule(page, seeded.day);

  await clickAt(page, await pointAt(column(page, park), '15:05'));
  const dialog = page.getByRole('form', { name: 'Book an appointment' });
  await dialog.getByRole('textbox', { name: 'Patient' }).fill('Lydia');
  await page.getByRole('option', { name: 'Register new patient' }).click();
  const registration = page.getByRole('form', { name: 'New patient' });
  await fillPatientForm(registration, { given: 'Lydia', family: 'Bennet', dob: '06/15/1972', sex: 'Female' });
  await screenshot(page, 'schedule-12-register-inline');
  await registration.getByRole('button', { name: 'Register patient' }).click();
  await expect(registration).toBeHidden();
  await expect(dialog.getByRole('textbox', { name: 'Patient' })).toHaveValue(/^Bennet, Lydia · born/);

  // Find next available: 08:00 is taken by Elizabeth, so 08:30 with Dr. Park.
  await pickSelect(dialog, page, 'Type', 'Follow-up (30 min)');
  await dialog.getByRole('button', { name: 'Find next available' }).click();
  await expect(dialog.getByLabel('Start')).toHaveValue('08:30');
  await expect(dialog.getByLabel('End')).toHaveValue('09:00');
  await dialog.getByRole('button', { name: 'Book', exact: true }).click();
  await expect(block(page, /^08:30 to 09:00, Bennet, Lydia/)).toBeVisible();

  // Cancel Elizabeth's visit with a reason: it leaves the grid, and comes back struck through on request.
  await block(page, /^08:00 to 08:30, Bennet, Elizabeth/).click();
  await page.getByRole('dialog', { name: 'Appointment' }).getByRole('button', { name: 'Cancel appointment…' }).click();
  const cancel = page.getByRole('dialog', { name: 'Cancel the appointment' });
  await cancel.getByRole('button', { name: 'Cancel appointment' }).click();
  await expect(cancel.getByLabel('Reason for cancelling')).toHaveAccessibleDescription(/Say why/);
  await cancel.getByLabel('Reason for cancelling').fill('Patient called: feeling better');
  await cancel.getByRole('button', { name: 'Cancel appointment' }).click();
  await expect(cancel).toBeHidden();
  await expect(block(page, /Bennet, Elizabeth/)).toBeHidden();
  await page.getByRole('switch', { name: 'Show cancelled' }).check({ force: true });
  await expect(block(page, /^08:00 to 08:30, Bennet, Elizabeth, Follow-up, Cancelled/)).toBeVisible();
  await screenshot(page, 'schedule-13-cancelled-shown');
  const stored = (await dayOf(practice, seeded.day)).find((a) => a.patientName === 'Bennet, Elizabeth');
  expect(stored).toMatchObject({ status: 'cancelled', cancelReason: 'Patient called: feeling better' });
});
