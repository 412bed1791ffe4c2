import type { ProcedureName } from '../../contract/procedures';
import { actor, type HandlerTable } from './router';

type AppointmentProcedure = Extract<ProcedureName, `appointments.${string}`>;

/** Appointments (issue 5): thin mappings onto services/scheduling/appointments. */
export const scheduleHandlers: Pick<HandlerTable, AppointmentProcedure> = {
  'appointments.day': (ctx, input) => ctx.services.appointments.day(input),
  'appointments.month': (ctx, input) => ctx.services.appointments.month(input),
  'appointments.get': (ctx, input) => ctx.services.appointments.get(input.appointmentId),
  'appointments.forPatient': (ctx, input) => ctx.services.appointments.forPatient(input.patientId),
  'appointments.book': (ctx, input) => ctx.services.appointments.book(actor(ctx), input),
  'appointments.move': (ctx, input) => ctx.services.appointments.move(actor(ctx), input),
  'appointments.cancel': (ctx, input) => ctx.services.appointments.cancel(actor(ctx), input),
  'appointments.setStatus': (ctx, input) => ctx.services.appointments.setStatus(actor(ctx), input),
  'appointments.findNext': (ctx, input) => ctx.services.appointments.findNext(input),
};
