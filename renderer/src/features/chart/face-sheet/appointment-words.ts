import type { AppointmentStatus } from '../../../../../electron/contract';
import { formatCalendarDate } from '../../../ui';

/** An appointment's status as the front desk says it. */
export const appointmentStatusWords: Record<AppointmentStatus, string> = {
  scheduled: 'Booked',
  arrived: 'Arrived',
  roomed: 'Roomed',
  'with-provider': 'With provider',
  'checked-out': 'Seen',
  cancelled: 'Cancelled',
  'no-show': 'No-show',
};

/** A practice-zone calendar day ("2026-11-23") as "Mon, 23 Nov 2026". */
export const formatVisitDay = (date: string): string =>
  formatCalendarDate(date, { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' });
