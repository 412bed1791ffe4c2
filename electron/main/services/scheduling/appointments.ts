import type { z } from 'zod';
import { type ChartStore, repositories, withTransaction } from '../../../../db';
import type {
  AppointmentDto,
  bookInputSchema,
  cancelInputSchema,
  dayInputSchema,
  findNextInputSchema,
  monthInputSchema,
  moveInputSchema,
  statusInputSchema,
} from '../../../contract/appointments';
import { ChartroomError } from '../../../contract/errors';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { toAppointmentDto } from './appointment-dto';
import {
  activeRoom,
  assertPatientExists,
  bookableProvider,
  offeredType,
  refuseUnlessOverridden,
} from './booking-rules';
import { findNextSlot } from './find-next';
import { changeStatus } from './patient-flow';
import { practiceZone } from './practice-zone';
import { occurrenceDates } from './recurrence';
import { cancelAppointment, moveAppointment } from './series-edits';
import { adjustmentNotice, findSlotConflicts, resolveSlot, type SlotConflict } from './slot-conflicts';
import { addDays, dateInZone, monthRange, startOfDay } from './zoned-time';

export type BookInput = z.output<typeof bookInputSchema>;
export type MoveInput = z.output<typeof moveInputSchema>;
export type CancelInput = z.output<typeof cancelInputSchema>;
export type StatusInput = z.output<typeof statusInputSchema>;

/** What a booking, move or cancellation changed, and anything the user should be told about it. */
export interface AppointmentChange {
  appointments: AppointmentDto[];
  notices: string[];
}

/** A booked appointment's event detail; the synthetic practice books through here too. */
export const bookingEvent = (
  slot: { startsAt: string; endsAt: string },
  providerId: number,
  {
    series,
    conflicts,
  }: {
    series?: { seriesId: number; seriesIndex: number } | undefined;
    conflicts?: { kinds: SlotConflict['kind'][]; override: string | undefined } | undefined;
  } = {},
) => ({
  startsAt: slot.startsAt,
  endsAt: slot.endsAt,
  providerId,
  ...series,
  ...(conflicts ? { conflicts: conflicts.kinds, override: conflicts.override } : {}),
});

/** A booking's audit detail: its first slot, the series' length, the reason conflicts were overridden. */
export const bookingAuditDetail = (
  first: { localDate: string; start: string; end: string } | undefined,
  providerId: number,
  typeId: number,
  {
    seriesLength,
    override,
  }: { seriesLength?: number | undefined; override?: { reason: string | undefined } | undefined } = {},
) =>
  [
    `${first?.localDate} ${first?.start}–${first?.end} provider=${providerId} type=${typeId}`,
    seriesLength !== undefined ? `series of ${seriesLength}` : '',
    override ? `override: ${override.reason}` : '',
  ]
    .filter(Boolean)
    .join('; ');

/**
 * Appointments (issue 5): the calendar's reads, and every write in one IMMEDIATE transaction with
 * its appointment_events rows and its audit row. Conflicts are computed inside that transaction.
 */
export class AppointmentService {
  readonly #store: () => ChartStore;
  readonly #now: () => Date;

  constructor(store: () => ChartStore, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#now = now;
  }

  /** The day or week view: appointments overlapping the days, cancelled ones included (shown struck through). */
  day(input: z.output<typeof dayInputSchema>): { timeZone: string; appointments: AppointmentDto[] } {
    const store = this.#store();
    const zone = practiceZone(store);
    const lastDate = addDays(input.date, input.days - 1);
    const rows = repositories.appointments.listInRange(store.db, {
      // A day wider on each side: an appointment can start the evening before and run past midnight,
      // and local_date was computed in the zone the practice had when it was booked.
      fromDate: addDays(input.date, -1),
      toDate: addDays(lastDate, 1),
      fromInstant: startOfDay(zone, input.date),
      toInstant: startOfDay(zone, addDays(input.date, input.days)),
      ...(input.providerIds ? { providerIds: input.providerIds } : {}),
    });
    return { timeZone: zone, appointments: rows.map((row) => toAppointmentDto(row, zone)) };
  }

  /** The month overview: counts per day and provider, cancelled appointments not counted. */
  month(input: z.output<typeof monthInputSchema>): { date: string; providerId: number; count: number }[] {
    const store = this.#store();
    const { first, next } = monthRange(input.month);
    return repositories.appointments.countByDay(store.db, {
      fromDate: first,
      toDateExclusive: next,
      ...(input.providerIds ? { providerIds: input.providerIds } : {}),
    });
  }

  get(appointmentId: number): AppointmentDto {
    const store = this.#store();
    const row = repositories.appointments.getAppointment(store.db, appointmentId);
    if (!row) throw new ChartroomError('NOT_FOUND', 'That appointment does not exist. Refresh the calendar.');
    return toAppointmentDto(row, practiceZone(store));
  }

