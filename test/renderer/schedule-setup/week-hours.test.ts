import { describe, expect, it } from 'vitest';
import { copyMondayToWeekdays, nextBlock } from '../../../renderer/src/features/schedule-setup/week-hours';

describe('week hours editing', () => {
  it('starts a day at 08:00–12:00 and adds the next block an hour after the last one ends', () => {
    expect(nextBlock([], 2, 'work')).toEqual({ weekday: 2, kind: 'work', start: '08:00', end: '12:00', label: '' });
    const morning = [{ weekday: 2, kind: 'work' as const, start: '08:00', end: '12:00', label: '' }];
    expect(nextBlock(morning, 2, 'work')).toMatchObject({ start: '13:00', end: '17:00' });
    const evening = [{ weekday: 2, kind: 'work' as const, start: '14:00', end: '21:00', label: '' }];
    expect(nextBlock(evening, 2, 'work')).toMatchObject({ start: '22:00', end: '24:00' });
    expect(nextBlock(morning, 2, 'break')).toEqual({
      weekday: 2,
      kind: 'break',
      start: '12:00',
      end: '13:00',
      label: 'Lunch',
    });
  });

  it('copies Monday to Tuesday–Friday, replacing their hours and leaving the weekend alone', () => {
    const week = copyMondayToWeekdays([
      { weekday: 1, kind: 'work', start: '08:00', end: '17:00', label: '' },
      { weekday: 1, kind: 'break', start: '12:00', end: '13:00', label: 'Lunch' },
      { weekday: 3, kind: 'work', start: '10:00', end: '11:00', label: '' },
      { weekday: 6, kind: 'work', start: '09:00', end: '12:00', label: '' },
    ]);
    expect(week.filter((block) => block.weekday === 3).map((b) => `${b.kind} ${b.start}-${b.end}`)).toEqual([
      'work 08:00-17:00',
      'break 12:00-13:00',
    ]);
    expect(week.filter((block) => block.weekday === 6)).toHaveLength(1);
    expect(week).toHaveLength(2 * 5 + 1);
  });
});
