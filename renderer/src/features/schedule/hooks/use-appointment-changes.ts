import type { z } from 'zod';
import type {
  bookInputSchema,
  cancelInputSchema,
  findNextInputSchema,
  moveInputSchema,
} from '../../../../../electron/contract';
import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';

/**
 * One hook per thing a user does to the calendar. Each returns the server's Result untouched: the
 * caller shows a SCHEDULE_CONFLICT as a warning to override, and anything else as the refusal it is.
 */
export const useBookAppointment = () => {
  const { run, pending } = usePendingAction((input: z.input<typeof bookInputSchema>) => api.appointments.book(input));
  return { book: run, pending };
};

export const useMoveAppointment = () => {
  const { run, pending } = usePendingAction((input: z.input<typeof moveInputSchema>) => api.appointments.move(input));
  return { move: run, pending };
};

export const useCancelAppointment = () => {
  const { run, pending } = usePendingAction((input: z.input<typeof cancelInputSchema>) =>
    api.appointments.cancel(input),
  );
  return { cancel: run, pending };
};

export const useMarkNoShow = () => {
  const { run, pending } = usePendingAction((appointment: { id: number; version: number }) =>
    api.appointments.setStatus({
      appointmentId: appointment.id,
      expectedVersion: appointment.version,
      status: 'no-show',
    }),
  );
  return { markNoShow: run, pending };
};

export const useFindNextAvailable = () => {
  const { run, pending } = usePendingAction((input: z.input<typeof findNextInputSchema>) =>
    api.appointments.findNext(input),
  );
  return { findNext: run, pending };
};
