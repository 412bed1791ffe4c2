import { Temporal } from 'temporal-polyfill';
import { patientInput } from '../helpers/practice';
import { expect, type PreviewPractice, screenshot, test } from './fixtures';
import { apiCaller, registerPatients } from './support/api';
import { openChart } from './support/ui';

/**
 * Issue 5: the patient-flow board from arrival to checkout, with a recall set at checkout and found on
 * the recall list, and the chart's face sheet showing the visits, no-show included.
 */

const everyDay = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
  weekday,
  kind: 'work' as const,
  start: '00:00',
  end: '23:55',
}));

/** A physician's calendar open all day every day, two rooms and a follow-up type, set up as the office manager would. */
const setUpSchedule = async (practice: PreviewPractice) => {
  const manager = await apiCaller(practice, 'office_manager');
  const physician = (await manager.must('users.list', {})).find((u) => u.role === 'physician')!;
  await manager.must('schedule.saveProvider', {
    providerId: physician.id,
    expectedVersion: 0,
    active: true,
    colour: 'blue',
    hours: everyDay,
  });
  for (const name of ['Exam 1', 'Exam 2']) {
    await manager.must('schedule.saveRoom', { roomId: null, expectedVersion: null, name, active: true });
  }
  const type = await manager.must('schedule.saveType', {
    typeId: null,
    expectedVersion: null,
    name: 'Follow-up',
    durationMinutes: 20,
    colour: 'teal',
    active: true,
    providerIds: [physician.id],
  });
  return { physicianId: physician.id, typeId: type.id };
};

test('the flow board takes a patient from arrival to checkout and sets a recall', async ({ page, practice }) => {
  await practice.seed();
  const [maria, ben] = await registerPatients(practice, [
    patientInput({
      insurance: {
        payerName: 'Prairie Health Mutual',
        planName: 'PPO Gold',
        memberId: 'PHM-448812',
        groupNumber: 'G-77',
        subscriberRelationship: 'self',
      },
    }),
    patientInput({ legalGivenName: 'Ben', legalFamilyName: 'Okafor', birthDate: '1971-09-12', sex: 'male' }),
  ]);
  const { physicianId, typeId } = await setUpSchedule(practice);
  const today = Temporal.Now.plainDateISO().toString();
  const desk = await apiCaller(practice, 'front_desk');
  const book = async (patientId: number, start: string) =>
    (
      await desk.must('appointments.book', {
        patientId,
        typeId,
        slot: { providerId: physicianId, date: today, start, durationMinutes: 20 },
        reason: 'Blood sugar follow-up',
      })
    ).appointments[0]!;
  const mariaVisit = await book(maria!.id, '09:00');
  const benVisit = await book(ben!.id, '09:30');
  // Ben checked in 23 minutes ago on another workstation and is still in the waiting room.
  await desk.must('appointments.setStatus', {
    appointmentId: benVisit.id,
    expectedVersion: benVisit.version,
    status: 'arrived',
  });
  practice.app.services.vault.store.sqlite
    .prepare('UPDATE appointments SET arrived_at = ? WHERE id = ?')
    .run(new Date(Date.now() - 23 * 60_000).toISOString(), benVisit.id);

  await practice.signIn(page, 'front_desk');
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Patient flow' }).click();
  await expect(page.getByRole('heading', { name: 'Patient flow' })).toBeVisible();
  const column = (name: string) => page.getByRole('region', { name, exact: true });
  const mariaCard = (name: string) => column(name).getByRole('article', { name: /^Lopez, Maria/ });

  // Ben has waited past the 15 minutes allowed in the waiting room: said in words, with an icon.
  const benCard = column('Arrived').getByRole('article', { name: /^Okafor, Ben/ });
  await expect(benCard.getByText(/^Waiting 2[34] min$/)).toBeVisible();
  await expect(page.getByText('1 patient waiting too long')).toBeVisible();
  await expect(mariaCard('Scheduled')).toContainText('09:00');
  await expect(mariaCard('Scheduled')).toContainText('Dr. Jun Park · Follow-up');
  await screenshot(page, 'flow-board-start');

  // Check-in: the insurance on file is read back and confirmed.
  await page.getByRole('button', { name: 'Check in Lopez, Maria' }).click();
  const checkIn = page.getByRole('dialog', { name: 'Check in Lopez, Maria' });
  await expect(checkIn.getByTestId('insurance-on-file')).toHaveText(
    'Prairie Health Mutual, PPO Gold · Member ID PHM-448812 · Group G-77',
  );
  await checkIn.getByLabel('Insurance confirmed with the patient').check();
  await screenshot(page, 'flow-board-check-in');
  await checkIn.getByRole('button', { name: 'Check in' }).click();
  await expect(checkIn).toBeHidden();
  await expect(mariaCard('Arrived')).toContainText('Insurance confirmed');
  await expect(mariaCard('Arrived')).toContainText('In this step 0 min');

  // Rooming: pick a free room.
  await page.getByRole('button', { name: 'Room Lopez, Maria' }).click();
  const rooming = page.getByRole('dialog', { name: 'Room Lopez, Maria' });
  await rooming.getByRole('button', { name: 'Room the patient' }).click();
  await expect(rooming.getByText('Pick the room the patient is in.')).toBeVisible();
  await rooming.getByRole('combobox', { name: 'Room' }).click();
  await page.getByRole('option', { name: 'Exam 2' }).click();
  await rooming.getByRole('button', { name: 'Room the patient' }).click();
  await expect(mariaCard('Roomed')).toContainText('Exam 2');

  await page.getByRole('button', { name: 'Provider in Lopez, Maria' }).click();
  await expect(mariaCard('With provider')).toBeVisible();

  // Checkout, with a recall in 2 weeks for the diabetes review.
  await page.getByRole('button', { name: 'Check out Lopez, Maria' }).click();
  const checkOut = page.getByRole('dialog', { name: 'Check out Lopez, Maria' });
  await checkOut.getByLabel('Set a recall').check();
  await checkOut.getByRole('textbox', { name: 'Recall in' }).fill('2');
  await checkOut.getByRole('combobox', { name: 'Weeks or months' }).click();
  await page.getByRole('option', { name: 'weeks' }).click();
  await checkOut.getByRole('button', { name: 'Check out and set the recall' }).click();
  await expect(checkOut.getByText('Enter the reason for the recall.')).toBeVisible();
  await checkOut.getByLabel('Reason for the recall').fill('Diabetes review');
  await screenshot(page, 'flow-board-check-out');
  await checkOut.getByRole('button', { name: 'Check out and set the recall' }).click();
  await expect(checkOut).toBeHidden();
  await expect(mariaCard('Checked out')).toBeVisible();
  await screenshot(page, 'flow-board-checked-out');

  // Each step was saved and is on the appointment, in order.
  const saved = await desk.must('appointments.get', { appointmentId: mariaVisit.id });
  expect(saved).toMatchObject({ status: 'checked-out', insuranceConfirmed: true, roomName: 'Exam 2' });
  for (const step of [saved.arrivedAt, saved.roomedAt, saved.withProviderAt, saved.checkedOutAt])
    expect(step).not.toBeNull();
  // Every step is in the audit log under the front desk user, and so is the recall.
  const audited = practice.app.services.vault.store.sqlite
    .prepare(
      "SELECT action, username FROM audit_log WHERE patient_id = ? AND action IN ('appointment.status', 'recall.set') ORDER BY id",
    )
    .all(maria!.id);
  expect(audited).toEqual([
    ...Array.from({ length: 4 }, () => ({ action: 'appointment.status', username: 'frontdesk' })),
    { action: 'recall.set', username: 'frontdesk' },
  ]);

  // The recall is on the list of those due within 30 days, and on the printed call list.
  await page.getByRole('navigation', { name: 'Main' }).getByRole('button', { name: 'Recalls' }).click();
  await expect(page.getByRole('heading', { name: 'Recalls' })).toBeVisible();
  await expect(page.getByText('No open recalls due.')).toBeVisible();
  await page.getByText('Due within 30 days').click();
  const row = page.getByRole('table', { name: 'Recalls' }).getByRole('row', { name: /Lopez, Maria/ });
  await expect(row).toContainText('Diabetes review');
  await expect(row).toContainText('Due in 14 days');
  await expect(row).toContainText('Mobile (217) 555-0142');
  await expect(row).toContainText('Dr. Jun Park');
  await expect(page.locator('[data-print-sheet]')).toContainText('Recall call list');
  await expect(page.locator('[data-print-sheet]')).toContainText('Diabetes review');
  await screenshot(page, 'recall-list');
  // On paper only the call list prints, with a column to write the outcome of each call in.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('[data-print-sheet]')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Recalls' })).toBeHidden();
  await screenshot(page, 'recall-call-list-print');
  await page.emulateMedia({ media: 'screen' });

  await row.getByRole('button', { name: "Mark Lopez, Maria's recall booked" }).click();
  await expect(page.getByText('Lopez, Maria: Diabetes review marked booked.')).toBeVisible();
  await expect(page.getByText('No open recalls due within 30 days.')).toBeVisible();
});

