import { type ChartDb, repositories } from '../../../../db';
import type { ConflictKind } from '../../../contract/appointments';
import { patientDisplayName } from './appointment-dto';
import {
  addDays,
  addMinutes,
  instantToWallClock,
  isoWeekday,
  minutesOfDay,
  wallClockToInstant,
  type ZoneAdjustment,
} from './zoned-time';

/** A wall-clock slot turned into the instants it occupies. */
export interface ResolvedSlot {
  providerId: number;
  /** The local date and start it shows in the zone (moved on when the typed time does not exist). */
  localDate: string;
  start: string;
  end: string;
  durationMinutes: number;
  startsAt: string;
  endsAt: string;
  adjustment: ZoneAdjustment | null;
}

export const resolveSlot = (
  zone: string,
  slot: { providerId: number; date: string; start: string; durationMinutes: number },
): ResolvedSlot => {
  const resolved = wallClockToInstant(zone, slot.date, slot.start);
  const endsAt = addMinutes(resolved.instant, slot.durationMinutes);
  return {
    providerId: slot.providerId,
    localDate: resolved.date,
    start: resolved.time,
    end: instantToWallClock(zone, endsAt).time,
    durationMinutes: slot.durationMinutes,
    startsAt: resolved.instant,
    endsAt,
    adjustment: resolved.adjustment,
  };
};

/** What to tell the user when the zone's clock changed the time they picked. */
export const adjustmentNotice = (requested: { date: string; start: string }, slot: ResolvedSlot): string | null => {
  if (slot.adjustment === 'skipped-forward') {
    return `${requested.start} does not exist on ${requested.date} (the clocks go forward), so it was booked at ${slot.start}.`;
  }
  if (slot.adjustment === 'first-of-two') {
    return `${requested.start} happens twice on ${requested.date} (the clocks go back); it was booked at the first ${requested.start}.`;
  }
  return null;
};

export interface SlotConflict {
  kind: ConflictKind;
  message: string;
}

const weekdayNames = ['Mondays', 'Tuesdays', 'Wednesdays', 'Thursdays', 'Fridays', 'Saturdays', 'Sundays'];

const overlaps = (startA: number, endA: number, startB: number, endB: number) => startA < endB && startB < endA;

/**
 * Everything that makes a slot a bad idea for this provider: another appointment that still holds
 * its time, outside working hours, a break, a day off. Read inside the booking's transaction, so a
 * second workstation booking the same moment sees the first one's row.
 */
export const findSlotConflicts = (
  db: ChartDb,
  zone: string,
  provider: { userId: number; fullName: string },
  slot: ResolvedSlot,
  ignoreAppointmentIds: readonly number[] = [],
): SlotConflict[] => {
  const conflicts: SlotConflict[] = [];
  const name = provider.fullName;

  const holding = repositories.appointments
    .listHoldingSlot(db, provider.userId, {
      fromDate: addDays(slot.localDate, -1),
      toDate: addDays(instantToWallClock(zone, slot.endsAt).date, 1),
      fromInstant: slot.startsAt,
      toInstant: slot.endsAt,
    })
    .filter((row) => !ignoreAppointmentIds.includes(row.id));
  if (holding.length > 0) {
    const booked = holding
      .map(
        (row) =>
          `${patientDisplayName(row)} ${instantToWallClock(zone, row.startsAt).time}–${instantToWallClock(zone, row.endsAt).time}`,
      )
      .join(' and ');
    conflicts.push({ kind: 'overlap', message: `${name} already has ${booked}.` });
  }
  for (const dayOff of repositories.appointments.listDaysOff(db, provider.userId, slot.localDate, slot.localDate)) {
    const when =
      dayOff.firstDay === dayOff.lastDay ? `on ${dayOff.firstDay}` : `from ${dayOff.firstDay} to ${dayOff.lastDay}`;
    conflicts.push({
      kind: 'day-off',
      message: `${name} is off ${when}${dayOff.reason ? ` (${dayOff.reason})` : ''}.`,
    });
  }

  const weekday = isoWeekday(slot.localDate);
  const blocks = repositories.appointments.listHours(db, provider.userId, weekday);
  const startMinute = minutesOfDay(slot.start);
  const endMinute = startMinute + slot.durationMinutes;
  const work = blocks.filter((block) => block.kind === 'work');
  if (work.length === 0) {
    conflicts.push({ kind: 'outside-hours', message: `${name} does not work on ${weekdayNames[weekday - 1]}.` });
  } else if (!work.some((block) => minutesOfDay(block.start) <= startMinute && endMinute <= minutesOfDay(block.end))) {
    const hours = work.map((block) => `${block.start}–${block.end}`).join(', ');
    conflicts.push({ kind: 'outside-hours', message: `The slot is outside ${name}'s working hours (${hours}).` });
  }
  for (const block of blocks) {
    if (block.kind !== 'break') continue;
    if (!overlaps(startMinute, endMinute, minutesOfDay(block.start), minutesOfDay(block.end))) continue;
    conflicts.push({
      kind: 'during-break',
      message: `The slot is during ${block.label || 'a break'} (${block.start}–${block.end}).`,
    });
  }

  return conflicts;
};
