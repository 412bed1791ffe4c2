import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SaveProviderInput } from '../../../electron/contract/schedule-setup';
import { type Caller, createTestPractice, practiceInput, type TestPractice } from '../../helpers/practice';
import { auditRowsAfter, countRows, lastAuditId } from '../../helpers/sentinel';

type Block = SaveProviderInput['hours'][number];
const work = (weekday: number, start: string, end: string): Block => ({ weekday, kind: 'work', start, end });
const pause = (weekday: number, start: string, end: string, label = 'Lunch'): Block => ({
  weekday,
  kind: 'break',
  start,
  end,
  label,
});

/** Issue 5, schedule setup: providers' weeks, days off, rooms, types; versions, audit and roles. */
describe('schedule setup', () => {
  let practice: TestPractice;
  let manager: Caller;
  let nurse: Caller;
  let physicianId = 0;
  let nurseId = 0;
  let frontDeskId = 0;
  const sqlite = () => practice.app.services.vault.store.sqlite;

  /** The provider's whole save, with one field changed, and what the call answered. */
  const saveWeek = async (hours: Block[], overrides: Partial<SaveProviderInput> = {}) => {
    const current = (await manager.must('schedule.setup', {})).providers.find((p) => p.providerId === physicianId);
    return manager.call('schedule.saveProvider', {
      providerId: physicianId,
      expectedVersion: current?.version ?? 0,
      active: true,
      colour: 'teal',
      hours,
      ...overrides,
    });
  };
  const refusal = (result: { ok: boolean; error?: { code: string; message: string; field?: string } }) =>
    result.ok ? 'accepted' : `${result.error?.code} ${result.error?.field ?? ''} ${result.error?.message}`;

  beforeAll(async () => {
    practice = await createTestPractice();
    manager = await practice.signIn('office_manager');
    nurse = await practice.signIn('nurse');
    const users = await manager.must('users.list', {});
    physicianId = users.find((u) => u.role === 'physician')?.id ?? 0;
    nurseId = users.find((u) => u.role === 'nurse')?.id ?? 0;
    frontDeskId = users.find((u) => u.role === 'front_desk')?.id ?? 0;
  });
  afterAll(() => practice.cleanup());

  it('lists active physicians and nurses before anyone sets them up, in this computer’s zone', async () => {
    const setup = await nurse.must('schedule.setup', {});
    expect(setup.timeZone).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
    expect(setup.providers.map((p) => [p.providerId, p.role, p.active, p.version])).toEqual(
      expect.arrayContaining([
        [physicianId, 'physician', true, 0],
        [nurseId, 'nurse', false, 0],
      ]),
    );
    expect(setup.providers.some((p) => p.providerId === frontDeskId)).toBe(false);
    expect(setup).toMatchObject({ rooms: [], types: [] });
  });

  it('reports the practice time zone once set, and refuses an unknown zone', async () => {
    const settings = { ...practiceInput, idleLockMinutes: 10, temperatureUnit: 'F' as const };
    const unknown = await manager.call('practice.update', { ...settings, timeZone: 'Mars/Olympus_Mons' });
    expect(refusal(unknown)).toMatch(/^BAD_REQUEST timeZone That time zone is not known/);
    const saved = await manager.must('practice.update', { ...settings, timeZone: 'us/central' });
    expect(saved.timeZone).toBe('America/Chicago');
    expect((await nurse.must('schedule.setup', {})).timeZone).toBe('America/Chicago');
    const cleared = await manager.must('practice.update', { ...settings, timeZone: '' });
    expect(cleared.timeZone).toBe('');
  });

  it('saves a split week with a lunch break in one go, and replaces it whole on the next save', async () => {
    const before = lastAuditId(sqlite());
    const weekdays = [1, 2, 3, 4, 5].flatMap((day) => [
      work(day, '08:00', '12:00'),
      work(day, '13:00', '17:00'),
      pause(day, '10:00', '10:15', 'Coffee'),
    ]);
    const saved = await saveWeek(weekdays);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value).toMatchObject({ providerId: physicianId, active: true, colour: 'teal', version: 1 });
    expect(saved.value.hours).toHaveLength(15);
    const audit = auditRowsAfter(sqlite(), before);
    expect(audit).toEqual([
      expect.objectContaining({ action: 'schedule.provider', username: 'olivia', entityId: String(physicianId) }),
    ]);
    expect(audit[0]?.detail).toMatch(/^bookable; teal; Mon 08:00-12:00, Mon break 10:00-10:15, Mon 13:00-17:00/);

    const shorter = await saveWeek([work(6, '09:00', '12:00')], { colour: 'orange' });
    if (!shorter.ok) throw new Error(shorter.error.message);
    expect(shorter.value).toMatchObject({ colour: 'orange', version: 2 });
    expect(shorter.value.hours).toEqual([{ weekday: 6, kind: 'work', start: '09:00', end: '12:00', label: '' }]);
  });

  it('allows a block to end at midnight', async () => {
    const late = await saveWeek([work(5, '18:00', '24:00')]);
    expect(late.ok ? late.value.hours[0]?.end : late.error.message).toBe('24:00');
  });

  it.each([
    ['an end before its start', [work(1, '12:00', '08:00')], /hours\.0\.end The end is before the start/],
    ['an empty block', [work(1, '08:00', '08:00')], /hours\.0\.end The end is before the start/],
    ['a time past midnight', [work(1, '08:00', '24:30')], /hours\.0\.end End must be a time written as HH:MM/],
    ['a start of 24:00', [work(1, '24:00', '24:00')], /hours\.0\.start Start must be a time written as HH:MM/],
    ['a time without minutes', [work(1, '8', '12:00')], /hours\.0\.start Start must be a time written as HH:MM/],
    ['a weekday 8', [work(8, '08:00', '12:00')], /hours\.0\.weekday Pick a weekday/],
    [
      'a break label with a line break',
      [work(1, '08:00', '17:00'), pause(1, '12:00', '13:00', 'Lunch\nbreak')],
      /hours\.1\.label Label must be a single line/,
    ],
    [
      'overlapping working blocks',
      [work(2, '08:00', '12:00'), work(2, '11:30', '17:00')],
      /hours\.1\.start On Tuesday this block starts at 11:30, before the one from 08:00 ends at 12:00/,
    ],
    [
      'a break outside working hours',
      [work(3, '08:00', '12:00'), pause(3, '12:00', '13:00')],
      /hours\.1\.start The break 12:00–13:00 on Wednesday is not inside that day's working hours/,
    ],
    [
      'a break across the gap of a split day',
      [work(3, '08:00', '12:00'), work(3, '13:00', '17:00'), pause(3, '11:30', '13:30')],
      /hours\.2\.start The break 11:30–13:30 on Wednesday is not inside/,
    ],
    [
      'a break on a day without hours',
      [work(1, '08:00', '12:00'), pause(2, '10:00', '10:15')],
      /hours\.1\.start The break 10:00–10:15 on Tuesday is not inside/,
    ],
    [
      'overlapping breaks',
      [work(4, '08:00', '17:00'), pause(4, '12:00', '13:00'), pause(4, '12:30', '12:45')],
      /hours\.2\.start On Thursday this break starts at 12:30/,
    ],
  ])('refuses %s and changes nothing', async (_case, hours, message) => {
    const before = lastAuditId(sqlite());
    const rowsBefore = countRows(sqlite(), 'schedule_hours');
    const versionBefore = (await manager.must('schedule.setup', {})).providers.find(
      (p) => p.providerId === physicianId,
    )?.version;
    const result = await saveWeek(hours as Block[]);
    expect(refusal(result)).toMatch(new RegExp(`^BAD_REQUEST ${message.source}`));
    expect(countRows(sqlite(), 'schedule_hours')).toBe(rowsBefore);
    expect(auditRowsAfter(sqlite(), before)).toEqual([]);
    expect(
      (await manager.must('schedule.setup', {})).providers.find((p) => p.providerId === physicianId)?.version,
    ).toBe(versionBefore);
  });

  it('refuses a save over someone else’s newer save, and a first save that is not the first', async () => {
    const setup = await manager.must('schedule.setup', {});
    const version = setup.providers.find((p) => p.providerId === physicianId)?.version ?? 0;
    const stale = await saveWeek([work(1, '07:00', '11:00')], { expectedVersion: version - 1 });
    expect(refusal(stale)).toMatch(/^CONFLICT\s+Someone else changed Dr\. Jun Park's schedule/);
    const nurseFirst = await manager.call('schedule.saveProvider', {
      providerId: nurseId,
      expectedVersion: 3,
      active: true,
      colour: 'pink',
      hours: [],
    });
    expect(refusal(nurseFirst)).toMatch(/^CONFLICT/);
    expect(countRows(sqlite(), 'schedule_providers')).toBe(1);
  });

  it('refuses someone who is not a physician or nurse, and booking a deactivated account', async () => {
    const frontDesk = await manager.call('schedule.saveProvider', {
      providerId: frontDeskId,
      expectedVersion: 0,
      active: true,
      colour: 'blue',
      hours: [],
    });
    expect(refusal(frontDesk)).toMatch(/^NOT_FOUND\s+That person is not a provider on the schedule/);

    const locum = await manager.must('users.create', {
      username: 'locum',
      fullName: 'Dr. Locum Tenens',
      role: 'physician',
      password: 'harbor-lantern-58',
    });
    const firstSave = await manager.must('schedule.saveProvider', {
      providerId: locum.id,
      expectedVersion: 0,
      active: true,
      colour: 'lime',
      hours: [work(2, '09:00', '13:00')],
    });
    await manager.must('users.setActive', { userId: locum.id, active: false });
    const setup = await manager.must('schedule.setup', {});
    // Set up before, so still listed (their history stays readable), but no longer bookable.
    expect(setup.providers.find((p) => p.providerId === locum.id)).toMatchObject({ active: false, version: 1 });
    const rebook = await manager.call('schedule.saveProvider', {
      providerId: locum.id,
      expectedVersion: firstSave.version,
      active: true,
      colour: 'lime',
      hours: [],
    });
    expect(refusal(rebook)).toMatch(/^BAD_REQUEST active Dr\. Locum Tenens's account is deactivated/);
  });

  it('adds and removes a day off, keeping the removed one on record', async () => {
    const before = lastAuditId(sqlite());
    const added = await manager.must('schedule.addDayOff', {
      providerId: physicianId,
      firstDay: '2027-01-04',
      lastDay: '2027-01-05',
      reason: 'Conference',
    });
    const dayOff = added.daysOff.find((d) => d.firstDay === '2027-01-04');
    expect(dayOff).toMatchObject({ lastDay: '2027-01-05', reason: 'Conference' });
    const overlapping = await manager.call('schedule.addDayOff', {
      providerId: physicianId,
      firstDay: '2027-01-05',
      lastDay: '2027-01-05',
    });
    expect(refusal(overlapping)).toMatch(
      /^CONFLICT firstDay Dr\. Jun Park is already off from 2027-01-04 to 2027-01-05/,
    );

    const removed = await manager.must('schedule.removeDayOff', { providerId: physicianId, dayOffId: dayOff?.id ?? 0 });
    expect(removed.daysOff.some((d) => d.id === dayOff?.id)).toBe(false);
    expect(removed.version).toBe(added.version + 1);
    expect(sqlite().prepare('SELECT removed FROM schedule_days_off WHERE id = ?').get(dayOff?.id)).toEqual({
      removed: 1,
    });
    const again = await manager.call('schedule.removeDayOff', { providerId: physicianId, dayOffId: dayOff?.id ?? 0 });
    expect(refusal(again)).toMatch(/^NOT_FOUND\s+This day off is no longer on the schedule/);
    const otherProvider = await manager.call('schedule.removeDayOff', {
      providerId: nurseId,
      dayOffId: dayOff?.id ?? 0,
    });
    expect(refusal(otherProvider)).toMatch(/^NOT_FOUND/);
    expect(auditRowsAfter(sqlite(), before).map((r) => [r.action, r.detail])).toEqual([
      ['schedule.day-off', `added for provider ${physicianId}; 2027-01-04 to 2027-01-05; Conference`],
      ['schedule.day-off', `removed for provider ${physicianId}; 2027-01-04 to 2027-01-05`],
    ]);
  });

  it('gives a provider never set up a schedule row when a day off is added', async () => {
    const withDayOff = await manager.must('schedule.addDayOff', {
      providerId: nurseId,
      firstDay: '2027-02-01',
      lastDay: '2027-02-01',
    });
    expect(withDayOff).toMatchObject({ active: false, version: 2, daysOff: [{ firstDay: '2027-02-01', reason: '' }] });
  });

  it.each([
    [
      'a last day before the first',
      { firstDay: '2027-03-10', lastDay: '2027-03-09' },
      /lastDay The last day is before/,
    ],
    ['a date in 1900', { firstDay: '1900-03-10', lastDay: '1900-03-10' }, /firstDay First day must be between 2000/],
    [
      'a date that does not exist',
      { firstDay: '2027-02-30', lastDay: '2027-03-01' },
      /firstDay First day is not a real/,
    ],
    ['more than a year', { firstDay: '2027-01-01', lastDay: '2028-06-01' }, /lastDay A time off lasts at most a year/],
  ])('refuses a day off with %s', async (_case, days, message) => {
    const rowsBefore = countRows(sqlite(), 'schedule_days_off');
    const result = await manager.call('schedule.addDayOff', { providerId: physicianId, ...days });
    expect(refusal(result)).toMatch(new RegExp(`^BAD_REQUEST ${message.source}`));
    expect(countRows(sqlite(), 'schedule_days_off')).toBe(rowsBefore);
  });

  it('adds, renames and deactivates rooms with unique names', async () => {
    const before = lastAuditId(sqlite());
    const room = await manager.must('schedule.saveRoom', {
      roomId: null,
      expectedVersion: null,
      name: ' Exam 1 ',
      active: true,
    });
    expect(room).toMatchObject({ name: 'Exam 1', active: true, version: 1 });
    await manager.must('schedule.saveRoom', { roomId: null, expectedVersion: null, name: 'Exam 2', active: true });
    const clash = await manager.call('schedule.saveRoom', {
      roomId: null,
      expectedVersion: null,
      name: 'exam 2',
      active: true,
    });
    expect(refusal(clash)).toMatch(/^CONFLICT name There is already a room named "Exam 2"/);
    const renamed = await manager.must('schedule.saveRoom', {
      roomId: room.id,
      expectedVersion: 1,
      name: 'Procedure room',
      active: false,
    });
    expect(renamed).toMatchObject({ name: 'Procedure room', active: false, version: 2 });
    const stale = await manager.call('schedule.saveRoom', {
      roomId: room.id,
      expectedVersion: 1,
      name: 'Exam 1',
      active: true,
    });
    expect(refusal(stale)).toMatch(/^CONFLICT\s+Someone else changed this room/);
    const blank = await manager.call('schedule.saveRoom', {
      roomId: null,
      expectedVersion: null,
      name: '  ',
      active: true,
    });
    expect(refusal(blank)).toMatch(/^BAD_REQUEST name Enter the room name/);
    const versionless = await manager.call('schedule.saveRoom', {
      roomId: room.id,
      expectedVersion: null,
      name: 'Exam 9',
      active: true,
    });
    expect(refusal(versionless)).toMatch(/^BAD_REQUEST expectedVersion/);
    const missing = await manager.call('schedule.saveRoom', {
      roomId: 9999,
      expectedVersion: 1,
      name: 'Ghost',
      active: true,
    });
    expect(refusal(missing)).toMatch(/^NOT_FOUND/);
    expect(auditRowsAfter(sqlite(), before).map((r) => [r.action, r.detail])).toEqual([
      ['schedule.room', 'added; Exam 1; in use'],
      ['schedule.room', 'added; Exam 2; in use'],
      ['schedule.room', 'changed; Procedure room; not in use'],
    ]);
    expect((await nurse.must('schedule.setup', {})).rooms.map((r) => r.name)).toEqual(['Exam 2', 'Procedure room']);
  });

  it('adds and changes appointment types with who offers them', async () => {
    const before = lastAuditId(sqlite());
    const type = await manager.must('schedule.saveType', {
      typeId: null,
      expectedVersion: null,
      name: 'New patient',
      durationMinutes: 40,
      colour: 'violet',
      providerIds: [nurseId, physicianId],
      active: true,
    });
    expect(type).toMatchObject({ name: 'New patient', durationMinutes: 40, version: 1 });
    expect(type.providerIds).toEqual([physicianId, nurseId].sort((a, b) => a - b));
    const changed = await manager.must('schedule.saveType', {
      typeId: type.id,
      expectedVersion: 1,
      name: 'New patient visit',
      durationMinutes: 45,
      colour: 'indigo',
      providerIds: [physicianId],
      active: false,
    });
    expect(changed).toMatchObject({ version: 2, active: false, providerIds: [physicianId] });
    expect((await nurse.must('schedule.setup', {})).types).toEqual([changed]);
    expect(auditRowsAfter(sqlite(), before).map((r) => r.detail)).toEqual([
      `added; New patient; 40 min; violet; providers ${[physicianId, nurseId].sort((a, b) => a - b).join(' ')}; active`,
      `changed; New patient visit; 45 min; indigo; providers ${physicianId}; turned off`,
    ]);
  });

  it.each([
    ['a duplicate name', { name: 'NEW PATIENT VISIT' }, /^CONFLICT name There is already an appointment type named/],
    ['a 0-minute length', { durationMinutes: 0 }, /^BAD_REQUEST durationMinutes The default length is at least 5/],
    [
      'a 24-hour length',
      { durationMinutes: 1440 },
      /^BAD_REQUEST durationMinutes The default length is at most 12 hours/,
    ],
    ['part minutes', { durationMinutes: 7.5 }, /^BAD_REQUEST durationMinutes Use whole minutes/],
    ['a colour not on the list', { colour: 'chartreuse' }, /^BAD_REQUEST colour Pick a colour from the list/],
    ['a blank name', { name: '' }, /^BAD_REQUEST name Enter the type name/],
    ['a provider twice', { providerIds: [1, 1] }, /^BAD_REQUEST providerIds A provider is listed twice/],
    ['a front desk "provider"', { providerIds: ['frontDesk'] }, /^BAD_REQUEST providerIds One of the providers picked/],
  ])('refuses an appointment type with %s and saves nothing', async (_case, change, message) => {
    const before = lastAuditId(sqlite());
    const typesBefore = countRows(sqlite(), 'appointment_types');
    const linksBefore = countRows(sqlite(), 'appointment_type_providers');
    const input = {
      typeId: null,
      expectedVersion: null,
      name: 'Follow-up',
      durationMinutes: 15,
      colour: 'green',
      providerIds: [physicianId],
      active: true,
      ...change,
    };
    if (input.providerIds[0] === 'frontDesk') input.providerIds = [frontDeskId];
    const result = await manager.raw('schedule.saveType', input);
    expect(refusal(result as never)).toMatch(message);
    expect(countRows(sqlite(), 'appointment_types')).toBe(typesBefore);
    expect(countRows(sqlite(), 'appointment_type_providers')).toBe(linksBefore);
    expect(auditRowsAfter(sqlite(), before).filter((r) => r.action === 'schedule.type')).toEqual([]);
  });

  it('lets every role read the setup and only the office manager change it', async () => {
    const before = lastAuditId(sqlite());
    const denied = await nurse.call('schedule.saveRoom', {
      roomId: null,
      expectedVersion: null,
      name: 'Nurse room',
      active: true,
    });
    expect(refusal(denied)).toMatch(/^FORBIDDEN/);
    expect(auditRowsAfter(sqlite(), before).map((r) => [r.action, r.outcome])).toEqual([['access.denied', 'failure']]);
    const frontDesk = await practice.signIn('front_desk');
    expect((await frontDesk.must('schedule.setup', {})).providers.length).toBeGreaterThan(0);
  });
});
