import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositories } from '../../../db';
import type { OutputOf } from '../../../electron/contract/procedures';
import type { Result } from '../../../electron/contract/result';
import { addDays, dateInZone } from '../../../electron/main/services/scheduling/zoned-time';
import { patientInput } from '../../helpers/practice';
import { bookingInput, countRows, createSchedulePractice, type SchedulePractice } from '../../helpers/schedule';

/**
 * Issue 5, appointments: booking, conflicts and overrides, two workstations at once, moving,
 * cancelling, the patient flow, no-shows, the patient's own view and "find next available". Every
 * bad input of the issue gets a clear message and changes nothing.
 */
type Appointment = OutputOf<'appointments.get'>;

const messageOf = (result: Result<unknown>): string => (result.ok ? '' : result.error.message);
const codeOf = (result: Result<unknown>): string => (result.ok ? 'ok' : result.error.code);

describe('appointments', () => {
  let f: SchedulePractice;
  const zone = 'America/Chicago';
  /** Tables a refused request must leave as they were. */
  const snapshot = () => ({
    appointments: countRows(f, 'appointments'),
    events: countRows(f, 'appointment_events'),
    series: countRows(f, 'appointment_series'),
    audit: countRows(f, 'audit_log'),
  });
  const auditActions = (appointmentId: number) =>
    (
      f.practice.app.services.vault.store.sqlite
        .prepare("SELECT action FROM audit_log WHERE entity = 'appointment' AND entity_id = ? ORDER BY id")
        .all(String(appointmentId)) as { action: string }[]
    ).map((row) => row.action);
  const eventActions = (appointmentId: number) =>
    (
      f.practice.app.services.vault.store.sqlite
        .prepare('SELECT action FROM appointment_events WHERE appointment_id = ? ORDER BY id')
        .all(appointmentId) as { action: string }[]
    ).map((row) => row.action);
  const bookOne = async (...args: Parameters<typeof bookingInput> extends [unknown, ...infer R] ? R : never) => {
    const booked = await f.desk.must('appointments.book', bookingInput(f, ...args));
    return booked.appointments[0] as Appointment;
  };

  beforeAll(async () => {
    f = await createSchedulePractice();
  });
  afterAll(() => f.practice.cleanup());

  it('books an appointment at a wall-clock time in the practice zone, with its event and audit row', async () => {
    const before = snapshot();
    const booked = await f.desk.must(
      'appointments.book',
      bookingInput(f, { date: '2026-04-06', start: '09:00' }, { roomId: f.roomId, reason: 'Blood pressure check' }),
    );
    expect(booked.notices).toEqual([]);
    expect(booked.appointments).toEqual([
      expect.objectContaining({
        patientName: 'Lopez, Maria',
        providerId: f.physicianId,
        typeName: 'Follow-up',
        roomName: 'Room 1',
        startsAt: '2026-04-06T14:00:00.000Z',
        endsAt: '2026-04-06T14:30:00.000Z',
        date: '2026-04-06',
        start: '09:00',
        end: '09:30',
        durationMinutes: 30,
        status: 'scheduled',
        reason: 'Blood pressure check',
        doubleBooked: false,
        version: 1,
      }),
    ]);
    const id = booked.appointments[0]?.id ?? 0;
    expect(snapshot()).toEqual({
      ...before,
      appointments: before.appointments + 1,
      events: before.events + 1,
      audit: before.audit + 1,
    });
    expect(auditActions(id)).toEqual(['appointment.book']);
    expect(await f.desk.must('appointments.get', { appointmentId: id })).toEqual(booked.appointments[0]);

    const day = await f.desk.must('appointments.day', { date: '2026-04-06' });
    expect(day.timeZone).toBe(zone);
    expect(day.appointments.map((a) => a.id)).toEqual([id]);
    expect((await f.desk.must('appointments.day', { date: '2026-04-07' })).appointments).toEqual([]);
    const week = await f.desk.must('appointments.day', { date: '2026-04-05', days: 7, providerIds: [f.physicianId] });
    expect(week.appointments.map((a) => a.id)).toEqual([id]);
    expect((await f.desk.must('appointments.day', { date: '2026-04-06', providerIds: [] })).appointments).toEqual([]);
    expect(
      (await f.desk.must('appointments.day', { date: '2026-04-06', providerIds: [f.nurseId] })).appointments,
    ).toEqual([]);
  });

  it('reads the day view of every provider in one statement through the provider-and-day index', () => {
    const store = f.practice.app.services.vault.store;
    for (const providerIds of [undefined, [f.physicianId, f.nurseId]]) {
      const { sql, params } = repositories.appointments
        .dayViewQuery(store.db, {
          fromDate: '2026-04-05',
          toDate: '2026-04-07',
          fromInstant: '2026-04-06T05:00:00.000Z',
          toInstant: '2026-04-07T05:00:00.000Z',
          ...(providerIds ? { providerIds } : {}),
        })
        .toSQL();
      const plan = store.sqlite
        .prepare(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...params)
        .map((row) => (row as { detail: string }).detail);
      expect(plan[0]).toMatch(
        /^SEARCH appointments USING INDEX appointments_provider_day \(provider_id=\? AND local_date>\? AND local_date<\?\)/,
      );
      expect(plan.filter((step) => step.startsWith('SCAN appointments'))).toEqual([]);
    }
  });

  it('refuses an overlap, a break, hours and a day off, naming each, until a reason is given', async () => {
    await bookOne({ date: '2026-04-07', start: '11:30' });
    const before = snapshot();
    const overBreak = await f.desk.call(
      'appointments.book',
      bookingInput(f, { date: '2026-04-07', start: '11:45', durationMinutes: 60 }, { patientId: f.otherPatientId }),
    );
    expect(codeOf(overBreak)).toBe('SCHEDULE_CONFLICT');
    expect(messageOf(overBreak)).toBe(
      'Dr. Jun Park already has Lopez, Maria 11:30–12:00. The slot is during Lunch (12:00–13:00). Give a reason to book anyway.',
    );
    const evening = await f.desk.call('appointments.book', bookingInput(f, { date: '2026-04-07', start: '16:45' }));
    expect(messageOf(evening)).toBe(
      "The slot is outside Dr. Jun Park's working hours (08:00–17:00). Give a reason to book anyway.",
    );
    const saturday = await f.desk.call('appointments.book', bookingInput(f, { date: '2026-04-11', start: '09:00' }));
    expect(messageOf(saturday)).toBe('Dr. Jun Park does not work on Saturdays. Give a reason to book anyway.');

    await f.manager.must('schedule.addDayOff', {
      providerId: f.physicianId,
      firstDay: '2026-04-08',
      lastDay: '2026-04-09',
      reason: 'Conference',
    });
    const dayOff = await f.desk.call('appointments.book', bookingInput(f, { date: '2026-04-09', start: '09:00' }));
    expect(messageOf(dayOff)).toBe(
      'Dr. Jun Park is off from 2026-04-08 to 2026-04-09 (Conference). Give a reason to book anyway.',
    );
    expect(snapshot()).toEqual({ ...before, audit: snapshot().audit });

    const overridden = await f.desk.must(
      'appointments.book',
      bookingInput(
        f,
        { date: '2026-04-07', start: '11:45', durationMinutes: 60 },
        { patientId: f.otherPatientId, override: { reason: 'Urgent: worsening cough' } },
      ),
    );
    expect(overridden.appointments[0]).toMatchObject({
      doubleBooked: true,
      overrideReason: 'Urgent: worsening cough',
      start: '11:45',
      end: '12:45',
    });
    // Over a break but overlapping nobody: kept with its reason, not marked double-booked.
    const lunch = await bookOne(
      { date: '2026-04-10', start: '12:00' },
      { override: { reason: 'Only time she can come' } },
    );
    expect(lunch).toMatchObject({ doubleBooked: false, overrideReason: 'Only time she can come' });
  });

  it('lets only one of two workstations booking the same slot at once have it; the second is told who has it', async () => {
    const deskTwo = await f.practice.signIn('front_desk');
    const nurseDesk = await f.practice.signIn('nurse');
    expect(deskTwo.connection.id).not.toBe(f.desk.connection.id);
    const before = snapshot();
    const results = await Promise.all([
      f.desk.call('appointments.book', bookingInput(f, { date: '2026-04-13', start: '10:00' })),
      nurseDesk.call(
        'appointments.book',
        bookingInput(f, { date: '2026-04-13', start: '10:15' }, { patientId: f.otherPatientId }),
      ),
    ]);
    expect(results.map(codeOf).sort()).toEqual(['SCHEDULE_CONFLICT', 'ok']);
    const deskWon = results[0]?.ok === true;
    const winner = deskWon ? ['Lopez, Maria', '10:00', '10:30'] : ['Person, Other', '10:15', '10:45'];
    const loser = results.find((result) => !result.ok) as Result<unknown>;
    expect(messageOf(loser)).toBe(
      `Dr. Jun Park already has ${winner[0]} ${winner[1]}–${winner[2]}. Give a reason to book anyway.`,
    );
    expect(snapshot().appointments).toBe(before.appointments + 1);
    // The second workstation sees the first one's booking when it looks again.
    const day = await deskTwo.must('appointments.day', { date: '2026-04-13' });
    expect(day.appointments.map((a) => [a.patientName, a.start])).toEqual([[winner[0], winner[1]]]);
  });

  it('refuses every bad booking with a clear message and changes nothing', async () => {
    const before = snapshot();
    const refusals: [string, Result<unknown>, string | RegExp][] = [
      [
        'an end before its start',
        await f.desk.raw('appointments.book', bookingInput(f, { durationMinutes: -30 })),
        'An appointment is at least 5 minutes.',
      ],
      [
        'a 0-minute appointment',
        await f.desk.raw('appointments.book', bookingInput(f, { durationMinutes: 0 })),
        'An appointment is at least 5 minutes.',
      ],
      [
        'a 24-hour appointment',
        await f.desk.raw('appointments.book', bookingInput(f, { durationMinutes: 24 * 60 })),
        'An appointment is at most 12 hours. Check the end time.',
      ],
      [
        'a date in 1900',
        await f.desk.raw('appointments.book', bookingInput(f, { date: '1900-04-06' })),
        'Date must be between 2000 and 2100. Check the year.',
      ],
      [
        'a time that is not a time',
        await f.desk.raw('appointments.book', bookingInput(f, { start: '25:00' })),
        /HH:MM/,
      ],
      [
        'a recurrence that never ends',
        await f.desk.raw('appointments.book', bookingInput(f, {}, { recurrence: { intervalWeeks: 1, weekdays: [1] } })),
        /A series that never ends cannot be booked/,
      ],
      [
        'a patient that does not exist',
        await f.desk.call('appointments.book', bookingInput(f, {}, { patientId: 999_999 })),
        'That patient is not in Chartroom. Search for the patient again, or register them first.',
      ],
      [
        'a type the provider does not offer',
        await f.desk.call('appointments.book', bookingInput(f, {}, { typeId: f.nurseVisitTypeId })),
        'Dr. Jun Park does not offer Nurse visit appointments. Pick another type or another provider.',
      ],
      [
        'a room that does not exist',
        await f.desk.call('appointments.book', bookingInput(f, {}, { roomId: 999_999 })),
        'That room does not exist. Pick one from the list.',
      ],
      [
        'a provider without a calendar',
        await f.desk.call('appointments.book', bookingInput(f, { providerId: 1 })),
        'That provider has no calendar in Chartroom. Pick a provider from the schedule.',
      ],
    ];
    for (const [what, result, expected] of refusals) {
      expect(result.ok, what).toBe(false);
      if (typeof expected === 'string') expect(messageOf(result), what).toBe(expected);
      else expect(messageOf(result), what).toMatch(expected);
    }
    expect(snapshot()).toEqual(before);
  });

  it('refuses a booking for a deactivated provider, and books them again once reactivated', async () => {
    const setup = await f.manager.must('schedule.setup', {});
    const nurse = setup.providers.find((p) => p.providerId === f.nurseId);
    const save = (active: boolean, expectedVersion: number) =>
      f.manager.must('schedule.saveProvider', {
        providerId: f.nurseId,
        expectedVersion,
        active,
        colour: 'teal',
        hours: (nurse?.hours ?? []).map(({ weekday, kind, start, end, label }) => ({
          weekday,
          kind,
          start,
          end,
          label,
        })),
      });
    const off = await save(false, nurse?.version ?? 0);
    const before = snapshot();
    const input = bookingInput(f, { providerId: f.nurseId, durationMinutes: 15 }, { typeId: f.nurseVisitTypeId });
    const refused = await f.desk.call('appointments.book', input);
    expect(messageOf(refused)).toBe(
      'Amy Nurse cannot be booked: the account is deactivated or the calendar is switched off. Pick another provider, or ask the office manager to switch the calendar on in Schedule setup.',
    );
    expect(snapshot()).toEqual(before);
    await save(true, off.version);
    expect(await f.desk.call('appointments.book', input)).toMatchObject({ ok: true });
  });

  it('moves an appointment by drag, checks the new slot and the version, and keeps its history', async () => {
    const booked = await bookOne({ date: '2026-04-14', start: '09:00' });
    const blocker = await bookOne({ date: '2026-04-14', start: '10:00' }, { patientId: f.otherPatientId });
    const moved = await f.desk.must('appointments.move', {
      appointmentId: booked.id,
      expectedVersion: 1,
      slot: { providerId: f.physicianId, date: '2026-04-14', start: '09:15', durationMinutes: 45 },
    });
    expect(moved.appointments).toEqual([
      expect.objectContaining({ id: booked.id, version: 2, start: '09:15', end: '10:00', durationMinutes: 45 }),
    ]);

    const before = snapshot();
    const stale = await f.desk.call('appointments.move', {
      appointmentId: booked.id,
      expectedVersion: 1,
      slot: { providerId: f.physicianId, date: '2026-04-14', start: '14:00', durationMinutes: 30 },
    });
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(messageOf(stale)).toMatch(/changed on another workstation/);
    const overlapping = await f.desk.call('appointments.move', {
      appointmentId: booked.id,
      expectedVersion: 2,
      slot: { providerId: f.physicianId, date: '2026-04-14', start: '09:45', durationMinutes: 30 },
    });
    expect(messageOf(overlapping)).toBe(
      'Dr. Jun Park already has Person, Other 10:00–10:30. Give a reason to move it anyway.',
    );
    const zeroLength = await f.desk.raw('appointments.move', {
      appointmentId: booked.id,
      expectedVersion: 2,
      slot: { providerId: f.physicianId, date: '2026-04-14', start: '09:15', durationMinutes: 0 },
    });
    expect(messageOf(zeroLength)).toBe('An appointment is at least 5 minutes.');
    const toNurse = await f.desk.call('appointments.move', {
      appointmentId: booked.id,
      expectedVersion: 2,
      slot: { providerId: f.nurseId, date: '2026-04-14', start: '09:15', durationMinutes: 30 },
    });
    expect(messageOf(toNurse)).toBe(
      'Amy Nurse does not offer Follow-up appointments. Pick another type or another provider.',
    );
    const in1900 = await f.desk.raw('appointments.move', {
      appointmentId: booked.id,
      expectedVersion: 2,
      slot: { providerId: f.physicianId, date: '1900-04-14', start: '09:15', durationMinutes: 30 },
    });
    expect(messageOf(in1900)).toBe('Date must be between 2000 and 2100. Check the year.');
    expect(snapshot()).toEqual(before);

    // Its own old slot never counts against it: a resize over itself is fine.
    const resized = await f.desk.must('appointments.move', {
      appointmentId: booked.id,
      expectedVersion: 2,
      slot: { providerId: f.physicianId, date: '2026-04-14', start: '09:15', durationMinutes: 30 },
    });
    expect(resized.appointments[0]).toMatchObject({ start: '09:15', end: '09:45', version: 3 });
    expect(eventActions(booked.id)).toEqual(['book', 'move', 'move']);
    expect(auditActions(booked.id)).toEqual(['appointment.book', 'appointment.move', 'appointment.move']);
    expect(blocker.version).toBe(1);
  });

  it('cancels with a reason: the slot is free again, the day view still shows it, the month does not count it', async () => {
    const booked = await bookOne({ date: '2026-04-15', start: '09:00' });
    const noReason = await f.desk.raw('appointments.cancel', {
      appointmentId: booked.id,
      expectedVersion: 1,
      reason: ' ',
    });
    expect(messageOf(noReason)).toBe('Enter the reason for cancelling.');
    const cancelled = await f.desk.must('appointments.cancel', {
      appointmentId: booked.id,
      expectedVersion: 1,
      reason: 'Patient called: car trouble',
    });
    expect(cancelled.appointments[0]).toMatchObject({
      status: 'cancelled',
      cancelReason: 'Patient called: car trouble',
    });
    const again = await f.desk.call('appointments.cancel', {
      appointmentId: booked.id,
      expectedVersion: 2,
      reason: 'Twice',
    });
    expect(messageOf(again)).toBe('This appointment is already cancelled.');
    const movedCancelled = await f.desk.call('appointments.move', {
      appointmentId: booked.id,
      expectedVersion: 2,
      slot: { providerId: f.physicianId, date: '2026-04-15', start: '10:00', durationMinutes: 30 },
    });
    expect(messageOf(movedCancelled)).toBe(
      'This appointment was cancelled, so it cannot be moved. Book a new one instead.',
    );

    const rebooked = await bookOne({ date: '2026-04-15', start: '09:00' }, { patientId: f.otherPatientId });
    expect(rebooked.doubleBooked).toBe(false);
    const day = await f.desk.must('appointments.day', { date: '2026-04-15' });
    expect(day.appointments.map((a) => [a.patientName, a.status])).toEqual([
      ['Lopez, Maria', 'cancelled'],
      ['Person, Other', 'scheduled'],
    ]);
    const month = await f.desk.must('appointments.month', { month: '2026-04', providerIds: [f.physicianId] });
    expect(month.find((d) => d.date === '2026-04-15')).toEqual({
      date: '2026-04-15',
      providerId: f.physicianId,
      count: 1,
    });
    expect(auditActions(booked.id)).toEqual(['appointment.book', 'appointment.cancel']);
  });

  it('takes a patient through the flow board in order, stamping and auditing each step', async () => {
    const today = dateInZone(zone, new Date());
    const visit = await bookOne({ date: today, start: '00:05' }, { override: { reason: 'Test: a visit today' } });
    const step = (
      status: 'arrived' | 'roomed' | 'with-provider' | 'checked-out' | 'scheduled' | 'no-show',
      version: number,
      extra = {},
    ) => f.desk.call('appointments.setStatus', { appointmentId: visit.id, expectedVersion: version, status, ...extra });

    expect(messageOf(await step('roomed', 1, { roomId: f.roomId }))).toBe(
      'The patient is scheduled, so the next step is to check the patient in (arrived), not roomed.',
    );
    const arrived = await step('arrived', 1, { insuranceConfirmed: true });
    expect(arrived).toMatchObject({ ok: true, value: { status: 'arrived', insuranceConfirmed: true } });
    expect(arrived.ok && arrived.value.arrivedAt).toBeTruthy();
    // An arrival marked by mistake is undone.
    expect(await step('scheduled', 2)).toMatchObject({ ok: true, value: { status: 'scheduled', arrivedAt: null } });
    await step('arrived', 3, { insuranceConfirmed: false });
    expect(messageOf(await step('roomed', 4))).toBe('Pick the room the patient was taken to.');
    expect(await step('roomed', 4, { roomId: f.roomId })).toMatchObject({ ok: true, value: { roomName: 'Room 1' } });
    expect(messageOf(await step('no-show', 5))).toBe(
      'The patient is roomed, so the next step is to mark the patient with the provider, not a no-show.',
    );
    await step('with-provider', 5);
    const out = await step('checked-out', 6);
    expect(out.ok && out.value).toMatchObject({ status: 'checked-out' });
    const value = out.ok ? out.value : undefined;
    expect([value?.arrivedAt, value?.roomedAt, value?.withProviderAt, value?.checkedOutAt].every(Boolean)).toBe(true);
    expect(auditActions(visit.id)).toEqual([
      'appointment.book',
      'appointment.status',
      'appointment.status',
      'appointment.status',
      'appointment.status',
      'appointment.status',
      'appointment.status',
    ]);

    // A checked-out visit stays where it happened.
    const before = snapshot();
    const move = await f.desk.call('appointments.move', {
      appointmentId: visit.id,
      expectedVersion: 7,
      slot: { providerId: f.physicianId, date: today, start: '01:00', durationMinutes: 30 },
      override: { reason: 'Try' },
    });
    expect(messageOf(move)).toBe(
      'This visit is checked out, so it cannot be moved: it records when the patient was seen. Book a new appointment instead.',
    );
    const cancel = await f.desk.call('appointments.cancel', {
      appointmentId: visit.id,
      expectedVersion: 7,
      reason: 'Oops',
    });
    expect(messageOf(cancel)).toMatch(/This visit is checked out, so it cannot be cancelled/);
    expect(snapshot()).toEqual(before);
  });

  it('checks in only on the day of the appointment', async () => {
    const later = await bookOne({ date: '2030-04-16', start: '09:00' });
    const result = await f.desk.call('appointments.setStatus', {
      appointmentId: later.id,
      expectedVersion: 1,
      status: 'arrived',
    });
    expect(messageOf(result)).toMatch(/^This appointment is on 2030-04-16, not today/);
  });

  it('marks a no-show only once the start has passed, and the chart shows it in the history', async () => {
    const today = dateInZone(zone, new Date());
    const registered = await f.desk.must('patients.register', {
      patient: { ...patientInput({ legalGivenName: 'Nora', legalFamilyName: 'Show', birthDate: '1991-02-03' }) },
    });
    const patientId = registered.status === 'registered' ? registered.patient.id : 0;
    const past = await bookOne(
      { date: addDays(today, -1), start: '09:00' },
      { patientId, override: { reason: 'Recorded late' } },
    );
    const future = await bookOne(
      { date: addDays(today, 1), start: '23:00' },
      { patientId, override: { reason: 'Late visit' } },
    );
    const called = await bookOne(
      { date: addDays(today, 2), start: '23:00' },
      { patientId, override: { reason: 'Late visit' } },
    );
    await f.desk.must('appointments.cancel', {
      appointmentId: called.id,
      expectedVersion: 1,
      reason: 'Called to cancel',
    });
    const early = await f.desk.call('appointments.setStatus', {
      appointmentId: future.id,
      expectedVersion: 1,
      status: 'no-show',
    });
    expect(messageOf(early)).toBe(
      'The appointment has not started yet, so the patient cannot be a no-show. Mark it once its start time has passed.',
    );
    const noShow = await f.desk.must('appointments.setStatus', {
      appointmentId: past.id,
      expectedVersion: 1,
      status: 'no-show',
    });
    expect(noShow.status).toBe('no-show');
    expect(auditActions(past.id)).toEqual(['appointment.book', 'appointment.no-show']);
    expect(eventActions(past.id)).toEqual(['book', 'no-show']);

    const chart = await f.desk.must('appointments.forPatient', { patientId });
    expect(chart.next?.id).toBe(future.id);
    expect(chart.history.map((a) => [a.id, a.status])).toEqual([
      [called.id, 'cancelled'],
      [future.id, 'scheduled'],
      [past.id, 'no-show'],
    ]);
    const missing = await f.desk.call('appointments.forPatient', { patientId: 999_999 });
    expect(codeOf(missing)).toBe('NOT_FOUND');
  });

  it('finds the next free slot of the type inside hours, clear of lunch, appointments and days off', async () => {
    // Monday 2030-03-04 is taken from 08:00 to 11:40; 11:40–12:10 would run into Lunch, so 13:00 it is.
    await bookOne(
      { date: '2030-03-04', start: '08:00', durationMinutes: 220 },
      { patientId: f.otherPatientId, override: { reason: 'Procedure block' } },
    );
    expect(
      await f.desk.must('appointments.findNext', {
        typeId: f.followUpTypeId,
        providerId: f.physicianId,
        from: '2030-03-04',
      }),
    ).toEqual({ providerId: f.physicianId, date: '2030-03-04', start: '13:00', durationMinutes: 30 });
    // Any provider offering the type: only Dr. Park offers New patient; a week off moves it on.
    await f.manager.must('schedule.addDayOff', {
      providerId: f.physicianId,
      firstDay: '2030-03-11',
      lastDay: '2030-03-15',
      reason: 'Vacation',
    });
    expect(await f.desk.must('appointments.findNext', { typeId: f.newPatientTypeId, from: '2030-03-09' })).toEqual({
      providerId: f.physicianId,
      date: '2030-03-18',
      start: '08:00',
      durationMinutes: 60,
    });
    const refused = await f.desk.call('appointments.findNext', {
      typeId: f.nurseVisitTypeId,
      providerId: f.physicianId,
    });
    expect(messageOf(refused)).toBe(
      'Dr. Jun Park does not offer Nurse visit appointments. Pick another type or another provider.',
    );
    // Without a date it searches from now: never a slot in the past.
    const next = await f.desk.must('appointments.findNext', { typeId: f.followUpTypeId });
    expect((next?.date ?? '') >= dateInZone(zone, new Date())).toBe(true);
  });

  it('shows an appointment that runs past midnight on both days', async () => {
    const late = await bookOne(
      { date: '2030-05-06', start: '23:30', durationMinutes: 60 },
      { override: { reason: 'Overnight sleep study' } },
    );
    expect(late).toMatchObject({ date: '2030-05-06', start: '23:30', end: '00:30', durationMinutes: 60 });
    for (const date of ['2030-05-06', '2030-05-07']) {
      const day = await f.desk.must('appointments.day', { date, providerIds: [f.physicianId] });
      expect(day.appointments.map((a) => a.id)).toContain(late.id);
    }
    const after = await f.desk.must('appointments.day', { date: '2030-05-08', providerIds: [f.physicianId] });
    expect(after.appointments.map((a) => a.id)).not.toContain(late.id);
  });

  it('books a time the clocks skip at the later valid time and says so', async () => {
    const booked = await f.desk.must(
      'appointments.book',
      bookingInput(f, { date: '2026-03-08', start: '02:30' }, { override: { reason: 'Sunday on-call' } }),
    );
    expect(booked.appointments[0]).toMatchObject({ start: '03:30', startsAt: '2026-03-08T08:30:00.000Z' });
    expect(booked.notices).toEqual([
      '02:30 does not exist on 2026-03-08 (the clocks go forward), so it was booked at 03:30.',
    ]);
  });
});
