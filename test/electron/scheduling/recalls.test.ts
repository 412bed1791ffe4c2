import { Temporal } from 'temporal-polyfill';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InputOf } from '../../../electron/contract/procedures';
import { dueDateFrom } from '../../../electron/main/services/scheduling/recalls';
import { type Caller, createTestPractice, registerChartPair, type TestPractice } from '../../helpers/practice';
import { auditRowsAfter, countRows, lastAuditId } from '../../helpers/sentinel';

/** A zone far ahead of UTC: "today" there is often not today on this computer, so the test sees which one is used. */
const practiceZone = 'Pacific/Kiritimati';
const todayInPractice = () => Temporal.Now.plainDateISO(practiceZone);

describe('recall due dates', () => {
  it('counts weeks as days and months on the calendar, ending short months on their last day', () => {
    expect(dueDateFrom('2026-01-31', { kind: 'in', count: 1, unit: 'months' })).toBe('2026-02-28');
    expect(dueDateFrom('2028-01-31', { kind: 'in', count: 1, unit: 'months' })).toBe('2028-02-29');
    expect(dueDateFrom('2026-03-31', { kind: 'in', count: 6, unit: 'months' })).toBe('2026-09-30');
    expect(dueDateFrom('2026-08-31', { kind: 'in', count: 3, unit: 'months' })).toBe('2026-11-30');
    expect(dueDateFrom('2026-11-30', { kind: 'in', count: 3, unit: 'months' })).toBe('2027-02-28');
    expect(dueDateFrom('2026-12-15', { kind: 'in', count: 1, unit: 'months' })).toBe('2027-01-15');
    expect(dueDateFrom('2026-12-29', { kind: 'in', count: 1, unit: 'weeks' })).toBe('2027-01-05');
    expect(dueDateFrom('2026-02-26', { kind: 'in', count: 2, unit: 'weeks' })).toBe('2026-03-12');
    expect(dueDateFrom('2026-05-01', { kind: 'on', date: '2026-07-04' })).toBe('2026-07-04');
  });
});

