import { gridLineMinutes, type TimeAxis } from './time-grid';

export interface Cursor {
  column: number;
  minute: number;
}

/** What a key does to the calendar: move the cursor, change the date, or nothing it knows. */
export type CursorStep =
  | { kind: 'cursor'; cursor: Cursor }
  /** Move the calendar by a number of days, putting the cursor on this column of the new range. */
  | { kind: 'date'; days: number; cursor: Cursor }
  | { kind: 'today' }
  | { kind: 'book' }
  | { kind: 'none' };

/**
 * Arrow keys move the cursor a grid slot (15 minutes) or a column; off either side of the columns
 * the calendar turns to the day (day view) or week (week view) beside it. PageUp/PageDown turn a
 * whole page (a day or a week), T goes to today and Enter books at the cursor.
 */
export const stepForKey = (
  key: string,
  cursor: Cursor,
  axis: TimeAxis,
  columns: number,
  /** Days one page covers: 1 in the day view, 7 in the week view. */
  pageDays: number,
): CursorStep => {
  const lastMinute = axis.endMinute - gridLineMinutes;
  switch (key) {
    case 'ArrowUp':
      return {
        kind: 'cursor',
        cursor: { ...cursor, minute: Math.max(cursor.minute - gridLineMinutes, axis.startMinute) },
      };
    case 'ArrowDown':
      return { kind: 'cursor', cursor: { ...cursor, minute: Math.min(cursor.minute + gridLineMinutes, lastMinute) } };
    case 'ArrowLeft':
      if (cursor.column > 0) return { kind: 'cursor', cursor: { ...cursor, column: cursor.column - 1 } };
      return { kind: 'date', days: -pageDays, cursor: { ...cursor, column: columns - 1 } };
    case 'ArrowRight':
      if (cursor.column < columns - 1) return { kind: 'cursor', cursor: { ...cursor, column: cursor.column + 1 } };
      return { kind: 'date', days: pageDays, cursor: { ...cursor, column: 0 } };
    case 'PageUp':
      return { kind: 'date', days: -pageDays, cursor };
    case 'PageDown':
      return { kind: 'date', days: pageDays, cursor };
    case 't':
    case 'T':
      return { kind: 'today' };
    case 'Enter':
      return { kind: 'book' };
    default:
      return { kind: 'none' };
  }
};
