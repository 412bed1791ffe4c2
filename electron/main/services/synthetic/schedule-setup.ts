import type { CalendarColour, HoursBlock } from '../../../contract/schedule-setup';
import { addDays, isoWeekday } from '../scheduling/zoned-time';

/**
 * The demo practice's schedule setup, as an office manager would enter it on the schedule setup
 * screen: each clinician's week (a few differ: an early starter, a Wednesday afternoon off, Saturday
 * mornings), public holidays and a week of vacation a year each, exam rooms, and the appointment
 * types. It is saved through the schedule procedures, so the synthetic appointments that follow are
 * booked against the same rules staff book against.
 */
export const appointmentTypeSpecs = [
  { name: 'New patient', durationMinutes: 45, colour: 'violet', offeredBy: 'physicians' },
  { name: 'Annual physical', durationMinutes: 30, colour: 'green', offeredBy: 'physicians' },
  { name: 'Office visit', durationMinutes: 30, colour: 'blue', offeredBy: 'physicians' },
  { name: 'Follow-up', durationMinutes: 15, colour: 'teal', offeredBy: 'physicians' },
  { name: 'Sick visit', durationMinutes: 15, colour: 'orange', offeredBy: 'physicians' },
  { name: 'Procedure', durationMinutes: 30, colour: 'grape', offeredBy: 'physicians' },
  { name: 'Nurse visit', durationMinutes: 15, colour: 'cyan', offeredBy: 'nurses' },
] as const satisfies readonly {
  name: string;
  durationMinutes: number;
  colour: CalendarColour;
  offeredBy: 'physicians' | 'nurses';
}[];
export type AppointmentTypeName = (typeof appointmentTypeSpecs)[number]['name'];

/** Two exam rooms per physician, and the rooms nurse visits and procedures use. */
export const examRoomName = (physicianIndex: number, second: boolean) =>
  `Exam ${physicianIndex * 2 + (second ? 2 : 1)}`;
export const nurseRoomName = 'Nurse room';
export const procedureRoomName = 'Procedure room';

const weekdays = [1, 2, 3, 4, 5] as const;
const block = (weekday: number, kind: HoursBlock['kind'], start: string, end: string, label = ''): HoursBlock => ({
  weekday,
  kind,
  start,
  end,
  label,
});

/** A physician's week; the index varies it so the day view does not show identical columns. */
export const physicianWeek = (index: number): HoursBlock[] => {
  const start = index % 3 === 1 ? '07:30' : '08:00';
  const end = index % 3 === 1 ? '16:30' : '17:00';
  const hours = weekdays.flatMap((weekday) =>
    index % 4 === 2 && weekday === 3
      ? [block(weekday, 'work', start, '12:00')]
      : [block(weekday, 'work', start, end), block(weekday, 'break', '12:00', '13:00', 'Lunch')],
  );
  if (index % 5 === 3) hours.push(block(6, 'work', '08:00', '12:00'));
  return hours;
};

export const nurseWeek = (): HoursBlock[] =>
  weekdays.flatMap((weekday) => [
    block(weekday, 'work', '08:00', '16:30'),
    block(weekday, 'break', '12:00', '12:30', 'Lunch'),
  ]);

const nthWeekday = (year: number, month: number, weekday: number, n: number): string => {
  let date = `${year}-${String(month).padStart(2, '0')}-01`;
  while (isoWeekday(date) !== weekday) date = addDays(date, 1);
  return addDays(date, 7 * (n - 1));
};
const lastWeekday = (year: number, month: number, weekday: number): string => {
  let date = addDays(month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`, -1);
  while (isoWeekday(date) !== weekday) date = addDays(date, -1);
  return date;
};

/** The US holidays a clinic closes for, on the weekdays they fall on. */
const holidaysOf = (year: number): { firstDay: string; lastDay: string; reason: string }[] => {
  const thanksgiving = nthWeekday(year, 11, 4, 4);
  return [
    { firstDay: `${year}-01-01`, lastDay: `${year}-01-01`, reason: "New Year's Day" },
    { firstDay: lastWeekday(year, 5, 1), lastDay: lastWeekday(year, 5, 1), reason: 'Memorial Day' },
    { firstDay: `${year}-07-04`, lastDay: `${year}-07-04`, reason: 'Independence Day' },
    { firstDay: nthWeekday(year, 9, 1, 1), lastDay: nthWeekday(year, 9, 1, 1), reason: 'Labor Day' },
    { firstDay: thanksgiving, lastDay: addDays(thanksgiving, 1), reason: 'Thanksgiving' },
    { firstDay: `${year}-12-25`, lastDay: `${year}-12-25`, reason: 'Christmas Day' },
  ].filter((holiday) => isoWeekday(holiday.firstDay) <= 5);
};

/**
 * Each provider's days off over the generated window (a year either side of the anchor): the
 * holidays, and one week of vacation in each half, staggered so the practice is never all away.
 */
export const daysOffFor = (
  providerIndex: number,
  anchorDate: string,
): { firstDay: string; lastDay: string; reason: string }[] => {
  const from = addDays(anchorDate, -365);
  const to = addDays(anchorDate, 365);
  const year = Number(anchorDate.slice(0, 4));
  const holidays = [year - 1, year, year + 1]
    .flatMap(holidaysOf)
    .filter((holiday) => holiday.firstDay >= from && holiday.lastDay < to);
  const vacations = [-1, 1].map((side) => {
    let monday = addDays(anchorDate, side * (60 + providerIndex * 23));
    while (isoWeekday(monday) !== 1) monday = addDays(monday, 1);
    while (holidays.some((holiday) => holiday.firstDay >= monday && holiday.firstDay <= addDays(monday, 4)))
      monday = addDays(monday, 7);
    return { firstDay: monday, lastDay: addDays(monday, 4), reason: 'Vacation' };
  });
  return [...holidays, ...vacations].sort((a, b) => (a.firstDay < b.firstDay ? -1 : 1));
};
