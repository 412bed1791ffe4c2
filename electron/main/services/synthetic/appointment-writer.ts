import { type ChartStore, repositories, type schema } from '../../../../db';
import type { AuditAction } from '../../../contract/audit';
import type { Actor } from '../context';
import { bookingAuditDetail, bookingEvent } from '../scheduling/appointments';
import { statusChangeRecord } from '../scheduling/patient-flow';
import type { Change, StaffRef } from './chart-plan';
import type { StaffMember, SyntheticStaff } from './chart-writer';

/**
 * A synthetic patient's appointments as booking and the patient-flow board leave them: the row in
 * its final state, the event trail (booked, arrived, roomed, with the provider, checked out; or a
 * no-show, or cancelled with a reason) and an audit row for each step, each by the staff member who
 * would have clicked it.
 */
export interface PlannedAppointment {
  providerId: number;
  typeId: number;
  startsAt: string;
  endsAt: string;
  localDate: string;
  start: string;
  end: string;
  reason: string;
  booked: Change;
  /** What became of it: the steps of a visit that happened, or how it ended without one. */
  outcome:
    | { status: 'scheduled' }
    | { status: 'cancelled'; at: string; reason: string }
    | { status: 'no-show'; at: string }
    | {
        status: 'checked-out';
        arrivedAt: string;
        roomedAt: string;
        withProviderAt: string;
        checkedOutAt: string;
        roomId: number;
        roomName: string;
        insuranceConfirmed: boolean;
        nurse: StaffRef;
      };
}

/** Appointments with the event trail and audit rows booking and the patient-flow board write. */
export const writeAppointments = (
  store: ChartStore,
  patientId: number,
  appointments: readonly PlannedAppointment[],
  staff: SyntheticStaff,
  actorOf: (ref: StaffRef) => StaffMember,
  audit: (at: string, by: Actor, action: AuditAction, entity: string, entityId: number, detail?: string) => void,
): void => {
  const db = store.db;
  const ids = repositories.appointments.insertAppointments(
    db,
    appointments.map((appointment) => {
      const { outcome } = appointment;
      const common = {
        patientId,
        providerId: appointment.providerId,
        typeId: appointment.typeId,
        startsAt: appointment.startsAt,
        endsAt: appointment.endsAt,
        localDate: appointment.localDate,
        reason: appointment.reason,
        createdBy: actorOf(appointment.booked.by).userId,
        createdAt: appointment.booked.at,
      };
      switch (outcome.status) {
        case 'scheduled':
          return { ...common, status: outcome.status, version: 1, updatedAt: appointment.booked.at };
        case 'cancelled':
          return { ...common, status: outcome.status, version: 2, cancelReason: outcome.reason, updatedAt: outcome.at };
        case 'no-show':
          return { ...common, status: outcome.status, version: 2, updatedAt: outcome.at };
        default:
          return {
            ...common,
            status: outcome.status,
            version: 5,
            roomId: outcome.roomId,
            insuranceConfirmed: outcome.insuranceConfirmed,
            arrivedAt: outcome.arrivedAt,
            roomedAt: outcome.roomedAt,
            withProviderAt: outcome.withProviderAt,
            checkedOutAt: outcome.checkedOutAt,
            updatedAt: outcome.checkedOutAt,
          };
      }
    }),
  );
  const events: (typeof schema.appointmentEvents.$inferInsert)[] = [];
  appointments.forEach((appointment, index) => {
    const id = ids[index]!;
    const booker = actorOf(appointment.booked.by);
    const event = (at: string, by: Actor, action: string, detail: Record<string, unknown>) =>
      events.push({ appointmentId: id, at, userId: by.userId, action, detail: JSON.stringify(detail) });
    const step = (at: string, by: Actor, change: ReturnType<typeof statusChangeRecord>) => {
      event(at, by, change.event.action, change.event.detail);
      audit(at, by, change.audit, 'appointment', id, change.auditDetail);
    };
    event(appointment.booked.at, booker, 'book', bookingEvent(appointment, appointment.providerId));
    audit(
      appointment.booked.at,
      booker,
      'appointment.book',
      'appointment',
      id,
      bookingAuditDetail(appointment, appointment.providerId, appointment.typeId),
    );
    const { outcome } = appointment;
    const desk = staff.frontDesk;
    if (outcome.status === 'cancelled') {
      event(outcome.at, desk, 'cancel', { from: 'scheduled', reason: outcome.reason, scope: 'this' });
      audit(
        outcome.at,
        desk,
        'appointment.cancel',
        'appointment',
        id,
        `${appointment.localDate} provider=${appointment.providerId}; reason: ${outcome.reason}`,
      );
    } else if (outcome.status === 'no-show') {
      step(outcome.at, desk, statusChangeRecord('scheduled', 'no-show', {}));
    } else if (outcome.status === 'checked-out') {
      const nurse = actorOf(outcome.nurse);
      const provider = [...staff.physicians, ...staff.nurses].find((p) => p.userId === appointment.providerId) ?? nurse;
      step(
        outcome.arrivedAt,
        desk,
        statusChangeRecord('scheduled', 'arrived', { insuranceConfirmed: outcome.insuranceConfirmed }),
      );
      step(
        outcome.roomedAt,
        nurse,
        statusChangeRecord('arrived', 'roomed', { room: { id: outcome.roomId, name: outcome.roomName } }),
      );
      step(outcome.withProviderAt, provider, statusChangeRecord('roomed', 'with-provider', {}));
      step(outcome.checkedOutAt, desk, statusChangeRecord('with-provider', 'checked-out', {}));
    }
  });
  repositories.appointments.insertEvents(db, events);
};
