import { type ChartDb, type ChartStore, repositories, withTransaction } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { toAppointmentDto } from './appointment-dto';
import type { AppointmentChange, CancelInput, MoveInput } from './appointments';
import { bookableProvider, offeredType, refuseUnlessOverridden, staleVersion } from './booking-rules';
import { occurrencesFrom, type SeriesPlacement, splitSeriesAt } from './series-split';
import { adjustmentNotice, findSlotConflicts, resolveSlot } from './slot-conflicts';
import { addDays, daysBetween } from './zoned-time';

type ListedAppointment = repositories.appointments.ListedAppointment;

/**
 * Moving (drag, resize) and cancelling, for one appointment or for it and the rest of its series.
 * "This one" changes one row. "This and following" splits the series at the occurrence
 * (series-split.ts) and changes only the occurrences that are still booked; the others move to the
 * new series untouched, so every occurrence is still there, in exactly one series.
 */

const loadCurrent = (db: ChartDb, appointmentId: number, expectedVersion: number): ListedAppointment => {
  const row = repositories.appointments.getAppointment(db, appointmentId);
  if (!row) throw new ChartroomError('NOT_FOUND', 'That appointment does not exist. Refresh the calendar.');
  if (row.version !== expectedVersion) throw staleVersion();
  return row;
};

const refuseFinished = (row: ListedAppointment, doing: 'moved' | 'cancelled'): void => {
  if (row.status === 'checked-out') {
    throw new ChartroomError(
      'CONFLICT',
      `This visit is checked out, so it cannot be ${doing}: it records when the patient was seen. Book a new appointment instead.`,
    );
  }
  if (row.status === 'cancelled') {
    throw new ChartroomError(
      'CONFLICT',
      doing === 'cancelled'
        ? 'This appointment is already cancelled.'
        : 'This appointment was cancelled, so it cannot be moved. Book a new one instead.',
    );
  }
  if (row.status === 'no-show') {
    throw new ChartroomError(
      'CONFLICT',
      `This appointment was marked as a no-show, so it cannot be ${doing}. Book a new one instead.`,
    );
  }
};

/** The rows a scope touches: the appointment itself, and with 'following' the later occurrences still booked. */
const rowsInScope = (db: ChartDb, target: ListedAppointment, scope: 'this' | 'following') => {
  const splitting = scope === 'following' && target.seriesId !== null;
  const members = splitting ? occurrencesFrom(db, target) : [target];
  return {
    splitting,
    members,
    changing: members.filter((row) => row.id === target.id || row.status === 'scheduled'),
  };
};

const placeInSeries = (placement: SeriesPlacement | null, row: ListedAppointment) =>
  placement ? { seriesId: placement.seriesId, seriesIndex: placement.indexOf.get(row.id) ?? row.seriesIndex } : {};

/** Gives the occurrences a split carried over unchanged (cancelled, already seen) their new series. */
const reassignUnchanged = (
  db: ChartDb,
  actor: Actor,
  members: ListedAppointment[],
  changedIds: Set<number>,
  placement: SeriesPlacement | null,
  now: string,
): void => {
  if (!placement?.splitFrom) return;
  for (const row of members) {
    if (changedIds.has(row.id)) continue;
    const updated = repositories.appointments.updateAppointment(db, row.id, row.version, {
      ...placeInSeries(placement, row),
      updatedAt: now,
    });
    if (!updated) throw staleVersion('An appointment of this series');
    repositories.appointments.insertEvent(db, {
      appointmentId: row.id,
      at: now,
      userId: actor.userId,
      action: 'series-split',
      detail: JSON.stringify({ fromSeriesId: placement.splitFrom, toSeriesId: placement.seriesId }),
    });
  }
};

