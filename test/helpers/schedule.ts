import type { InputOf } from '../../electron/contract/procedures';
import { type Caller, createTestPractice, registerChartPair, staffPasswords, type TestPractice } from './practice';
import { countRows as countSqliteRows } from './sentinel';

/**
 * A practice with a schedule, set up through the office manager's own procedures: Dr. Park works
 * Monday to Friday 08:00–17:00 with Lunch 12:00–13:00, offers Follow-up (30 minutes) and New patient
 * (60 minutes); the nurse is bookable for Nurse visit only; one room. The calendar runs in
 * America/Chicago unless told otherwise, so daylight-saving dates are known (2026-03-08, 2026-11-01).
 */
export interface SchedulePractice {
  practice: TestPractice;
  manager: Caller;
  desk: Caller;
  physicianId: number;
  nurseId: number;
  followUpTypeId: number;
  newPatientTypeId: number;
  nurseVisitTypeId: number;
  roomId: number;
  patientId: number;
  otherPatientId: number;
}

export const clinicHours = (weekdays: readonly number[] = [1, 2, 3, 4, 5]) =>
  weekdays.flatMap((weekday) => [
    { weekday, kind: 'work' as const, start: '08:00', end: '17:00', label: '' },
    { weekday, kind: 'break' as const, start: '12:00', end: '13:00', label: 'Lunch' },
  ]);

export const createSchedulePractice = async (options: { timeZone?: string } = {}): Promise<SchedulePractice> => {
  const practice = await createTestPractice();
  practice.app.services.vault.store.sqlite
    .prepare('UPDATE practice SET time_zone = ? WHERE id = 1')
    .run(options.timeZone ?? 'America/Chicago');
  const manager = await practice.signIn('office_manager');
  const desk = await practice.signIn('front_desk');
  const users = await manager.must('users.list', {});
  const idOf = (username: string) => {
    const user = users.find((candidate) => candidate.username === username);
    if (!user) throw new Error(`test user ${username} missing`);
    return user.id;
  };
  const physicianId = idOf(staffPasswords.physician.username);
  const nurseId = idOf(staffPasswords.nurse.username);
  for (const [providerId, colour] of [
    [physicianId, 'blue'],
    [nurseId, 'teal'],
  ] as const) {
    await manager.must('schedule.saveProvider', {
      providerId,
      expectedVersion: 0,
      active: true,
      colour,
      hours: clinicHours(),
    });
  }
  const saveType = (name: string, durationMinutes: number, providerIds: number[]) =>
    manager.must('schedule.saveType', {
      typeId: null,
      expectedVersion: null,
      name,
      durationMinutes,
      colour: 'grape',
      providerIds,
      active: true,
    });
  const followUp = await saveType('Follow-up', 30, [physicianId]);
  const newPatient = await saveType('New patient', 60, [physicianId]);
  const nurseVisit = await saveType('Nurse visit', 15, [nurseId]);
  const room = await manager.must('schedule.saveRoom', {
    roomId: null,
    expectedVersion: null,
    name: 'Room 1',
    active: true,
  });
  const { patientId, otherPatientId } = await registerChartPair(desk);
  return {
    practice,
    manager,
    desk,
    physicianId,
    nurseId,
    followUpTypeId: followUp.id,
    newPatientTypeId: newPatient.id,
    nurseVisitTypeId: nurseVisit.id,
    roomId: room.id,
    patientId,
    otherPatientId,
  };
};

/** A Follow-up with Dr. Park for the fixture's patient; override what the test is about. */
export const bookingInput = (
  fixture: SchedulePractice,
  slot: Partial<InputOf<'appointments.book'>['slot']> = {},
  rest: Partial<Omit<InputOf<'appointments.book'>, 'slot'>> = {},
): InputOf<'appointments.book'> => ({
  patientId: fixture.patientId,
  typeId: fixture.followUpTypeId,
  slot: { providerId: fixture.physicianId, date: '2026-03-09', start: '09:00', durationMinutes: 30, ...slot },
  ...rest,
});

/** Counts rows of a table straight from the store: "nothing changed" means these did not move. */
export const countRows = (fixture: SchedulePractice, table: string): number =>
  countSqliteRows(fixture.practice.app.services.vault.store.sqlite, table);
