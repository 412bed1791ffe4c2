import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OutputOf } from '../../../electron/contract/procedures';
import type { Result } from '../../../electron/contract/result';
import { bookingInput, countRows, createSchedulePractice, type SchedulePractice } from '../../helpers/schedule';

/**
 * Issue 5, recurring series: every occurrence is a real row made at booking; a "this and following"
 * edit splits the series without losing or duplicating an occurrence (conservation), and a weekly
 * 09:00 keeps 09:00 on the wall clock across both of Chicago's daylight-saving changes.
 */
type Appointment = OutputOf<'appointments.get'>;

interface SeriesRecord {
  id: number;
  weekdays: string;
  localStart: string;
  durationMinutes: number;
  firstDay: string;
  lastDay: string | null;
  occurrenceCount: number | null;
  splitFromSeriesId: number | null;
}

const messageOf = (result: Result<unknown>): string => (result.ok ? '' : result.error.message);

describe('recurring series', () => {
  let f: SchedulePractice;
  const sqlite = () => f.practice.app.services.vault.store.sqlite;
  const seriesRow = (id: number | null) =>
    sqlite()
      .prepare(
        `SELECT id, weekdays, local_start AS localStart, duration_minutes AS durationMinutes, first_day AS firstDay,
                last_day AS lastDay, occurrence_count AS occurrenceCount, split_from_series_id AS splitFromSeriesId
         FROM appointment_series WHERE id = ?`,
      )
      .get(id) as SeriesRecord;
  /** Every occurrence of a family of series (the original and whatever was split from it), in date order. */
  const occurrencesOf = (rootSeriesId: number) =>
    sqlite()
      .prepare(
        `WITH RECURSIVE family(id) AS (
           SELECT ? UNION ALL SELECT s.id FROM appointment_series s JOIN family ON s.split_from_series_id = family.id)
         SELECT a.id, a.series_id AS seriesId, a.series_index AS seriesIndex, a.status, a.starts_at AS startsAt
         FROM appointments a WHERE a.series_id IN (SELECT id FROM family) ORDER BY a.starts_at`,
      )
      .all(rootSeriesId) as { id: number; seriesId: number; seriesIndex: number; status: string; startsAt: string }[];
  const bookSeries = async (input: Parameters<typeof bookingInput>[2], slot: Parameters<typeof bookingInput>[1]) =>
    (await f.desk.must('appointments.book', bookingInput(f, slot, input))).appointments;

  beforeAll(async () => {
    f = await createSchedulePractice({ timeZone: 'America/Chicago' });
  });
  afterAll(() => f.practice.cleanup());

  it('keeps a weekly 09:00 at 09:00 across both daylight-saving changes while the UTC instants shift', async () => {
    const occurrences = await bookSeries(
      { recurrence: { intervalWeeks: 1, weekdays: [1], until: '2026-11-09' } },
      { date: '2026-02-23', start: '09:00' },
    );
    expect(occurrences.length).toBe(38);
    expect(occurrences.every((a) => a.start === '09:00' && a.end === '09:30')).toBe(true);
    const instantOf = (date: string) => occurrences.find((a) => a.date === date)?.startsAt;
    // Central standard time (UTC-6) before 2026-03-08, daylight time (UTC-5) until 2026-11-01.
    expect(instantOf('2026-03-02')).toBe('2026-03-02T15:00:00.000Z');
    expect(instantOf('2026-03-09')).toBe('2026-03-09T14:00:00.000Z');
    expect(instantOf('2026-10-26')).toBe('2026-10-26T14:00:00.000Z');
    expect(instantOf('2026-11-02')).toBe('2026-11-02T15:00:00.000Z');
    expect(occurrences.map((a) => a.seriesIndex)).toEqual(occurrences.map((_, index) => index + 1));

    // Moving the rest of the series to 10:00 keeps 10:00 local on both sides of the fall change.
    const from = occurrences.find((a) => a.date === '2026-10-19') as Appointment;
    const moved = await f.desk.must('appointments.move', {
      appointmentId: from.id,
      expectedVersion: from.version,
      scope: 'following',
      slot: { providerId: f.physicianId, date: '2026-10-19', start: '10:00', durationMinutes: 30 },
    });
    expect(moved.appointments.map((a) => [a.date, a.start, a.startsAt])).toEqual([
      ['2026-10-19', '10:00', '2026-10-19T15:00:00.000Z'],
      ['2026-10-26', '10:00', '2026-10-26T15:00:00.000Z'],
      ['2026-11-02', '10:00', '2026-11-02T16:00:00.000Z'],
      ['2026-11-09', '10:00', '2026-11-09T16:00:00.000Z'],
    ]);
  });

  it('conserves every occurrence through "this and following" moves and cancellations', async () => {
    const booked = await bookSeries(
      { recurrence: { intervalWeeks: 1, weekdays: [1, 4], count: 10 } },
      { date: '2030-03-04', start: '09:00' },
    );
    const rootId = booked[0]?.seriesId ?? 0;
    const before = occurrencesOf(rootId);
    expect(before.length).toBe(10);
    expect(seriesRow(rootId)).toMatchObject({ weekdays: '[1,4]', occurrenceCount: 10, firstDay: '2030-03-04' });

    // Occurrence 6 (Thursday 2030-03-21) is cancelled on its own first: "this one" changes one row.
    const sixth = booked[5] as Appointment;
    const one = await f.desk.must('appointments.cancel', {
      appointmentId: sixth.id,
      expectedVersion: sixth.version,
      reason: 'Out of town',
    });
    expect(one.appointments.map((a) => [a.id, a.status, a.seriesId, a.seriesIndex])).toEqual([
      [sixth.id, 'cancelled', rootId, 6],
    ]);

    // Occurrence 4 (Thursday 2030-03-14) and the following ones move a day later, to 10:00. The
    // cancelled one goes to the new series where it was; nothing else is touched.
    const fourth = booked[3] as Appointment;
    expect(fourth.date).toBe('2030-03-14');
    const moved = await f.desk.must('appointments.move', {
      appointmentId: fourth.id,
      expectedVersion: fourth.version,
      scope: 'following',
      slot: { providerId: f.physicianId, date: '2030-03-15', start: '10:00', durationMinutes: 30 },
    });
    const successorId = moved.appointments[0]?.seriesId ?? 0;
    expect(successorId).not.toBe(rootId);
    expect(moved.appointments.map((a) => [a.date, a.start, a.status, a.seriesId, a.seriesIndex])).toEqual([
      ['2030-03-15', '10:00', 'scheduled', successorId, 1],
      ['2030-03-19', '10:00', 'scheduled', successorId, 2],
      ['2030-03-21', '09:00', 'cancelled', successorId, 3],
      ['2030-03-26', '10:00', 'scheduled', successorId, 4],
      ['2030-03-29', '10:00', 'scheduled', successorId, 5],
      ['2030-04-02', '10:00', 'scheduled', successorId, 6],
      ['2030-04-05', '10:00', 'scheduled', successorId, 7],
    ]);
    expect(seriesRow(rootId)).toMatchObject({ occurrenceCount: 3, splitFromSeriesId: null });
    expect(seriesRow(successorId)).toMatchObject({
      weekdays: '[2,5]',
      localStart: '10:00',
      firstDay: '2030-03-15',
      occurrenceCount: 7,
      splitFromSeriesId: rootId,
    });
    const afterMove = occurrencesOf(rootId);
    expect(afterMove.length).toBe(before.length);
    expect(afterMove.map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort());
    // The first three did not move.
    expect(afterMove.slice(0, 3)).toEqual(before.slice(0, 3));

    // "This one" on a moved occurrence: only that row changes.
    const fourthOfSuccessor = moved.appointments[3] as Appointment;
    const single = await f.desk.must('appointments.move', {
      appointmentId: fourthOfSuccessor.id,
      expectedVersion: fourthOfSuccessor.version,
      slot: { providerId: f.physicianId, date: '2030-03-26', start: '14:00', durationMinutes: 30 },
    });
    expect(single.appointments.map((a) => [a.id, a.start, a.seriesId, a.seriesIndex])).toEqual([
      [fourthOfSuccessor.id, '14:00', successorId, 4],
    ]);
    expect(occurrencesOf(rootId).filter((a) => a.id !== fourthOfSuccessor.id)).toEqual(
      afterMove.filter((a) => a.id !== fourthOfSuccessor.id),
    );

    // Cancel "this and following" from the successor's fifth occurrence: a third series owns them.
    const fifth = moved.appointments[4] as Appointment;
    const cancelled = await f.desk.must('appointments.cancel', {
      appointmentId: fifth.id,
      expectedVersion: fifth.version,
      reason: 'Physical therapy finished early',
      scope: 'following',
    });
    expect(cancelled.appointments.map((a) => [a.date, a.status, a.seriesIndex])).toEqual([
      ['2030-03-29', 'cancelled', 1],
      ['2030-04-02', 'cancelled', 2],
      ['2030-04-05', 'cancelled', 3],
    ]);
    const thirdSeriesId = cancelled.appointments[0]?.seriesId ?? 0;
    expect(seriesRow(successorId)).toMatchObject({ occurrenceCount: 4 });
    expect(seriesRow(thirdSeriesId)).toMatchObject({ occurrenceCount: 3, splitFromSeriesId: successorId });

    const after = occurrencesOf(rootId);
    expect(after.length).toBe(before.length);
    expect(after.map((a) => a.id).sort()).toEqual(before.map((a) => a.id).sort());
    expect(after.map((a) => a.status)).toEqual([
      'scheduled',
      'scheduled',
      'scheduled',
      'scheduled',
      'scheduled',
      'cancelled',
      'scheduled',
      'cancelled',
      'cancelled',
      'cancelled',
    ]);
    // The series' counts add up to the occurrences, and each series' positions run 1..n.
    const counts = [rootId, successorId, thirdSeriesId].map((id) => seriesRow(id).occurrenceCount ?? 0);
    expect(counts.reduce((sum, n) => sum + n, 0)).toBe(before.length);
    for (const seriesId of [rootId, successorId, thirdSeriesId]) {
      const positions = after.filter((a) => a.seriesId === seriesId).map((a) => a.seriesIndex);
      expect(positions.sort((a, b) => a - b)).toEqual(positions.map((_, index) => index + 1));
    }
  });

  it('changes the whole series without splitting when "this and following" starts at its first occurrence', async () => {
    const booked = await bookSeries(
      { recurrence: { intervalWeeks: 2, weekdays: [3], until: '2030-06-26' } },
      { date: '2030-05-01', start: '15:00' },
    );
    expect(booked.map((a) => a.date)).toEqual(['2030-05-01', '2030-05-15', '2030-05-29', '2030-06-12', '2030-06-26']);
    const seriesCount = countRows(f, 'appointment_series');
    const first = booked[0] as Appointment;
    const moved = await f.desk.must('appointments.move', {
      appointmentId: first.id,
      expectedVersion: first.version,
      scope: 'following',
      slot: { providerId: f.physicianId, date: '2030-05-01', start: '15:30', durationMinutes: 45 },
    });
    expect(moved.appointments.map((a) => [a.start, a.end, a.seriesId])).toEqual(
      booked.map(() => ['15:30', '16:15', first.seriesId]),
    );
    expect(countRows(f, 'appointment_series')).toBe(seriesCount);
    expect(seriesRow(first.seriesId)).toMatchObject({
      localStart: '15:30',
      durationMinutes: 45,
      lastDay: '2030-06-26',
    });

    // A split of a series that ends on a date: the old part ends on its last kept occurrence.
    const fourth = moved.appointments[3] as Appointment;
    const cancelled = await f.desk.must('appointments.cancel', {
      appointmentId: fourth.id,
      expectedVersion: fourth.version,
      reason: 'Therapy plan changed',
      scope: 'following',
    });
    expect(seriesRow(first.seriesId)).toMatchObject({ lastDay: '2030-05-29', occurrenceCount: null });
    expect(seriesRow(cancelled.appointments[0]?.seriesId ?? 0)).toMatchObject({
      firstDay: '2030-06-12',
      lastDay: '2030-06-26',
      splitFromSeriesId: first.seriesId,
    });
  });

  it('checks every occurrence for conflicts and reports them all, or books them all over a reason', async () => {
    await f.manager.must('schedule.addDayOff', {
      providerId: f.physicianId,
      firstDay: '2030-09-16',
      lastDay: '2030-09-16',
      reason: 'Conference',
    });
    await f.desk.must(
      'appointments.book',
      bookingInput(f, { date: '2030-09-23', start: '08:45' }, { patientId: f.otherPatientId }),
    );
    const input = bookingInput(
      f,
      { date: '2030-09-09', start: '08:30', durationMinutes: 30 },
      { recurrence: { intervalWeeks: 1, weekdays: [1], count: 4 } },
    );
    const appointmentsBefore = countRows(f, 'appointments');
    const seriesBefore = countRows(f, 'appointment_series');
    const refused = await f.desk.call('appointments.book', input);
    expect(refused).toMatchObject({ ok: false, error: { code: 'SCHEDULE_CONFLICT' } });
    expect(messageOf(refused)).toBe(
      'On 2030-09-16: Dr. Jun Park is off on 2030-09-16 (Conference). On 2030-09-23: Dr. Jun Park already has Person, Other 08:45–09:15. Give a reason to book anyway.',
    );
    expect([countRows(f, 'appointments'), countRows(f, 'appointment_series')]).toEqual([
      appointmentsBefore,
      seriesBefore,
    ]);

    const booked = await f.desk.must('appointments.book', { ...input, override: { reason: 'Weekly wound care' } });
    expect(booked.appointments.map((a) => [a.date, a.doubleBooked, a.overrideReason])).toEqual([
      ['2030-09-09', false, ''],
      ['2030-09-16', false, 'Weekly wound care'],
      ['2030-09-23', true, 'Weekly wound care'],
      ['2030-09-30', false, ''],
    ]);
  });

  it('refuses recurrences that cannot be booked, and changes nothing', async () => {
    const appointmentsBefore = countRows(f, 'appointments');
    const seriesBefore = countRows(f, 'appointment_series');
    const cases: [Parameters<typeof bookingInput>[2], string][] = [
      [
        { recurrence: { intervalWeeks: 1, weekdays: [1] } },
        'Say when the series ends: a last date, or a number of occurrences. A series that never ends cannot be booked.',
      ],
      [
        { recurrence: { intervalWeeks: 1, weekdays: [1], count: 5, until: '2031-01-01' } },
        'Say when the series ends: a last date, or a number of occurrences. A series that never ends cannot be booked.',
      ],
      [
        { recurrence: { intervalWeeks: 1, weekdays: [1], until: '2030-01-01' } },
        'The last date (2030-01-01) is before the first appointment (2030-10-07). Pick a later last date.',
      ],
      [
        { recurrence: { intervalWeeks: 1, weekdays: [1, 2, 3, 4, 5], until: '2031-12-31' } },
        'That series would have more than 200 appointments. Pick an earlier last date, then book a new series after it.',
      ],
      [
        { recurrence: { intervalWeeks: 1, weekdays: [1], until: '2030-10-08' } },
        'That series would hold only one appointment. Pick a later last date or more weekdays, or book a single appointment.',
      ],
      [
        { recurrence: { intervalWeeks: 1, weekdays: [1], count: 201 } },
        'A series has at most 200 occurrences; book a new one after.',
      ],
      [{ recurrence: { intervalWeeks: 0, weekdays: [1], count: 3 } }, 'Repeat at least every week.'],
      [{ recurrence: { intervalWeeks: 1, weekdays: [], count: 3 } }, 'Pick at least one weekday.'],
      [
        { recurrence: { intervalWeeks: 1, weekdays: [1], until: '1900-01-01' } },
        'Last date must be between 2000 and 2100. Check the year.',
      ],
    ];
    for (const [rest, message] of cases) {
      const result = await f.desk.raw('appointments.book', bookingInput(f, { date: '2030-10-07' }, rest));
      expect(messageOf(result), JSON.stringify(rest)).toBe(message);
    }
    expect([countRows(f, 'appointments'), countRows(f, 'appointment_series')]).toEqual([
      appointmentsBefore,
      seriesBefore,
    ]);
  });
});
