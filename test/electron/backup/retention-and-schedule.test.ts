import { describe, expect, it } from 'vitest';
import { copiesToKeep } from '../../../electron/main/services/backup/retention';
import { latestSlot, nextSlot, scheduledRunDue } from '../../../electron/main/services/backup/schedule';

const daily = (days: number, from = new Date(2026, 10, 22, 2, 0)) =>
  Array.from({ length: days }, (_, i) => ({
    id: i + 1,
    createdAt: new Date(from.getFullYear(), from.getMonth(), from.getDate() - i, 2, 0),
  }));

describe('grandfather-father-son retention', () => {
  const policy = { keepDaily: 7, keepWeekly: 5, keepMonthly: 12, keepYearly: 7 };

  it('keeps a year of nightly backups down to the expected handful', () => {
    const copies = daily(400);
    const keep = copiesToKeep(copies, policy);
    expect([...keep].slice(0, 7).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    // 7 daily + up to 5 weekly + up to 12 monthly + up to 7 yearly, overlapping: between 20 and 31.
    expect(keep.size).toBeGreaterThanOrEqual(20);
    expect(keep.size).toBeLessThanOrEqual(31);
    const newestOf2025 = copies.find((c) => c.createdAt.getFullYear() === 2025)!;
    expect(newestOf2025.createdAt.getMonth()).toBe(11);
    expect(keep.has(newestOf2025.id)).toBe(true);
    expect(keep.has(400)).toBe(false);
  });

  it('never prunes the newest copy, even with the smallest policy', () => {
    const keep = copiesToKeep(daily(3), { keepDaily: 1, keepWeekly: 0, keepMonthly: 0, keepYearly: 0 });
    expect([...keep]).toEqual([1]);
  });

  it('keeps only the newest copy of a day with several backups', () => {
    const morning = { id: 1, createdAt: new Date(2026, 10, 22, 9) };
    const night = { id: 2, createdAt: new Date(2026, 10, 22, 2) };
    expect([...copiesToKeep([night, morning], { keepDaily: 7, keepWeekly: 0, keepMonthly: 0, keepYearly: 0 })]).toEqual(
      [1],
    );
  });
});

describe('nightly schedule', () => {
  it('finds the latest and next slot around the scheduled time', () => {
    const before = new Date(2026, 10, 22, 1, 59);
    const after = new Date(2026, 10, 22, 2, 1);
    expect(latestSlot(before, '02:00')).toEqual(new Date(2026, 10, 21, 2, 0));
    expect(latestSlot(after, '02:00')).toEqual(new Date(2026, 10, 22, 2, 0));
    expect(nextSlot(before, '02:00')).toEqual(new Date(2026, 10, 22, 2, 0));
    expect(nextSlot(after, '02:00')).toEqual(new Date(2026, 10, 23, 2, 0));
  });

  it('catches up a missed night once, and not again until the next slot', () => {
    const lastRun = new Date(2026, 10, 20, 2, 0);
    const morningAfterMissedNight = new Date(2026, 10, 22, 8, 30);
    expect(scheduledRunDue(morningAfterMissedNight, '02:00', lastRun)).toBe(true);
    expect(scheduledRunDue(morningAfterMissedNight, '02:00', new Date(2026, 10, 22, 8, 31))).toBe(false);
    expect(scheduledRunDue(new Date(2026, 10, 23, 1, 0), '02:00', new Date(2026, 10, 22, 8, 31))).toBe(false);
    expect(scheduledRunDue(new Date(2026, 10, 23, 2, 0), '02:00', new Date(2026, 10, 22, 8, 31))).toBe(true);
    expect(scheduledRunDue(new Date(2026, 10, 23, 2, 0), '02:00', null)).toBe(true);
  });

  it('keeps the wall-clock time across a daylight-saving change', () => {
    // Whatever the machine's zone, a slot is built from local fields, so it reads 02:00 or the first valid minute after.
    const slot = nextSlot(new Date(2026, 2, 7, 12, 0), '03:30');
    expect([slot.getHours(), slot.getMinutes()]).toEqual([3, 30]);
  });
});
