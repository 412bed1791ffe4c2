import type { z } from 'zod';
import { type ChartDb, repositories } from '../../../../db';
import type { findNextInputSchema } from '../../../contract/appointments';
import { ChartroomError } from '../../../contract/errors';
import { bookableProvider, offeredType } from './booking-rules';
import {
  addDays,
  addMinutes,
  isoWeekday,
  minutesOfDay,
  startOfDay,
  timeOfMinutes,
  wallClockToInstant,
} from './zoned-time';

/** How far ahead "Find next available" looks, and the grid its candidate starts sit on. */
export const searchDays = 90;
export const stepMinutes = 5;

export interface FreeSlot {
  providerId: number;
  date: string;
  start: string;
  durationMinutes: number;
}

/** Bookable providers who offer the type: the one asked for, or all of them. */
const providersFor = (
  db: ChartDb,
  typeId: number,
  providerId: number | undefined,
): { type: repositories.scheduleSetup.AppointmentTypeRow; providerIds: number[] } => {
  if (providerId !== undefined) {
    return { type: offeredType(db, typeId, bookableProvider(db, providerId)), providerIds: [providerId] };
  }
  const type = repositories.scheduleSetup.getType(db, typeId);
  if (!type)
    throw new ChartroomError('NOT_FOUND', 'That appointment type does not exist. Pick one from the list.', 'typeId');
  if (!type.active) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `${type.name} appointments are no longer offered. Pick another type.`,
      'typeId',
    );
  }
  const bookable = new Set(repositories.appointments.listBookableProviderIds(db));
  const offering = repositories.appointments.listTypeProviderIds(db, typeId).filter((id) => bookable.has(id));
  if (offering.length === 0) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `No bookable provider offers ${type.name} appointments. The office manager can add providers to the type under Schedule setup.`,
      'typeId',
    );
  }
  return { type, providerIds: offering };
};

/** The earliest free start for one provider in [fromDate, fromDate + searchDays), not before `earliest`. */
const firstFreeFor = (
  db: ChartDb,
  zone: string,
  providerId: number,
  durationMinutes: number,
  fromDate: string,
  earliest: string,
): (FreeSlot & { startsAt: string }) | null => {
  const untilDate = addDays(fromDate, searchDays);
  const busy = repositories.appointments.listHoldingSlot(db, providerId, {
    fromDate: addDays(fromDate, -1),
    toDate: untilDate,
    fromInstant: startOfDay(zone, fromDate),
    toInstant: startOfDay(zone, untilDate),
  });
  const daysOff = repositories.appointments.listDaysOff(db, providerId, fromDate, untilDate);
  const hoursByWeekday = new Map(
    [1, 2, 3, 4, 5, 6, 7].map((weekday) => [weekday, repositories.appointments.listHours(db, providerId, weekday)]),
  );

  for (let offset = 0; offset < searchDays; offset += 1) {
    const date = addDays(fromDate, offset);
    if (daysOff.some((off) => off.firstDay <= date && date <= off.lastDay)) continue;
    const blocks = hoursByWeekday.get(isoWeekday(date)) ?? [];
    const breaks = blocks.filter((block) => block.kind === 'break');
    for (const work of blocks.filter((block) => block.kind === 'work')) {
      const firstStart = Math.ceil(minutesOfDay(work.start) / stepMinutes) * stepMinutes;
      for (let start = firstStart; start + durationMinutes <= minutesOfDay(work.end); start += stepMinutes) {
        const end = start + durationMinutes;
        if (breaks.some((block) => start < minutesOfDay(block.end) && minutesOfDay(block.start) < end)) continue;
        const resolved = wallClockToInstant(zone, date, timeOfMinutes(start));
        // A time the clocks skip is not a slot anyone can keep.
        if (resolved.adjustment === 'skipped-forward' || resolved.instant < earliest) continue;
        const endsAt = addMinutes(resolved.instant, durationMinutes);
        if (busy.some((row) => row.startsAt < endsAt && resolved.instant < row.endsAt)) continue;
        return { providerId, date, start: resolved.time, durationMinutes, startsAt: resolved.instant };
      }
    }
  }
  return null;
};

/**
 * "Find next available": the earliest start on the 5-minute grid where the type's default length
 * fits inside a provider's working hours, clear of breaks, days off and appointments that still hold
 * their time, from `from` (or now) up to 90 days ahead. With no provider named, every bookable
 * provider who offers the type is searched and the earliest slot wins.
 */
export const findNextSlot = (
  db: ChartDb,
  zone: string,
  input: z.output<typeof findNextInputSchema>,
  clock: { now: Date; today: string },
): FreeSlot | null => {
  const { type, providerIds } = providersFor(db, input.typeId, input.providerId);
  const durationMinutes = type.durationMinutes;
  const fromDate = input.from !== undefined && input.from > clock.today ? input.from : clock.today;
  const earliest = fromDate === clock.today ? clock.now.toISOString() : startOfDay(zone, fromDate);
  const found = providerIds
    .map((providerId) => firstFreeFor(db, zone, providerId, durationMinutes, fromDate, earliest))
    .filter((slot) => slot !== null)
    .sort((a, b) => (a.startsAt < b.startsAt ? -1 : a.startsAt > b.startsAt ? 1 : 0));
  const best = found[0];
  return best ? { providerId: best.providerId, date: best.date, start: best.start, durationMinutes } : null;
};
