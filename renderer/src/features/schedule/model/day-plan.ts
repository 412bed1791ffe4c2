import type { ProviderScheduleDto } from '../../../../../electron/contract';
import { weekdayOf } from './calendar-dates';

export interface PlanBlock {
  start: string;
  end: string;
  label: string;
}

/** One provider's day as the calendar draws it: working hours, breaks, or a day off with its reason. */
export interface DayPlan {
  work: PlanBlock[];
  breaks: PlanBlock[];
  /** The reason given for the day off ("Day off" when none was), or null on a working day. */
  dayOff: string | null;
}

export const dayPlanFor = (provider: ProviderScheduleDto, date: string): DayPlan => {
  const weekday = weekdayOf(date);
  const blocks = provider.hours.filter((block) => block.weekday === weekday);
  const pick = (kind: 'work' | 'break') =>
    blocks
      .filter((block) => block.kind === kind)
      .map(({ start, end, label }) => ({ start, end, label }))
      .sort((a, b) => a.start.localeCompare(b.start));
  const off = provider.daysOff.find((day) => day.firstDay <= date && date <= day.lastDay);
  return { work: pick('work'), breaks: pick('break'), dayOff: off ? off.reason || 'Day off' : null };
};

/** True when a provider works at this minute of the day (inside working hours, not on a break or a day off). */
export const isWorkingAt = (plan: DayPlan, minute: number, minutesOf: (time: string) => number): boolean =>
  plan.dayOff === null &&
  plan.work.some((block) => minutesOf(block.start) <= minute && minute < minutesOf(block.end)) &&
  !plan.breaks.some((block) => minutesOf(block.start) <= minute && minute < minutesOf(block.end));
