import { describe, expect, it } from 'vitest';
import {
  addDays,
  dateInZone,
  daysBetween,
  instantToWallClock,
  isoWeekday,
  minutesOfDay,
  monthRange,
  practiceZone,
  startOfDay,
  timeOfMinutes,
  wallClockToInstant,
} from '../../../electron/main/services/scheduling/zoned-time';

/** Wall-clock ↔ instant in the practice's zone; Chicago changes its clocks on 2026-03-08 and 2026-11-01. */
describe('zoned time', () => {
  const chicago = 'America/Chicago';

  it('turns a wall-clock time into the instant it means on each side of a change', () => {
    expect(wallClockToInstant(chicago, '2026-03-02', '09:00')).toEqual({
      instant: '2026-03-02T15:00:00.000Z',
      date: '2026-03-02',
      time: '09:00',
      adjustment: null,
    });
    expect(wallClockToInstant(chicago, '2026-03-09', '09:00').instant).toBe('2026-03-09T14:00:00.000Z');
    expect(wallClockToInstant('Europe/Paris', '2026-07-01', '09:00').instant).toBe('2026-07-01T07:00:00.000Z');
  });

  it('moves a time the clocks skip to the later valid time, and says so', () => {
    expect(wallClockToInstant(chicago, '2026-03-08', '02:30')).toEqual({
      instant: '2026-03-08T08:30:00.000Z',
      date: '2026-03-08',
      time: '03:30',
      adjustment: 'skipped-forward',
    });
  });

  it('takes the first of a time that happens twice, and says so', () => {
    const first = wallClockToInstant(chicago, '2026-11-01', '01:30');
    expect(first).toEqual({
      instant: '2026-11-01T06:30:00.000Z',
      date: '2026-11-01',
      time: '01:30',
      adjustment: 'first-of-two',
    });
    // The second 01:30 is an hour later and shows the same wall clock.
    expect(instantToWallClock(chicago, '2026-11-01T07:30:00.000Z')).toEqual({ date: '2026-11-01', time: '01:30' });
  });

  it('shows an instant on the wall clock, also across midnight', () => {
    expect(instantToWallClock(chicago, '2026-03-09T14:00:00.000Z')).toEqual({ date: '2026-03-09', time: '09:00' });
    expect(instantToWallClock(chicago, '2026-03-10T04:30:00.000Z')).toEqual({ date: '2026-03-09', time: '23:30' });
    expect(dateInZone(chicago, new Date('2026-03-10T04:30:00.000Z'))).toBe('2026-03-09');
  });

  it('knows when a local day starts, also on the days the clocks change', () => {
    expect(startOfDay(chicago, '2026-03-08')).toBe('2026-03-08T06:00:00.000Z');
    expect(startOfDay(chicago, '2026-03-09')).toBe('2026-03-09T05:00:00.000Z');
    expect(startOfDay(chicago, '2026-11-02')).toBe('2026-11-02T06:00:00.000Z');
  });

  it("uses the practice's zone, or this computer's when none is set", () => {
    expect(practiceZone('Europe/Paris')).toBe('Europe/Paris');
    expect(practiceZone('')).toBe(Intl.DateTimeFormat().resolvedOptions().timeZone);
  });

  it('does calendar arithmetic on plain dates and times of day', () => {
    expect(addDays('2026-02-27', 2)).toBe('2026-03-01');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(daysBetween('2026-03-08', '2026-03-15')).toBe(7);
    expect(isoWeekday('2026-03-09')).toBe(1);
    expect(isoWeekday('2026-03-08')).toBe(7);
    expect(monthRange('2026-12')).toEqual({ first: '2026-12-01', next: '2027-01-01' });
    expect(minutesOfDay('13:05')).toBe(785);
    expect(minutesOfDay('24:00')).toBe(1440);
    expect(timeOfMinutes(785)).toBe('13:05');
  });
});
