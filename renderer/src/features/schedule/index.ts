/**
 * The schedule feature's public face: the calendar page, and the hooks a screen uses to read and
 * change appointments (the flow board and the chart's face sheet can reuse them).
 */

export {
  useBookAppointment,
  useCancelAppointment,
  useFindNextAvailable,
  useMarkNoShow,
  useMoveAppointment,
} from './hooks/use-appointment-changes';
export { useDaySchedule } from './hooks/use-day-schedule';
export { useScheduleSetup } from './hooks/use-schedule-setup';
export { SchedulePage, type SchedulePageProps } from './SchedulePage';
