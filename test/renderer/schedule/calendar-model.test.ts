import { describe, expect, it } from 'vitest';
import type { ProviderScheduleDto } from '../../../electron/contract';
import {
  bookingInputFrom,
  fieldOfServerPath,
  newBookingDraft,
  typesOffered,
} from '../../../renderer/src/features/schedule/booking/booking-form';
import {
  addDays,
  monthWeeks,
  weekDates,
  weekdayOf,
  weekStartOf,
} from '../../../renderer/src/features/schedule/model/calendar-dates';
import { dayPlanFor, isWorkingAt } from '../../../renderer/src/features/schedule/model/day-plan';
import { stepForKey } from '../../../renderer/src/features/schedule/model/keyboard-cursor';
import { layOutLanes } from '../../../renderer/src/features/schedule/model/lanes';
import { axisFor, minutesOf } from '../../../renderer/src/features/schedule/model/time-grid';

const provider: ProviderScheduleDto = {
  providerId: 7,
  name: 'Dr. Park',
  role: 'physician',
  active: true,
  colour: 'blue',
  version: 1,
  hours: [
    { weekday: 1, kind: 'work', start: '08:00', end: '17:00', label: '' },
    { weekday: 1, kind: 'break', start: '12:00', end: '13:00', label: 'Lunch' },
  ],
  daysOff: [{ id: 1, firstDay: '2026-11-30', lastDay: '2026-12-01', reason: 'Conference' }],
};

describe('calendar dates', () => {
  it('counts ISO weekdays and weeks from Monday', () => {
    expect(weekdayOf('2026-11-23')).toBe(1);
    expect(weekdayOf('2026-11-29')).toBe(7);
    expect(weekStartOf('2026-11-29')).toBe('2026-11-23');
    expect(weekDates('2026-11-25')).toEqual([
      '2026-11-23',
      '2026-11-24',
      '2026-11-25',
      '2026-11-26',
      '2026-11-27',
      '2026-11-28',
      '2026-11-29',
    ]);
  });

  it('crosses months and daylight-saving changes by calendar day', () => {
    expect(addDays('2026-10-31', 1)).toBe('2026-11-01');
    expect(addDays('2026-03-08', 1)).toBe('2026-03-09');
  });

  it('covers a month with whole weeks', () => {
    const weeks = monthWeeks('2026-11');
    expect(weeks[0]![0]).toBe('2026-10-26');
    expect(weeks.at(-1)!.at(-1)).toBe('2026-12-06');
    expect(weeks).toHaveLength(6);
  });
});

describe("a provider's day", () => {
  it('has working hours and breaks for its weekday', () => {
    const monday = dayPlanFor(provider, '2026-11-23');
    expect(monday.work).toEqual([{ start: '08:00', end: '17:00', label: '' }]);
    expect(monday.breaks).toEqual([{ start: '12:00', end: '13:00', label: 'Lunch' }]);
    expect(monday.dayOff).toBeNull();
    expect(isWorkingAt(monday, minutesOf('09:00'), minutesOf)).toBe(true);
    expect(isWorkingAt(monday, minutesOf('12:30'), minutesOf)).toBe(false);
    expect(isWorkingAt(monday, minutesOf('17:00'), minutesOf)).toBe(false);
  });

  it('is off, with its reason, inside a day-off range', () => {
    expect(dayPlanFor(provider, '2026-11-30').dayOff).toBe('Conference');
    expect(dayPlanFor(provider, '2026-12-01').dayOff).toBe('Conference');
    expect(dayPlanFor(provider, '2026-12-02').dayOff).toBeNull();
    expect(isWorkingAt(dayPlanFor(provider, '2026-11-30'), minutesOf('09:00'), minutesOf)).toBe(false);
  });
});

describe('overlapping appointments', () => {
  it('sit side by side in as many lanes as the busiest moment needs', () => {
    const lanes = layOutLanes([
      { id: 1, start: '09:00', end: '09:30' },
      { id: 2, start: '09:15', end: '09:45' },
      { id: 3, start: '09:30', end: '10:00' },
      { id: 4, start: '11:00', end: '11:30' },
    ]);
    expect(lanes.get(1)).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get(2)).toEqual({ lane: 1, lanes: 2 });
    expect(lanes.get(3)).toEqual({ lane: 0, lanes: 2 });
    expect(lanes.get(4)).toEqual({ lane: 0, lanes: 1 });
  });
});

