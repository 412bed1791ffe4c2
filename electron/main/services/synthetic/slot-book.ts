import { addDays, daysBetween, isoWeekday, minutesOfDay } from '../scheduling/zoned-time';
import type { Random } from './random';

/**
 * The providers' calendars over the generated year behind and year ahead, in 15-minute cells: open
 * inside working hours, closed in breaks, on days off and once booked. Every synthetic appointment
 * takes its cells here first, so no provider is ever double-booked and nobody is booked outside the
 * hours the office manager set up.
 */
const cellMinutes = 15;
const cellsPerDay = (24 * 60) / cellMinutes;

export interface ProviderCalendar {
  providerId: number;
  hours: readonly { weekday: number; kind: 'work' | 'break'; start: string; end: string }[];
  daysOff: readonly { firstDay: string; lastDay: string }[];
}

const cellOf = (time: string) => minutesOfDay(time) / cellMinutes;

export class SlotBook {
  readonly firstDay: string;
  readonly days: number;
  readonly #open = new Map<number, Uint8Array>();

  constructor(providers: readonly ProviderCalendar[], firstDay: string, lastDayExclusive: string) {
    this.firstDay = firstDay;
    this.days = daysBetween(firstDay, lastDayExclusive);
    for (const provider of providers) {
      const open = new Uint8Array(this.days * cellsPerDay);
      for (let day = 0; day < this.days; day++) {
        const date = addDays(firstDay, day);
        if (provider.daysOff.some((off) => off.firstDay <= date && date <= off.lastDay)) continue;
        const weekday = isoWeekday(date);
        for (const kind of ['work', 'break'] as const) {
          for (const block of provider.hours) {
            if (block.weekday !== weekday || block.kind !== kind) continue;
            for (let cell = Math.ceil(cellOf(block.start)); cell < Math.floor(cellOf(block.end)); cell++) {
              open[day * cellsPerDay + cell] = kind === 'work' ? 1 : 0;
            }
          }
        }
      }
      this.#open.set(provider.providerId, open);
    }
  }

  /** Minutes still open with a provider in [fromDay, toDay): how many visits could still fit. */
  openMinutes(providerId: number, fromDay: string, toDay: string): number {
    const open = this.#open.get(providerId);
    if (!open) return 0;
    const from = Math.max(0, daysBetween(this.firstDay, fromDay)) * cellsPerDay;
    const to = Math.min(this.days, daysBetween(this.firstDay, toDay)) * cellsPerDay;
    let cells = 0;
    for (let cell = from; cell < to; cell++) cells += open[cell]!;
    return cells * cellMinutes;
  }

  /**
   * Books `minutes` with a provider on the wished day or the nearest day that has room, searching
   * `spread` days either side within [fromDay, toDay); a random free start on that day. Null when
   * nothing fits: the visit happens without an appointment (a walk-in) or not at all.
   */
  book(
    random: Random,
    request: { providerId: number; day: string; minutes: number; spread: number; fromDay: string; toDay: string },
  ): { day: string; startMinute: number } | null {
    const open = this.#open.get(request.providerId);
    if (!open) return null;
    const length = Math.ceil(request.minutes / cellMinutes);
    const wished = daysBetween(this.firstDay, request.day);
    const low = Math.max(0, daysBetween(this.firstDay, request.fromDay));
    const high = Math.min(this.days, daysBetween(this.firstDay, request.toDay));
    const starts: number[] = [];
    for (let step = 0; step <= request.spread * 2; step++) {
      const day = wished + (step % 2 === 0 ? step / 2 : -(step + 1) / 2);
      if (day < low || day >= high) continue;
      starts.length = 0;
      const base = day * cellsPerDay;
      let run = 0;
      for (let cell = 0; cell < cellsPerDay; cell++) {
        run = open[base + cell] ? run + 1 : 0;
        if (run >= length) starts.push(cell - length + 1);
      }
      if (starts.length === 0) continue;
      const start = random.pick(starts);
      open.fill(0, base + start, base + start + length);
      return { day: addDays(this.firstDay, day), startMinute: start * cellMinutes };
    }
    return null;
  }
}
