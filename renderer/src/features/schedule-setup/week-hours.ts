import type { SaveProviderInput } from '../../../../electron/contract';

export type HoursBlockValues = SaveProviderInput['hours'][number];

export const weekdays = [
  { weekday: 1, name: 'Monday' },
  { weekday: 2, name: 'Tuesday' },
  { weekday: 3, name: 'Wednesday' },
  { weekday: 4, name: 'Thursday' },
  { weekday: 5, name: 'Friday' },
  { weekday: 6, name: 'Saturday' },
  { weekday: 7, name: 'Sunday' },
] as const;

/** A new block starts where the day's last one ended, so "add hours" after a morning gives an afternoon. */
export const nextBlock = (
  hours: readonly HoursBlockValues[],
  weekday: number,
  kind: 'work' | 'break',
): HoursBlockValues => {
  const sameDay = hours.filter((block) => block.weekday === weekday && block.kind === 'work');
  if (kind === 'break') return { weekday, kind, start: '12:00', end: '13:00', label: 'Lunch' };
  const lastEnd = sameDay
    .map((block) => block.end)
    .sort()
    .at(-1);
  if (!lastEnd) return { weekday, kind, start: '08:00', end: '12:00', label: '' };
  const [hour] = lastEnd.split(':').map(Number) as [number];
  const start = `${String(Math.min(hour + 1, 23)).padStart(2, '0')}:00`;
  return { weekday, kind, start, end: hour + 5 <= 24 ? `${String(hour + 5).padStart(2, '0')}:00` : '24:00', label: '' };
};

/** Monday's hours and breaks, copied to Tuesday–Friday (replacing theirs); the weekend is left alone. */
export const copyMondayToWeekdays = (hours: readonly HoursBlockValues[]): HoursBlockValues[] => {
  const monday = hours.filter((block) => block.weekday === 1);
  const kept = hours.filter((block) => block.weekday === 1 || block.weekday >= 6);
  const copies = [2, 3, 4, 5].flatMap((weekday) => monday.map((block) => ({ ...block, weekday })));
  return [...kept, ...copies];
};