test("the chart's face sheet shows the next appointment and the history with a no-show", async ({ page, practice }) => {
  await practice.seed();
  const [patient] = await registerPatients(practice, [patientInput()]);
  const { physicianId, typeId } = await setUpSchedule(practice);
  const desk = await apiCaller(practice, 'front_desk');
  const today = Temporal.Now.plainDateISO();
  const book = async (daysAhead: number, start: string) =>
    (
      await desk.must('appointments.book', {
        patientId: patient!.id,
        typeId,
        slot: { providerId: physicianId, date: today.add({ days: daysAhead }).toString(), start, durationMinutes: 20 },
      })
    ).appointments[0]!;
  const missed = await book(-14, '10:00');
  await desk.must('appointments.setStatus', {
    appointmentId: missed.id,
    expectedVersion: missed.version,
    status: 'no-show',
  });
  await book(21, '15:40');

  await practice.signIn(page, 'nurse');
  await openChart(page, patient!.mrn, 'Lopez, Maria');
  const card = page.getByRole('region', { name: 'Appointments' });
  await expect(card.getByTestId('next-appointment')).toContainText('at 15:40 with Dr. Jun Park, Follow-up');
  await card.getByRole('button', { name: 'Show appointment history' }).click();
  const history = card.getByRole('table', { name: 'Appointment history' });
  await expect(history.getByRole('row')).toHaveCount(3);
  await expect(history.getByRole('row').nth(2)).toContainText('No-show');
  await expect(card).toContainText('2 appointments, 1 no-show');
  await screenshot(page, 'face-sheet-appointments');
});
