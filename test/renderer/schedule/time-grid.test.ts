import { describe, expect, it } from 'vitest';
import {
  axisFor,
  axisHeight,
  columnAt,
  defaultDay,
  gridLines,
  minuteAt,
  minutesOf,
  movedStart,
  pixelsAt,
  resizedDuration,
  slotStartAt,
  snapMinutes,
  spanBox,
  sweptSlot,
  timeOf,
} from '../../../renderer/src/features/schedule/model/time-grid';

const axis = axisFor([{ start: '08:00', end: '17:00' }]);

describe('wall-clock minutes', () => {
  it('reads and writes HH:MM', () => {
    expect(minutesOf('08:30')).toBe(510);
    expect(timeOf(510)).toBe('08:30');
    expect(timeOf(5)).toBe('00:05');
  });

  it('snaps to the nearest 5 minutes', () => {
    expect(snapMinutes(512)).toBe(510);
    expect(snapMinutes(513)).toBe(515);
    expect(snapMinutes(517, 15)).toBe(510);
  });
});

describe('the time axis', () => {
  it('runs from the earliest working hour to the latest, in whole hours', () => {
    const split = axisFor([
      { start: '08:30', end: '12:00' },
      { start: '13:00', end: '17:45' },
    ]);
    expect(split.startMinute).toBe(8 * 60);
    expect(split.endMinute).toBe(18 * 60);
  });

  it('widens to an appointment booked outside the hours', () => {
    const wide = axisFor([{ start: '08:00', end: '17:00' }], [{ start: '07:15', end: '07:45' }]);
    expect(wide.startMinute).toBe(7 * 60);
    expect(wide.endMinute).toBe(17 * 60);
  });

  it('shows an office day when nobody works', () => {
    expect(axisFor([])).toMatchObject(defaultDay);
  });

  it('draws a line every 15 minutes', () => {
    const lines = gridLines(axis);
    expect(lines[0]).toBe(480);
    expect(lines[1]).toBe(495);
    expect(lines).toHaveLength(9 * 4);
  });
});

describe('slot ↔ pixel', () => {
  it('maps minutes to pixels and back', () => {
    expect(pixelsAt(axis, 480)).toBe(0);
    expect(pixelsAt(axis, 540)).toBe(60 * axis.pixelsPerMinute);
    expect(minuteAt(axis, pixelsAt(axis, 555))).toBe(555);
    expect(axisHeight(axis)).toBe(9 * 60 * axis.pixelsPerMinute);
  });

  it('snaps a pointer to the nearest 5-minute mark and keeps it on the axis', () => {
    expect(minuteAt(axis, 7 * axis.pixelsPerMinute)).toBe(485);
    expect(minuteAt(axis, -50)).toBe(480);
    expect(minuteAt(axis, 10_000)).toBe(17 * 60);
  });

  it('finds the grid slot a click falls in', () => {
    expect(slotStartAt(axis, 20 * axis.pixelsPerMinute, 15)).toBe(495);
    expect(slotStartAt(axis, 14.9 * axis.pixelsPerMinute, 15)).toBe(480);
    expect(slotStartAt(axis, 10_000, 15)).toBe(17 * 60 - 15);
  });

  it('places a span and clips it to the axis', () => {
    expect(spanBox(axis, { start: '09:00', end: '09:30' })).toEqual({
      top: 60 * axis.pixelsPerMinute,
      height: 30 * axis.pixelsPerMinute,
    });
    expect(spanBox(axis, { start: '16:30', end: '18:00' }).height).toBe(30 * axis.pixelsPerMinute);
  });

  it('picks the column under the pointer', () => {
    const columns = [
      { left: 56, width: 200 },
      { left: 256, width: 200 },
    ];
    expect(columnAt(columns, 60)).toBe(0);
    expect(columnAt(columns, 256)).toBe(1);
    expect(columnAt(columns, 20)).toBeNull();
    expect(columnAt(columns, 456)).toBeNull();
  });
});

describe('drag gestures', () => {
  it('books the swept span in either direction, at least 5 minutes', () => {
    expect(sweptSlot(axis, 540, 585)).toEqual({ startMinute: 540, durationMinutes: 45 });
    expect(sweptSlot(axis, 585, 540)).toEqual({ startMinute: 540, durationMinutes: 45 });
    expect(sweptSlot(axis, 540, 540)).toEqual({ startMinute: 540, durationMinutes: 5 });
    expect(sweptSlot(axis, 17 * 60, 17 * 60)).toEqual({ startMinute: 17 * 60 - 5, durationMinutes: 5 });
  });

  it('moves a block by where it was grabbed, snapped, and keeps it on the axis', () => {
    // Grabbed 10 minutes below its top, dropped with the pointer at 10:22: it starts at 10:10 (snapped from 10:12).
    expect(movedStart(axis, 622, 10, 30)).toBe(610);
    expect(movedStart(axis, 470, 0, 30)).toBe(480);
    expect(movedStart(axis, 17 * 60, 0, 30)).toBe(17 * 60 - 30);
  });

  it('resizes from the bottom edge to the snapped pointer, never below 5 minutes', () => {
    expect(resizedDuration(axis, 540, 587)).toBe(45);
    expect(resizedDuration(axis, 540, 500)).toBe(5);
    expect(resizedDuration(axis, 540, 2000)).toBe(17 * 60 - 540);
  });
});
