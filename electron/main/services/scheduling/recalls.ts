import { Temporal } from 'temporal-polyfill';
import { type ChartStore, repositories, withTransaction } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { RecallDto, RecallDue, RecallListDto, RecallStatus, SetRecallInput } from '../../../contract/recalls';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { patientDisplayName } from './appointment-dto';
import { practiceZone } from './practice-zone';
import { addDays, dateInZone, daysBetween } from './zoned-time';

/** At most this many recalls in one list: a call list longer than this is narrowed by date or provider. */
export const recallListLimit = 500;

/**
 * The due date of "in N weeks/months" from a day. Months keep the day of the month where it exists
 * and otherwise take the month's last day (31 January + 1 month = 28 or 29 February), as a person
 * counting on a calendar would.
 */
export const dueDateFrom = (today: string, due: RecallDue): string =>
  due.kind === 'on'
    ? due.date
    : Temporal.PlainDate.from(today)
        .add(due.unit === 'weeks' ? { weeks: due.count } : { months: due.count }, { overflow: 'constrain' })
        .toString();

/** A provider the patient can be recalled to: an active account, not taken off the schedule. */
const isActiveProvider = (db: ChartStore['db'], providerId: number): boolean => {
  const candidate = repositories.scheduleSetup.getProviderCandidate(db, providerId);
  return candidate?.userActive === true && candidate.schedule?.active !== false;
};

const statusWords: Record<RecallStatus, string> = {
  open: 'open again',
  booked: 'booked',
  done: 'done',
  cancelled: 'cancelled',
};

const toDto = (row: repositories.recalls.RecallViewRow, asOf: string): RecallDto => ({
  id: row.recall.id,
  version: row.recall.version,
  patientId: row.recall.patientId,
  patientName: patientDisplayName(row),
  patientMrn: row.patientMrn,
  patientBirthDate: row.patientBirthDate,
  phones: { mobile: row.mobilePhone, home: row.homePhone, work: row.workPhone },
  dueDate: row.recall.dueDate,
  daysOverdue: daysBetween(row.recall.dueDate, asOf),
  reason: row.recall.reason,
  providerId: row.recall.providerId,
  providerName: row.providerName ?? '',
  status: row.recall.status,
  sourceAppointmentId: row.recall.sourceAppointmentId,
  createdBy: row.createdBy,
  createdAt: row.recall.createdAt,
});

/**
 * Recalls (issue 5): set at checkout ("recall in 3 months for a diabetes review"), listed when due as
 * the front desk's call list, and marked booked, done or cancelled. Never deleted.
 */
export class RecallService {
  readonly #store: () => ChartStore;
  readonly #now: () => Date;
  constructor(store: () => ChartStore, now: () => Date = () => new Date()) {
    this.#store = store;
    this.#now = now;
  }

