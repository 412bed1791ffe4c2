/**
 * The geometry of the calendar's time axis: wall-clock minutes after midnight ↔ pixels from the
 * top of a column, snapping to the booking step, and the span of a drag. Pure, so it is tested
 * without a browser and the pointer handlers stay thin.
 */

/** Bookings start and end on 5-minute marks; the grid draws a line every 15 minutes. */
export const snapStepMinutes = 5;
export const gridLineMinutes = 15;
/** 15 minutes is 24 px: a 10-minute visit still has room for its time and the patient's name. */
export const pixelsPerMinute = 1.6;
/** When no one works that day (a weekend, all on leave), the axis still shows an office day. */
export const defaultDay = { startMinute: 8 * 60, endMinute: 17 * 60 } as const;
const minutesPerDay = 24 * 60;

export interface TimeAxis {
  startMinute: number;
  endMinute: number;
  pixelsPerMinute: number;
}

export interface TimeSpan {
  start: string;
  end: string;
}

/** "08:30" → 510. */
export const minutesOf = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number);
  return (hours ?? 0) * 60 + (minutes ?? 0);
};

/** 510 → "08:30"; 1440 (the end of the day) → "24:00". */
export const timeOf = (minutes: number): string => {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
};

export const snapMinutes = (minutes: number, step = snapStepMinutes): number => Math.round(minutes / step) * step;

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), high);

/**
 * The axis runs from the earliest working hour to the latest of the columns on screen, widened to
 * whole hours and to any appointment booked outside them, so nothing is ever drawn off the grid.
 */
export const axisFor = (hours: readonly TimeSpan[], appointments: readonly TimeSpan[] = []): TimeAxis => {
  const spans = [...hours, ...appointments];
  if (spans.length === 0) return { ...defaultDay, pixelsPerMinute };
  const earliest = Math.min(...spans.map((span) => minutesOf(span.start)));
  const latest = Math.max(...spans.map((span) => endMinutesOf(span)));
  return {
    startMinute: Math.floor(earliest / 60) * 60,
    endMinute: Math.min(Math.ceil(latest / 60) * 60, minutesPerDay),
    pixelsPerMinute,
  };
};

/** An end of "00:00" after a start means midnight at the end of the day. */
const endMinutesOf = (span: TimeSpan): number => {
  const end = minutesOf(span.end);
  return end <= minutesOf(span.start) ? minutesPerDay : end;
};

export const axisHeight = (axis: TimeAxis): number => (axis.endMinute - axis.startMinute) * axis.pixelsPerMinute;

export const pixelsAt = (axis: TimeAxis, minutes: number): number =>
  (minutes - axis.startMinute) * axis.pixelsPerMinute;

/** The snapped minute under a point `offsetY` pixels below the column's top, kept on the axis. */
export const minuteAt = (axis: TimeAxis, offsetY: number, step = snapStepMinutes): number =>
  clamp(snapMinutes(axis.startMinute + offsetY / axis.pixelsPerMinute, step), axis.startMinute, axis.endMinute);

/** The start of the grid slot (of `step` minutes) that holds a point `offsetY` pixels below the column's top. */
export const slotStartAt = (axis: TimeAxis, offsetY: number, step: number): number =>
  clamp(
    axis.startMinute + Math.floor(offsetY / axis.pixelsPerMinute / step) * step,
    axis.startMinute,
    axis.endMinute - step,
  );

/** The minute marks where the grid draws a line (every 15 minutes; the hour lines are labelled). */
export const gridLines = (axis: TimeAxis): number[] => {
  const lines: number[] = [];
  for (let minute = axis.startMinute; minute < axis.endMinute; minute += gridLineMinutes) lines.push(minute);
  return lines;
};

/** Where and how tall a span is drawn on the axis. */
export const spanBox = (axis: TimeAxis, span: TimeSpan): { top: number; height: number } => {
  const top = pixelsAt(axis, Math.max(minutesOf(span.start), axis.startMinute));
  const bottom = pixelsAt(axis, Math.min(endMinutesOf(span), axis.endMinute));
  return { top, height: Math.max(bottom - top, 0) };
};

export interface DraggedSlot {
  startMinute: number;
  durationMinutes: number;
}

/**
 * Dragging over free time books from where the pointer went down to where it is now, in either
 * direction, at least one step long and never past the axis.
 */
export const sweptSlot = (axis: TimeAxis, anchorMinute: number, pointerMinute: number): DraggedSlot => {
  const low = Math.min(anchorMinute, pointerMinute);
  const high = Math.max(anchorMinute, pointerMinute);
  const start = clamp(low, axis.startMinute, axis.endMinute - snapStepMinutes);
  const end = clamp(Math.max(high, start + snapStepMinutes), start + snapStepMinutes, axis.endMinute);
  return { startMinute: start, durationMinutes: end - start };
};

/**
 * Dragging a block keeps the point the user grabbed under the pointer: its new start is the pointer's
 * minute less the grab offset, snapped, and the whole block stays on the axis.
 */
export const movedStart = (
  axis: TimeAxis,
  pointerMinute: number,
  grabOffsetMinutes: number,
  duration: number,
): number =>
  clamp(
    snapMinutes(pointerMinute - grabOffsetMinutes),
    axis.startMinute,
    Math.max(axis.endMinute - duration, axis.startMinute),
  );

/** Dragging a block's bottom edge: the new length, at least one step and never past the axis. */
export const resizedDuration = (axis: TimeAxis, startMinute: number, pointerMinute: number): number =>
  clamp(snapMinutes(pointerMinute), startMinute + snapStepMinutes, axis.endMinute) - startMinute;

/** The column under a horizontal position, from the columns' left edges and widths; null outside them all. */
export const columnAt = (columns: readonly { left: number; width: number }[], x: number): number | null => {
  const index = columns.findIndex((column) => x >= column.left && x < column.left + column.width);
  return index === -1 ? null : index;
};
