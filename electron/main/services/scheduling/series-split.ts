import { type ChartDb, repositories } from '../../../../db';
import { addDays } from './zoned-time';

type ListedAppointment = repositories.appointments.ListedAppointment;

/** Which series, and which position in it, each occurrence of a "this and following" edit ends up with. */
export interface SeriesPlacement {
  seriesId: number;
  /** The occurrences' new 1-based positions, by appointment id. */
  indexOf: Map<number, number>;
  /** The series that was ended here, when the edit split one (null when it changed the whole series). */
  splitFrom: number | null;
}

const shiftWeekday = (weekday: number, days: number): number => ((((weekday - 1 + days) % 7) + 7) % 7) + 1;

/** The occurrences of `from`'s series from `from` on, in order. */
export const occurrencesFrom = (db: ChartDb, from: ListedAppointment): ListedAppointment[] =>
  from.seriesId === null
    ? [from]
    : repositories.appointments
        .listSeriesOccurrences(db, from.seriesId)
        .filter((row) => (row.seriesIndex ?? 0) >= (from.seriesIndex ?? 0));

/**
 * A "this and following" edit on occurrence `from` of its series: the series ends before it
 * (last_day or count adjusted to the occurrences it keeps) and a new series, split_from the old one,
 * owns `from` and every later occurrence. No row is created or removed here: the occurrences are
 * only renumbered, so the count before and after is the same. When `from` is the first occurrence
 * the whole series changes and there is nothing to split.
 */
export const splitSeriesAt = (
  db: ChartDb,
  from: ListedAppointment,
  change: {
    dayShift: number;
    /** The new wall-clock start and length; absent keeps the series' own. */
    localStart?: string;
    durationMinutes?: number;
    newFirstDay: string;
    createdAt: string;
  },
): SeriesPlacement => {
  const seriesId = from.seriesId;
  const series = seriesId === null ? undefined : repositories.appointments.getSeries(db, seriesId);
  if (seriesId === null || !series) throw new Error('splitSeriesAt needs an occurrence of a series');
  const occurrences = repositories.appointments.listSeriesOccurrences(db, seriesId);
  const position = from.seriesIndex ?? 0;
  const kept = occurrences.filter((row) => (row.seriesIndex ?? 0) < position);
  const following = occurrences.filter((row) => (row.seriesIndex ?? 0) >= position);
  const weekdays = JSON.stringify(
    (JSON.parse(series.weekdays) as number[]).map((day) => shiftWeekday(day, change.dayShift)).sort((a, b) => a - b),
  );
  const rule = {
    weekdays,
    localStart: change.localStart ?? series.localStart,
    durationMinutes: change.durationMinutes ?? series.durationMinutes,
    firstDay: change.newFirstDay,
    lastDay: series.lastDay === null ? null : addDays(series.lastDay, change.dayShift),
  };

  if (kept.length === 0) {
    repositories.appointments.updateSeries(db, seriesId, rule);
    const indexOf = new Map(following.map((row) => [row.id, row.seriesIndex ?? 0] as const));
    return { seriesId, indexOf, splitFrom: null };
  }

  // The latest day it keeps (an occurrence moved on its own may sit after a later one's date).
  const lastKeptDay = kept.reduce((latest, row) => (row.localDate > latest ? row.localDate : latest), series.firstDay);
  repositories.appointments.updateSeries(db, seriesId, {
    lastDay: series.lastDay === null ? null : lastKeptDay,
    occurrenceCount: series.occurrenceCount === null ? null : kept.length,
  });
  const successor = repositories.appointments.insertSeries(db, {
    patientId: series.patientId,
    intervalWeeks: series.intervalWeeks,
    ...rule,
    occurrenceCount: series.occurrenceCount === null ? null : following.length,
    splitFromSeriesId: seriesId,
    createdAt: change.createdAt,
  });
  const indexOf = new Map(following.map((row, index) => [row.id, index + 1] as const));
  return { seriesId: successor.id, indexOf, splitFrom: seriesId };
};