describe('the keyboard cursor', () => {
  const axis = axisFor([{ start: '08:00', end: '17:00' }]);
  const at = { column: 1, minute: 540 };

  it('moves by a grid slot and stays on the axis', () => {
    expect(stepForKey('ArrowDown', at, axis, 3, 1)).toEqual({ kind: 'cursor', cursor: { column: 1, minute: 555 } });
    expect(stepForKey('ArrowUp', { column: 0, minute: 480 }, axis, 3, 1)).toEqual({
      kind: 'cursor',
      cursor: { column: 0, minute: 480 },
    });
    expect(stepForKey('ArrowDown', { column: 0, minute: 1005 }, axis, 3, 1)).toEqual({
      kind: 'cursor',
      cursor: { column: 0, minute: 1005 },
    });
  });

  it('moves between columns, and off the edge to the next day or week', () => {
    expect(stepForKey('ArrowLeft', at, axis, 3, 1)).toEqual({ kind: 'cursor', cursor: { column: 0, minute: 540 } });
    expect(stepForKey('ArrowRight', { column: 2, minute: 540 }, axis, 3, 1)).toEqual({
      kind: 'date',
      days: 1,
      cursor: { column: 0, minute: 540 },
    });
    expect(stepForKey('ArrowLeft', { column: 0, minute: 540 }, axis, 7, 7)).toEqual({
      kind: 'date',
      days: -7,
      cursor: { column: 6, minute: 540 },
    });
  });

  it('turns pages, goes to today and books', () => {
    expect(stepForKey('PageDown', at, axis, 3, 7)).toEqual({ kind: 'date', days: 7, cursor: at });
    expect(stepForKey('PageUp', at, axis, 3, 1)).toEqual({ kind: 'date', days: -1, cursor: at });
    expect(stepForKey('t', at, axis, 3, 1)).toEqual({ kind: 'today' });
    expect(stepForKey('Enter', at, axis, 3, 1)).toEqual({ kind: 'book' });
    expect(stepForKey('x', at, axis, 3, 1)).toEqual({ kind: 'none' });
  });
});

describe('the booking form', () => {
  const slot = { providerId: 7, date: '2026-11-23', start: '09:00', durationMinutes: 30 };
  const patient = { id: 3, name: 'Doe, Jane', birthDate: '1980-03-04', mrn: 'M1' };

  it('offers only the active types the provider offers', () => {
    const type = { name: 'x', durationMinutes: 30, colour: 'blue' as const, version: 1 };
    const offered = typesOffered(
      [
        { ...type, id: 1, active: true, providerIds: [7] },
        { ...type, id: 2, active: true, providerIds: [8] },
        { ...type, id: 3, active: false, providerIds: [7] },
      ],
      7,
    );
    expect(offered.map((t) => t.id)).toEqual([1]);
  });

  it('asks for the patient, then the type, then a sane end', () => {
    const draft = newBookingDraft(slot);
    expect(bookingInputFrom(draft, null)).toMatchObject({ field: 'patient' });
    expect(bookingInputFrom({ ...draft, patient }, null)).toMatchObject({ field: 'type' });
    expect(bookingInputFrom({ ...draft, patient, typeId: 1, end: '08:55' }, null)).toMatchObject({ field: 'end' });
    expect(bookingInputFrom({ ...draft, patient, typeId: 1 }, '  ')).toMatchObject({ field: 'override' });
  });

  it('sends the slot, a series that ends, and an override reason', () => {
    const draft = {
      ...newBookingDraft(slot),
      patient,
      typeId: 1,
      repeat: { enabled: true, intervalWeeks: 2, weekdays: [3, 1], ends: 'count' as const, until: '', count: 4 },
    };
    expect(bookingInputFrom(draft, 'Urgent')).toEqual({
      input: {
        patientId: 3,
        typeId: 1,
        slot: { providerId: 7, date: '2026-11-23', start: '09:00', durationMinutes: 30 },
        reason: '',
        recurrence: { intervalWeeks: 2, weekdays: [1, 3], count: 4 },
        override: { reason: 'Urgent' },
      },
    });
  });

  it('places server messages beside their fields', () => {
    expect(fieldOfServerPath('slot.durationMinutes')).toBe('end');
    expect(fieldOfServerPath('recurrence.until')).toBe('repeat');
    expect(fieldOfServerPath('override.reason')).toBe('override');
    expect(fieldOfServerPath('patientId')).toBe('patient');
    expect(fieldOfServerPath(undefined)).toBeNull();
  });
});
