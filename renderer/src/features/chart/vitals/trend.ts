/** The pure part of a vital's trend chart: scales, marks, the band, and the words a screen reader hears. */

export interface TrendPoint {
  /** ISO timestamp of the reading. */
  at: string;
  value: number;
}

export type TrendFlag = 'low' | 'high' | null;

interface Range {
  low: number;
  high: number;
}

const flagOf = (value: number, normal?: Range): TrendFlag => {
  if (!normal) return null;
  if (value < normal.low) return 'low';
  if (value > normal.high) return 'high';
  return null;
};

const byTime = (points: TrendPoint[]): TrendPoint[] => [...points].sort((a, b) => Date.parse(a.at) - Date.parse(b.at));

/** Trims a number for an axis or a sentence: 98.60 → "98.6", 120.0 → "120". */
const short = (value: number): string => String(Number(value.toFixed(1)));

const dayLabel = new Intl.DateTimeFormat(undefined, { month: 'short', day: 'numeric' });
const dayAndYear = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** The readings oldest first, each with its flag against the normal range. */
export const trendRows = (points: TrendPoint[], normal?: Range) =>
  byTime(points).map((point, index) => ({
    key: `${point.at}-${index}`,
    at: point.at,
    value: short(point.value),
    flag: flagOf(point.value, normal),
  }));

/**
 * "Systolic trend: 3 readings from 20 Nov 2026 to 22 Nov 2026. Latest 150 mmHg, high. Range 128 to
 * 150. Normal 90 to 129." The chart's whole content, for those who cannot see it.
 */
export const trendSummary = (points: TrendPoint[], normal: Range | undefined, label: string, unit: string): string => {
  const sorted = byTime(points);
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const normalText = normal ? ` Normal ${short(normal.low)} to ${short(normal.high)} ${unit}.` : '';
  if (!first || !last) return `${label} trend: no readings.${normalText}`;
  const flag = flagOf(last.value, normal);
  const latest = `Latest ${short(last.value)} ${unit}${flag ? `, ${flag}` : ''}.`;
  if (sorted.length === 1)
    return `${label} trend: 1 reading, ${dayAndYear.format(new Date(first.at))}. ${latest}${normalText}`;
  const values = sorted.map((p) => p.value);
  return (
    `${label} trend: ${sorted.length} readings from ${dayAndYear.format(new Date(first.at))} to ` +
    `${dayAndYear.format(new Date(last.at))}. ${latest} Range ${short(Math.min(...values))} to ` +
    `${short(Math.max(...values))} ${unit}.${normalText}`
  );
};

interface Frame {
  width: number;
  height: number;
  compact: boolean;
}

/**
 * Where everything goes in a width × height box: readings spaced by time, the value axis spanning
 * the readings and the normal band with some room, so the band is always visible for comparison.
 */
export const trendGeometry = (points: TrendPoint[], normal: Range | undefined, frame: Frame) => {
  const sorted = byTime(points);
  const plot = frame.compact
    ? { left: 3, right: frame.width - 3, top: 3, bottom: frame.height - 3 }
    : { left: 36, right: frame.width - 8, top: 8, bottom: frame.height - 18 };

  const values = sorted.map((p) => p.value);
  const span = [...values, ...(normal ? [normal.low, normal.high] : [])];
  let min = span.length ? Math.min(...span) : 0;
  let max = span.length ? Math.max(...span) : 1;
  const pad = max === min ? Math.max(1, Math.abs(max) * 0.05) : (max - min) * 0.1;
  min -= pad;
  max += pad;
  const y = (value: number) => plot.bottom - ((value - min) / (max - min)) * (plot.bottom - plot.top);

  const times = sorted.map((p) => Date.parse(p.at));
  const start = times[0] ?? 0;
  const end = times[times.length - 1] ?? 0;
  const x = (time: number) =>
    end === start
      ? (plot.left + plot.right) / 2
      : plot.left + ((time - start) / (end - start)) * (plot.right - plot.left);

  const marks = sorted.map((point, index) => ({
    key: `${point.at}-${index}`,
    x: x(Date.parse(point.at)),
    y: y(point.value),
    flag: flagOf(point.value, normal),
  }));

  const band = normal ? { top: y(normal.high), bottom: y(normal.low) } : null;
  const tickValues = normal
    ? [normal.low, normal.high]
    : values.length
      ? [Math.min(...values), Math.max(...values)]
      : [];
  const ticks = [...new Set(tickValues)].map((value) => ({ label: short(value), y: y(value) }));
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  const dates =
    first && last && sorted.length > 1
      ? [
          { label: dayLabel.format(new Date(first.at)), x: plot.left, anchor: 'start' as const },
          { label: dayLabel.format(new Date(last.at)), x: plot.right, anchor: 'end' as const },
        ]
      : first
        ? [{ label: dayLabel.format(new Date(first.at)), x: (plot.left + plot.right) / 2, anchor: 'middle' as const }]
        : [];

  return { plot, band, marks, ticks, dates };
};