  #today(store: ChartStore): { today: string; zone: string } {
    const zone = practiceZone(store);
    return { today: dateInZone(zone, this.#now()), zone };
  }

  set(actor: Actor, input: SetRecallInput): RecallDto {
    const store = this.#store();
    const db = store.db;
    return withTransaction(store, () => {
      if (!repositories.patients.getPatient(db, input.patientId)) {
        throw new ChartroomError('NOT_FOUND', 'This patient was not found. Search again.', 'patientId');
      }
      if (input.providerId !== undefined && !isActiveProvider(db, input.providerId)) {
        throw new ChartroomError(
          'BAD_REQUEST',
          'This provider is not on the schedule or was deactivated. Pick another provider, or none.',
          'providerId',
        );
      }
      if (input.sourceAppointmentId !== undefined) {
        const owner = repositories.recalls.appointmentPatientId(db, input.sourceAppointmentId);
        if (owner === undefined) {
          throw new ChartroomError('NOT_FOUND', 'The visit this recall was set from was not found. Reload the page.');
        }
        if (owner !== input.patientId) {
          throw new ChartroomError(
            'BAD_REQUEST',
            "That visit belongs to another patient; nothing was saved. Set the recall from this patient's own visit.",
          );
        }
      }
      const { today } = this.#today(store);
      const dueDate = dueDateFrom(today, input.due);
      if (dueDate < today) {
        throw new ChartroomError(
          'BAD_REQUEST',
          `The due date ${dueDate} is in the past. Pick today or a later day.`,
          'due.date',
        );
      }
      const now = this.#now().toISOString();
      const row = repositories.recalls.insertRecall(db, {
        patientId: input.patientId,
        providerId: input.providerId ?? null,
        dueDate,
        reason: input.reason,
        status: 'open',
        sourceAppointmentId: input.sourceAppointmentId ?? null,
        createdBy: actor.userId,
        createdAt: now,
        updatedAt: now,
      });
      recordAudit(store, {
        ...actor,
        action: 'recall.set',
        patientId: input.patientId,
        entity: 'recall',
        entityId: row.id,
        detail: `due ${dueDate}${input.sourceAppointmentId ? ` at checkout of appointment ${input.sourceAppointmentId}` : ''}`,
      });
      return this.#view(store, row.id, today);
    });
  }

  update(actor: Actor, input: { recallId: number; expectedVersion: number; status: RecallStatus }): RecallDto {
    const store = this.#store();
    const db = store.db;
    return withTransaction(store, () => {
      const current = repositories.recalls.getRecall(db, input.recallId);
      if (!current) throw new ChartroomError('NOT_FOUND', 'This recall was not found. Reload the list.');
      if (current.version !== input.expectedVersion) {
        throw new ChartroomError(
          'CONFLICT',
          'Someone else changed this recall after you opened the list. Reload the list and try again.',
        );
      }
      if (current.status === input.status) {
        throw new ChartroomError('BAD_REQUEST', `This recall is already ${statusWords[input.status]}.`, 'status');
      }
      const row = repositories.recalls.updateRecallStatus(
        db,
        input.recallId,
        input.expectedVersion,
        input.status,
        this.#now().toISOString(),
      );
      if (!row) throw new ChartroomError('CONFLICT', 'Someone else changed this recall just now. Reload the list.');
      recordAudit(store, {
        ...actor,
        action: 'recall.update',
        patientId: row.patientId,
        entity: 'recall',
        entityId: row.id,
        detail: `${current.status} -> ${row.status}`,
      });
      return this.#view(store, row.id, this.#today(store).today);
    });
  }

  list(filter: {
    asOf?: string | undefined;
    show: 'due' | 'overdue' | 'upcoming';
    upcomingDays: number;
    providerId?: number | undefined;
  }): RecallListDto {
    const store = this.#store();
    const { today, zone } = this.#today(store);
    const asOf = filter.asOf ?? today;
    const query: repositories.recalls.OpenRecallFilter = {
      limit: recallListLimit,
      ...(filter.show === 'overdue' ? { dueBefore: asOf } : {}),
      ...(filter.show === 'due' ? { dueOnOrBefore: asOf } : {}),
      ...(filter.show === 'upcoming' ? { dueOnOrBefore: addDays(asOf, filter.upcomingDays) } : {}),
      ...(filter.providerId === undefined ? {} : { providerId: filter.providerId }),
    };
    const rows = repositories.recalls.listOpenRecalls(store.db, query);
    const truncated =
      rows.length === recallListLimit && repositories.recalls.countOpenRecalls(store.db, query) > rows.length;
    return { asOf, timeZone: zone, recalls: rows.map((row) => toDto(row, asOf)), truncated };
  }

  #view(store: ChartStore, recallId: number, asOf: string): RecallDto {
    const row = repositories.recalls.getRecallView(store.db, recallId);
    if (!row) throw new ChartroomError('NOT_FOUND', 'This recall was not found. Reload the list.');
    return toDto(row, asOf);
  }
}
