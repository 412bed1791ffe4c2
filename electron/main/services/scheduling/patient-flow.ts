import { type ChartStore, repositories, withTransaction } from '../../../../db';
import type { AppointmentDto, AppointmentStatus } from '../../../contract/appointments';
import { ChartroomError } from '../../../contract/errors';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { toAppointmentDto } from './appointment-dto';
import type { StatusInput } from './appointments';
import { activeRoom, staleVersion } from './booking-rules';
import { dateInZone } from './zoned-time';

/**
 * The patient-flow board (issue 5): scheduled → arrived → roomed → with provider → checked out, one
 * step at a time with each step's time stamped; a no-show only once the start has passed; and
 * 'scheduled' to undo an arrival or a no-show marked by mistake. Every change is audited.
 */
const statusWords: Record<AppointmentStatus, string> = {
  scheduled: 'scheduled',
  arrived: 'arrived',
  roomed: 'roomed',
  'with-provider': 'with the provider',
  'checked-out': 'checked out',
  cancelled: 'cancelled',
  'no-show': 'a no-show',
};

/** The status each step comes from. */
const previousStep: Record<StatusInput['status'], readonly AppointmentStatus[]> = {
  arrived: ['scheduled'],
  roomed: ['arrived'],
  'with-provider': ['roomed'],
  'checked-out': ['with-provider'],
  'no-show': ['scheduled'],
  scheduled: ['arrived', 'no-show'],
};

const nextStepFrom: Partial<Record<AppointmentStatus, string>> = {
  scheduled: 'check the patient in (arrived)',
  arrived: 'room the patient',
  roomed: 'mark the patient with the provider',
  'with-provider': 'check the patient out',
};

const refuseStep = (from: AppointmentStatus, to: StatusInput['status']): never => {
  if (from === to) throw new ChartroomError('CONFLICT', `This appointment is already ${statusWords[from]}.`);
  const next = nextStepFrom[from];
  throw new ChartroomError(
    'CONFLICT',
    next
      ? `The patient is ${statusWords[from]}, so the next step is to ${next}, not ${statusWords[to]}.`
      : `This appointment is ${statusWords[from]}; its status cannot change to ${statusWords[to]}.`,
  );
};

/**
 * The event and audit row of one status change, as the board writes them; the synthetic practice
 * writes its visits' trails through here too.
 */
export const statusChangeRecord = (
  from: AppointmentStatus,
  to: StatusInput['status'],
  {
    room,
    insuranceConfirmed,
  }: { room?: { id: number; name: string } | undefined; insuranceConfirmed?: boolean | undefined },
) => {
  const noShow = to === 'no-show';
  return {
    event: {
      action: noShow ? 'no-show' : 'status',
      detail: {
        from,
        to,
        ...(room ? { roomId: room.id } : {}),
        ...(to === 'arrived' ? { insuranceConfirmed: insuranceConfirmed ?? false } : {}),
      },
    },
    audit: noShow ? ('appointment.no-show' as const) : ('appointment.status' as const),
    auditDetail: [
      `${from} → ${to}`,
      room ? `room=${room.name}` : '',
      to === 'arrived' ? `insurance confirmed: ${insuranceConfirmed ? 'yes' : 'no'}` : '',
    ]
      .filter(Boolean)
      .join('; '),
  };
};

export const changeStatus = (
  store: ChartStore,
  zone: string,
  actor: Actor,
  input: StatusInput,
  clock: Date,
): AppointmentDto =>
  withTransaction(store, () => {
    const db = store.db;
    const row = repositories.appointments.getAppointment(db, input.appointmentId);
    if (!row) throw new ChartroomError('NOT_FOUND', 'That appointment does not exist. Refresh the board.');
    if (row.version !== input.expectedVersion) throw staleVersion();
    if (!previousStep[input.status].includes(row.status)) refuseStep(row.status, input.status);

    const now = clock.toISOString();
    const today = dateInZone(zone, clock);
    if (input.status === 'arrived' && row.localDate !== today) {
      throw new ChartroomError(
        'CONFLICT',
        `This appointment is on ${row.localDate}, not today (${today}). Check in today's appointment, or move this one to today first.`,
      );
    }
    if (input.status === 'no-show' && now < row.startsAt) {
      throw new ChartroomError(
        'CONFLICT',
        'The appointment has not started yet, so the patient cannot be a no-show. Mark it once its start time has passed.',
      );
    }
    if (input.status === 'roomed' && input.roomId === undefined) {
      throw new ChartroomError('BAD_REQUEST', 'Pick the room the patient was taken to.', 'roomId');
    }
    const room = input.status === 'roomed' && input.roomId !== undefined ? activeRoom(db, input.roomId) : undefined;

    const stamps = {
      arrived: { arrivedAt: now, insuranceConfirmed: input.insuranceConfirmed ?? false },
      roomed: { roomedAt: now, roomId: room?.id ?? row.roomId },
      'with-provider': { withProviderAt: now },
      'checked-out': { checkedOutAt: now },
      'no-show': {},
      // Undoing a mistaken arrival clears what the check-in recorded.
      scheduled: { arrivedAt: null, insuranceConfirmed: false },
    }[input.status];
    const updated = repositories.appointments.updateAppointment(db, row.id, row.version, {
      status: input.status,
      ...stamps,
      updatedAt: now,
    });
    if (!updated) throw staleVersion();
    const record = statusChangeRecord(row.status, input.status, {
      room,
      insuranceConfirmed: input.insuranceConfirmed,
    });
    repositories.appointments.insertEvent(db, {
      appointmentId: row.id,
      at: now,
      userId: actor.userId,
      action: record.event.action,
      detail: JSON.stringify(record.event.detail),
    });
    recordAudit(store, {
      ...actor,
      action: record.audit,
      patientId: row.patientId,
      entity: 'appointment',
      entityId: row.id,
      detail: record.auditDetail,
    });
    const current = repositories.appointments.getAppointment(db, row.id);
    if (!current) throw staleVersion();
    return toAppointmentDto(current, zone);
  });