export const moveAppointment = (
  store: ChartStore,
  zone: string,
  actor: Actor,
  input: MoveInput,
  clock: Date,
): AppointmentChange =>
  withTransaction(store, () => {
    const db = store.db;
    const target = loadCurrent(db, input.appointmentId, input.expectedVersion);
    refuseFinished(target, 'moved');
    const provider = bookableProvider(db, input.slot.providerId);
    offeredType(db, target.typeId, provider);

    const { splitting, members, changing } = rowsInScope(db, target, input.scope);
    const dayShift = daysBetween(target.localDate, input.slot.date);
    const changingIds = changing.map((row) => row.id);
    const targetSlot = resolveSlot(zone, input.slot);
    const checked = changing.map((row) => {
      const requested = row.id === target.id ? input.slot.date : addDays(row.localDate, dayShift);
      const slot = row.id === target.id ? targetSlot : resolveSlot(zone, { ...input.slot, date: requested });
      return { row, requested, slot, conflicts: findSlotConflicts(db, zone, provider, slot, changingIds) };
    });
    refuseUnlessOverridden(checked, input.override, 'move it');

    const now = clock.toISOString();
    const placement = splitting
      ? splitSeriesAt(db, target, {
          dayShift,
          localStart: input.slot.start,
          durationMinutes: input.slot.durationMinutes,
          newFirstDay: input.slot.date,
          createdAt: now,
        })
      : null;
    for (const { row, slot, conflicts } of checked) {
      const updated = repositories.appointments.updateAppointment(db, row.id, row.version, {
        providerId: provider.userId,
        startsAt: slot.startsAt,
        endsAt: slot.endsAt,
        localDate: slot.localDate,
        overrideReason: conflicts.length > 0 ? (input.override?.reason ?? '') : '',
        doubleBooked: conflicts.some((conflict) => conflict.kind === 'overlap'),
        ...placeInSeries(placement, row),
        updatedAt: now,
      });
      if (!updated) throw staleVersion('An appointment of this series');
      repositories.appointments.insertEvent(db, {
        appointmentId: row.id,
        at: now,
        userId: actor.userId,
        action: 'move',
        detail: JSON.stringify({
          from: { startsAt: row.startsAt, endsAt: row.endsAt, providerId: row.providerId },
          to: { startsAt: slot.startsAt, endsAt: slot.endsAt, providerId: provider.userId },
          scope: input.scope,
          ...(placement?.splitFrom ? { fromSeriesId: placement.splitFrom, toSeriesId: placement.seriesId } : {}),
          ...(conflicts.length > 0
            ? { conflicts: conflicts.map((c) => c.kind), override: input.override?.reason }
            : {}),
        }),
      });
    }
    reassignUnchanged(db, actor, members, new Set(changingIds), placement, now);

    recordAudit(store, {
      ...actor,
      action: 'appointment.move',
      patientId: target.patientId,
      entity: 'appointment',
      entityId: target.id,
      detail: [
        `${target.localDate} → ${targetSlot.localDate} ${targetSlot.start}–${targetSlot.end} provider=${provider.userId}`,
        splitting ? `this and following (${changing.length} moved)` : '',
        checked.some((entry) => entry.conflicts.length > 0) ? `override: ${input.override?.reason}` : '',
      ]
        .filter(Boolean)
        .join('; '),
    });
    return {
      appointments: repositories.appointments
        .listByIds(
          db,
          members.map((row) => row.id),
        )
        .map((row) => toAppointmentDto(row, zone)),
      notices: checked
        .map(({ requested, slot }) => adjustmentNotice({ date: requested, start: input.slot.start }, slot))
        .filter((notice): notice is string => notice !== null),
    };
  });

export const cancelAppointment = (
  store: ChartStore,
  zone: string,
  actor: Actor,
  input: CancelInput,
  clock: Date,
): AppointmentChange =>
  withTransaction(store, () => {
    const db = store.db;
    const target = loadCurrent(db, input.appointmentId, input.expectedVersion);
    refuseFinished(target, 'cancelled');
    const { splitting, members, changing } = rowsInScope(db, target, input.scope);

    const now = clock.toISOString();
    const placement = splitting
      ? splitSeriesAt(db, target, { dayShift: 0, newFirstDay: target.localDate, createdAt: now })
      : null;
    for (const row of changing) {
      const updated = repositories.appointments.updateAppointment(db, row.id, row.version, {
        status: 'cancelled',
        cancelReason: input.reason,
        ...placeInSeries(placement, row),
        updatedAt: now,
      });
      if (!updated) throw staleVersion('An appointment of this series');
      repositories.appointments.insertEvent(db, {
        appointmentId: row.id,
        at: now,
        userId: actor.userId,
        action: 'cancel',
        detail: JSON.stringify({
          from: row.status,
          reason: input.reason,
          scope: input.scope,
          ...(placement?.splitFrom ? { fromSeriesId: placement.splitFrom, toSeriesId: placement.seriesId } : {}),
        }),
      });
    }
    reassignUnchanged(db, actor, members, new Set(changing.map((row) => row.id)), placement, now);

    recordAudit(store, {
      ...actor,
      action: 'appointment.cancel',
      patientId: target.patientId,
      entity: 'appointment',
      entityId: target.id,
      detail: [
        `${target.localDate} provider=${target.providerId}`,
        splitting ? `this and following (${changing.length} cancelled)` : '',
        `reason: ${input.reason}`,
      ]
        .filter(Boolean)
        .join('; '),
    });
    return {
      appointments: repositories.appointments
        .listByIds(
          db,
          members.map((row) => row.id),
        )
        .map((row) => toAppointmentDto(row, zone)),
      notices: [],
    };
  });
