import type { Appointment } from '@medplum/fhirtypes';
import type { ChartRows } from './chart-rows';
import { type ExportEntry, entryOf, lastUpdated, type MappingContext, present } from './context';

type AppointmentStatus = ChartRows['appointments'][number]['status'];

/** Chartroom's flow states to FHIR's: anyone in the building has arrived; checked out is fulfilled. */
const statuses: Record<AppointmentStatus, Appointment['status']> = {
  scheduled: 'booked',
  arrived: 'arrived',
  roomed: 'arrived',
  'with-provider': 'arrived',
  'checked-out': 'fulfilled',
  cancelled: 'cancelled',
  'no-show': 'noshow',
};

/** Appointments, past and booked, cancelled and no-shows included: they are part of the record. */
export const appointmentEntries = (rows: ChartRows, context: MappingContext): ExportEntry[] =>
  rows.appointments.map((appointment) => {
    const resource: Appointment = {
      resourceType: 'Appointment',
      meta: lastUpdated(appointment.updatedAt),
      status: statuses[appointment.status],
      ...(appointment.cancelReason ? { cancelationReason: { text: appointment.cancelReason } } : {}),
      appointmentType: { text: appointment.typeName },
      description: present(appointment.reason),
      start: appointment.startsAt,
      end: appointment.endsAt,
      created: appointment.createdAt,
      participant: [
        { actor: context.patient, required: 'required', status: 'accepted' },
        { actor: { display: context.userName(appointment.providerId) }, required: 'required', status: 'accepted' },
      ],
    };
    return entryOf(context, 'appointment', appointment.id, resource);
  });