/** Issue 5: recalls set at checkout or from the list, the call list of those due, and marking them. */
describe('recalls', () => {
  let practice: TestPractice;
  let desk: Caller;
  let manager: Caller;
  let patientId = 0;
  let otherPatientId = 0;
  let physicianId = 0;
  let nurseId = 0;

  const sqlite = () => practice.app.services.vault.store.sqlite;
  const set = (input: Partial<InputOf<'recalls.set'>> = {}) =>
    desk.call('recalls.set', {
      patientId,
      due: { kind: 'in', count: 3, unit: 'months' },
      reason: 'Diabetes review',
      ...input,
    });

  beforeAll(async () => {
    practice = await createTestPractice();
    manager = await practice.signIn('office_manager');
    desk = await practice.signIn('front_desk');
    const practiceNow = await manager.must('practice.get', {});
    await manager.must('practice.update', { ...practiceNow, timeZone: practiceZone });
    ({ patientId, otherPatientId } = await registerChartPair(desk, {
      mobilePhone: '(217) 555-0142',
      homePhone: '(217) 555-0199',
    }));
    const staff = await manager.must('users.list', {});
    physicianId = staff.find((u) => u.role === 'physician')!.id;
    nurseId = staff.find((u) => u.role === 'nurse')!.id;
  });
  afterAll(() => practice.cleanup());

  it('sets a recall in N weeks or months from today in the practice zone, and audits it', async () => {
    const before = lastAuditId(sqlite());
    const recall = await desk.must('recalls.set', {
      patientId,
      due: { kind: 'in', count: 6, unit: 'weeks' },
      reason: '  Blood pressure check  ',
      providerId: physicianId,
    });
    expect(recall).toMatchObject({
      patientId,
      patientName: 'Lopez, Maria',
      phones: { mobile: '(217) 555-0142', home: '(217) 555-0199', work: '' },
      dueDate: todayInPractice().add({ weeks: 6 }).toString(),
      daysOverdue: -42,
      reason: 'Blood pressure check',
      providerId: physicianId,
      providerName: 'Dr. Jun Park',
      status: 'open',
      version: 1,
      createdBy: 'Frank Desk',
    });
    const months = await desk.must('recalls.set', {
      patientId,
      due: { kind: 'in', count: 2, unit: 'months' },
      reason: 'Lipids',
    });
    expect(months.dueDate).toBe(todayInPractice().add({ months: 2 }).toString());
    expect(auditRowsAfter(sqlite(), before)).toEqual([
      expect.objectContaining({ action: 'recall.set', patientId, entity: 'recall', entityId: String(recall.id) }),
      expect.objectContaining({ action: 'recall.set', patientId, entityId: String(months.id) }),
    ]);
  });

  it('refuses each bad input with a message that says what to do, and saves nothing', async () => {
    const rowsBefore = countRows(sqlite(), 'recalls');
    const auditBefore = lastAuditId(sqlite());
    const yesterday = todayInPractice().subtract({ days: 1 }).toString();
    const refusals: [Partial<InputOf<'recalls.set'>>, string, RegExp][] = [
      [{ due: { kind: 'on', date: yesterday } }, 'BAD_REQUEST', /in the past\. Pick today or a later day/],
      [{ due: { kind: 'on', date: '1900-01-01' } }, 'BAD_REQUEST', /between 2000 and 2100/],
      [{ due: { kind: 'on', date: '2027-02-30' } }, 'BAD_REQUEST', /date/i],
      [{ due: { kind: 'in', count: 0, unit: 'weeks' } }, 'BAD_REQUEST', /at least 1 week or month/],
      [{ due: { kind: 'in', count: 1.5, unit: 'months' } }, 'BAD_REQUEST', /whole number/],
      [{ due: { kind: 'in', count: 105, unit: 'weeks' } }, 'BAD_REQUEST', /at most 104 weeks or 120 months/],
      [{ due: { kind: 'in', count: 121, unit: 'months' } }, 'BAD_REQUEST', /pick a due date/],
      [{ due: { kind: 'in', count: 3, unit: 'days' as 'weeks' } }, 'BAD_REQUEST', /weeks or months/],
      [{ reason: '   ' }, 'BAD_REQUEST', /Enter the reason for the recall/],
      [{ reason: 'x'.repeat(201) }, 'BAD_REQUEST', /too long/],
      [{ reason: 'Check\u0007' }, 'BAD_REQUEST', /control characters/],
      [{ patientId: 999_999 }, 'NOT_FOUND', /patient was not found/],
      [{ providerId: 999_999 }, 'BAD_REQUEST', /not on the schedule/],
    ];
    for (const [input, code, message] of refusals) {
      const result = await set(input);
      expect(result.ok, JSON.stringify(input)).toBe(false);
      if (!result.ok) {
        expect(result.error.code, JSON.stringify(input)).toBe(code);
        expect(result.error.message, JSON.stringify(input)).toMatch(message);
      }
    }
    const noDue = await desk.raw('recalls.set', { patientId, reason: 'x' });
    expect(noDue).toMatchObject({ ok: false, error: { code: 'BAD_REQUEST' } });
    expect(countRows(sqlite(), 'recalls')).toBe(rowsBefore);
    expect(auditRowsAfter(sqlite(), auditBefore).filter((row) => row.action === 'recall.set')).toEqual([]);
  });

  it('refuses a provider taken off the schedule or deactivated', async () => {
    const hours = [{ weekday: 1, kind: 'work' as const, start: '08:00', end: '17:00' }];
    await manager.must('schedule.saveProvider', {
      providerId: nurseId,
      expectedVersion: 0,
      active: false,
      colour: 'teal',
      hours,
    });
    const offSchedule = await set({ providerId: nurseId });
    expect(offSchedule.ok ? '' : offSchedule.error.message).toMatch(/not on the schedule or was deactivated/);
    const spare = await manager.must('users.create', {
      username: 'leftpractice',
      fullName: 'Dr. Gone',
      role: 'physician',
      password: 'copper-meadow-42',
    });
    await manager.must('users.setActive', { userId: spare.id, active: false });
    const deactivated = await set({ providerId: spare.id });
    expect(deactivated.ok ? '' : deactivated.error.field).toBe('providerId');
  });

  it('keeps the visit it was set at, and refuses a visit of another patient or none at all', async () => {
    const weekdays = [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
      weekday,
      kind: 'work' as const,
      start: '08:00',
      end: '17:00',
    }));
    await manager.must('schedule.saveProvider', {
      providerId: physicianId,
      expectedVersion: 0,
      active: true,
      colour: 'blue',
      hours: weekdays,
    });
    const type = await manager.must('schedule.saveType', {
      typeId: null,
      expectedVersion: null,
      name: 'Follow-up',
      durationMinutes: 20,
      colour: 'blue',
      active: true,
      providerIds: [physicianId],
    });
    const booked = await desk.must('appointments.book', {
      patientId,
      typeId: type.id,
      slot: {
        providerId: physicianId,
        date: todayInPractice().add({ days: 1 }).toString(),
        start: '10:00',
        durationMinutes: 20,
      },
    });
    const visit = booked.appointments[0]!;
    const recall = await desk.must('recalls.set', {
      patientId,
      due: { kind: 'in', count: 1, unit: 'months' },
      reason: 'Recheck',
      sourceAppointmentId: visit.id,
    });
    expect(recall.sourceAppointmentId).toBe(visit.id);

    const rowsBefore = countRows(sqlite(), 'recalls');
    const wrongPatient = await set({ patientId: otherPatientId, sourceAppointmentId: visit.id });
    expect(wrongPatient.ok ? '' : wrongPatient.error.message).toMatch(/belongs to another patient; nothing was saved/);
    const noVisit = await set({ sourceAppointmentId: 999_999 });
    expect(noVisit.ok ? '' : noVisit.error.code).toBe('NOT_FOUND');
    expect(countRows(sqlite(), 'recalls')).toBe(rowsBefore);
  });

  it('lists open recalls due, overdue or upcoming, with days overdue, most overdue first', async () => {
    const today = todayInPractice();
    const iso = (date: Temporal.PlainDate) => date.toString();
    const dueToday = await desk.must('recalls.set', {
      patientId: otherPatientId,
      due: { kind: 'on', date: iso(today) },
      reason: 'Due today',
    });
    const inTenDays = await desk.must('recalls.set', {
      patientId: otherPatientId,
      due: { kind: 'on', date: iso(today.add({ days: 10 })) },
      reason: 'Ten days',
      providerId: physicianId,
    });

    const asOfToday = await desk.must('recalls.list', {});
    expect(asOfToday.asOf).toBe(iso(today));
    expect(asOfToday.timeZone).toBe(practiceZone);
    expect(asOfToday.recalls.map((r) => r.reason)).toEqual(['Due today']);
    expect(asOfToday.recalls[0]).toMatchObject({ daysOverdue: 0, patientName: 'Person, Other', id: dueToday.id });

    // Looking from a later day: the same recalls become overdue.
    const later = iso(today.add({ days: 12 }));
    const due = await desk.must('recalls.list', { asOf: later, show: 'due' });
    expect(due.recalls.map((r) => [r.reason, r.daysOverdue])).toEqual([
      ['Due today', 12],
      ['Ten days', 2],
    ]);
    const overdue = await desk.must('recalls.list', { asOf: iso(today.add({ days: 10 })), show: 'overdue' });
    expect(overdue.recalls.map((r) => r.reason)).toEqual(['Due today']);
    const upcoming = await desk.must('recalls.list', { show: 'upcoming', upcomingDays: 10 });
    expect(upcoming.recalls.map((r) => r.reason)).toEqual(['Due today', 'Ten days']);
    expect(upcoming.recalls[1]?.daysOverdue).toBe(-10);
    const tooNear = await desk.must('recalls.list', { show: 'upcoming', upcomingDays: 9 });
    expect(tooNear.recalls.map((r) => r.reason)).toEqual(['Due today']);
    const byProvider = await desk.must('recalls.list', { show: 'upcoming', upcomingDays: 10, providerId: physicianId });
    expect(byProvider.recalls.map((r) => r.id)).toEqual([inTenDays.id]);

    const badDays = await desk.call('recalls.list', { show: 'upcoming', upcomingDays: 400 });
    expect(badDays.ok ? '' : badDays.error.message).toMatch(/at most 365 days/);
    const badDate = await desk.call('recalls.list', { asOf: '2026-13-01' });
    expect(badDate.ok).toBe(false);
  });

  it('marks a recall booked, done or cancelled with the version seen, and drops it from the list', async () => {
    const recall = await desk.must('recalls.set', {
      patientId,
      due: { kind: 'on', date: todayInPractice().toString() },
      reason: 'Flu follow-up',
    });
    const before = lastAuditId(sqlite());
    const booked = await desk.must('recalls.update', { recallId: recall.id, expectedVersion: 1, status: 'booked' });
    expect(booked).toMatchObject({ status: 'booked', version: 2 });
    expect((await desk.must('recalls.list', {})).recalls.map((r) => r.id)).not.toContain(recall.id);

    const stale = await desk.call('recalls.update', { recallId: recall.id, expectedVersion: 1, status: 'done' });
    expect(stale.ok ? '' : stale.error.code).toBe('CONFLICT');
    const same = await desk.call('recalls.update', { recallId: recall.id, expectedVersion: 2, status: 'booked' });
    expect(same.ok ? '' : same.error.message).toMatch(/already booked/);
    const missing = await desk.call('recalls.update', { recallId: 999_999, expectedVersion: 1, status: 'done' });
    expect(missing.ok ? '' : missing.error.code).toBe('NOT_FOUND');
    const badStatus = await desk.raw('recalls.update', { recallId: recall.id, expectedVersion: 2, status: 'deleted' });
    expect(badStatus).toMatchObject({ ok: false, error: { message: 'Pick open, booked, done or cancelled.' } });

    const reopened = await desk.must('recalls.update', { recallId: recall.id, expectedVersion: 2, status: 'open' });
    expect((await desk.must('recalls.list', {})).recalls.map((r) => r.id)).toContain(reopened.id);
    const cancelled = await desk.must('recalls.update', {
      recallId: recall.id,
      expectedVersion: 3,
      status: 'cancelled',
    });
    expect(cancelled.status).toBe('cancelled');
    expect(auditRowsAfter(sqlite(), before).map((row) => [row.action, row.detail])).toEqual([
      ['recall.update', 'open -> booked'],
      ['recall.update', 'booked -> open'],
      ['recall.update', 'open -> cancelled'],
    ]);
    // Never deleted: the row stays, cancelled.
    expect(() => sqlite().prepare('DELETE FROM recalls WHERE id = ?').run(recall.id)).toThrow(/never deleted/);
  });

  it('is front-desk work: every role may set, list and mark recalls', async () => {
    for (const role of ['office_manager', 'physician', 'nurse', 'front_desk'] as const) {
      const caller = await practice.signIn(role);
      const recall = await caller.must('recalls.set', {
        patientId,
        due: { kind: 'in', count: 1, unit: 'weeks' },
        reason: `By ${role}`,
      });
      await caller.must('recalls.update', { recallId: recall.id, expectedVersion: 1, status: 'done' });
      expect((await caller.must('recalls.list', { show: 'upcoming', upcomingDays: 7 })).recalls.length).toBeGreaterThan(
        0,
      );
    }
    const anonymous = practice.connect();
    expect(await anonymous.raw('recalls.list', {})).toMatchObject({ ok: false, error: { code: 'UNAUTHENTICATED' } });
  });
});