  /** The chart's view: the next visit still on the books, and every appointment newest first. */
  forPatient(patientId: number): { next: AppointmentDto | null; history: AppointmentDto[] } {
    const store = this.#store();
    assertPatientExists(store.db, patientId);
    const zone = practiceZone(store);
    const history = repositories.appointments
      .listForPatient(store.db, patientId)
      .map((row) => toAppointmentDto(row, zone));
    const now = this.#now().toISOString();
    const upcoming = history.filter(
      (appointment) =>
        appointment.startsAt >= now && !['cancelled', 'no-show', 'checked-out'].includes(appointment.status),
    );
    return { next: upcoming.at(-1) ?? null, history };
  }

  /** One appointment, or a series with all its occurrences; every occurrence checked, all warnings reported. */
  book(actor: Actor, input: BookInput): AppointmentChange {
    const store = this.#store();
    const zone = practiceZone(store);
    return withTransaction(store, () => {
      const db = store.db;
      assertPatientExists(db, input.patientId);
      const provider = bookableProvider(db, input.slot.providerId);
      const type = offeredType(db, input.typeId, provider);
      if (input.roomId !== undefined) activeRoom(db, input.roomId);

      const dates = input.recurrence ? occurrenceDates(input.slot.date, input.recurrence) : [input.slot.date];
      const checked = dates.map((date) => {
        const slot = resolveSlot(zone, { ...input.slot, date });
        return { requested: date, slot, conflicts: findSlotConflicts(db, zone, provider, slot) };
      });
      refuseUnlessOverridden(checked, input.override, 'book');

      const now = this.#now().toISOString();
      const series = input.recurrence
        ? repositories.appointments.insertSeries(db, {
            patientId: input.patientId,
            intervalWeeks: input.recurrence.intervalWeeks,
            weekdays: JSON.stringify([...new Set(input.recurrence.weekdays)].sort((a, b) => a - b)),
            localStart: input.slot.start,
            durationMinutes: input.slot.durationMinutes,
            firstDay: dates[0] ?? input.slot.date,
            lastDay: input.recurrence.until ?? null,
            occurrenceCount: input.recurrence.count ?? null,
            splitFromSeriesId: null,
            createdAt: now,
          })
        : undefined;
      const ids = checked.map(({ slot, conflicts }, index) => {
        const row = repositories.appointments.insertAppointment(db, {
          patientId: input.patientId,
          providerId: provider.userId,
          typeId: type.id,
          roomId: input.roomId ?? null,
          startsAt: slot.startsAt,
          endsAt: slot.endsAt,
          localDate: slot.localDate,
          seriesId: series?.id ?? null,
          seriesIndex: series ? index + 1 : null,
          status: 'scheduled',
          reason: input.reason,
          overrideReason: conflicts.length > 0 ? (input.override?.reason ?? '') : '',
          doubleBooked: conflicts.some((conflict) => conflict.kind === 'overlap'),
          createdBy: actor.userId,
          createdAt: now,
          updatedAt: now,
        });
        repositories.appointments.insertEvent(db, {
          appointmentId: row.id,
          at: now,
          userId: actor.userId,
          action: 'book',
          detail: JSON.stringify(
            bookingEvent(slot, provider.userId, {
              series: series ? { seriesId: series.id, seriesIndex: index + 1 } : undefined,
              conflicts:
                conflicts.length > 0
                  ? { kinds: conflicts.map((c) => c.kind), override: input.override?.reason }
                  : undefined,
            }),
          ),
        });
        return row.id;
      });

      const first = checked[0]?.slot;
      recordAudit(store, {
        ...actor,
        action: 'appointment.book',
        patientId: input.patientId,
        entity: series ? 'appointment_series' : 'appointment',
        entityId: series?.id ?? ids[0],
        detail: bookingAuditDetail(first, provider.userId, type.id, {
          seriesLength: series ? ids.length : undefined,
          override: checked.some((entry) => entry.conflicts.length > 0)
            ? { reason: input.override?.reason }
            : undefined,
        }),
      });

      const notices = checked
        .map(({ requested, slot }) => adjustmentNotice({ date: requested, start: input.slot.start }, slot))
        .filter((notice): notice is string => notice !== null);
      return {
        appointments: repositories.appointments.listByIds(db, ids).map((row) => toAppointmentDto(row, zone)),
        notices,
      };
    });
  }

  move(actor: Actor, input: MoveInput): AppointmentChange {
    const store = this.#store();
    return moveAppointment(store, practiceZone(store), actor, input, this.#now());
  }

  cancel(actor: Actor, input: CancelInput): AppointmentChange {
    const store = this.#store();
    return cancelAppointment(store, practiceZone(store), actor, input, this.#now());
  }

  setStatus(actor: Actor, input: StatusInput): AppointmentDto {
    const store = this.#store();
    return changeStatus(store, practiceZone(store), actor, input, this.#now());
  }

  findNext(input: z.output<typeof findNextInputSchema>) {
    const store = this.#store();
    const zone = practiceZone(store);
    const now = this.#now();
    return findNextSlot(store.db, zone, input, { now, today: dateInZone(zone, now) });
  }
}
