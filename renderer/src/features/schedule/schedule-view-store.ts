import { create } from 'zustand';
import type { CalendarViewKind } from './calendar/ScheduleToolbar';

interface ScheduleViewState {
  view: CalendarViewKind;
  /** The date on screen; null until the user moves away from today. */
  date: string | null;
  /** The provider whose week (or month) is shown. */
  providerId: number | null;
  showCancelled: boolean;
}

/** Where the user was in the calendar, so opening a chart from it and coming back lands on the same page. */
export const useScheduleView = create<ScheduleViewState>(() => ({
  view: 'day',
  date: null,
  providerId: null,
  showCancelled: false,
}));

export const setScheduleView = (change: Partial<ScheduleViewState>): void => useScheduleView.setState(change);
