import { type ChartStore, repositories, withTransaction } from '../../../../db';
import type { AuditAction } from '../../../contract/audit';
import { ChartroomError } from '../../../contract/errors';
import {
  type AppointmentTypeDto,
  type CalendarColour,
  calendarColours,
  type HoursBlock,
  type ProviderScheduleDto,
  type RoomDto,
  type ScheduleSetupDto,
} from '../../../contract/schedule-setup';
import { recordAudit } from '../audit';
import type { Actor } from '../context';
import { practiceZone } from './practice-zone';

type Repo = typeof repositories.scheduleSetup;
type ProviderCandidate = repositories.scheduleSetup.ProviderCandidate;

const isCalendarColour = (value: string): value is CalendarColour =>
  (calendarColours as readonly string[]).includes(value);

/** A provider never set up gets a colour of their own, so two new columns do not look alike. */
const defaultColour = (userId: number): CalendarColour =>
  calendarColours[(userId - 1) % calendarColours.length] ?? 'blue';

/**
 * Bookable means set bookable AND the account is active: a deactivated user is never offered for
 * booking. Before anyone sets them up, physicians are bookable and nurses are not (most practices
 * book nurse visits on a physician's calendar until a nurse schedule is made).
 */
const isBookable = (candidate: ProviderCandidate): boolean =>
  repositories.scheduleSetup.isBookable({ ...candidate, calendarActive: candidate.schedule?.active ?? null });

interface ProviderParts {
  hours: repositories.scheduleSetup.ScheduleHoursRow[];
  daysOff: repositories.scheduleSetup.DayOffRow[];
}

const toProviderDto = (candidate: ProviderCandidate, parts: ProviderParts): ProviderScheduleDto => {
  const colour = candidate.schedule?.colour ?? '';
  return {
    providerId: candidate.userId,
    name: candidate.fullName,
    role: candidate.role,
    active: isBookable(candidate),
    colour: isCalendarColour(colour) ? colour : defaultColour(candidate.userId),
    version: candidate.schedule?.version ?? 0,
    hours: parts.hours
      .filter((block) => block.providerId === candidate.userId)
      .map((block) => ({
        weekday: block.weekday,
        kind: block.kind,
        start: block.start,
        end: block.end,
        label: block.label,
      })),
    daysOff: parts.daysOff
      .filter((day) => day.providerId === candidate.userId)
      .map((day) => ({ id: day.id, firstDay: day.firstDay, lastDay: day.lastDay, reason: day.reason })),
  };
};

const toRoomDto = (row: repositories.scheduleSetup.RoomRow): RoomDto => ({
  id: row.id,
  name: row.name,
  active: row.active,
  version: row.version,
});

const toTypeDto = (row: repositories.scheduleSetup.AppointmentTypeRow, providerIds: number[]): AppointmentTypeDto => ({
  id: row.id,
  name: row.name,
  durationMinutes: row.durationMinutes,
  colour: isCalendarColour(row.colour) ? row.colour : 'gray',
  active: row.active,
  version: row.version,
  providerIds,
});

const changedUnderneath = (what: string) =>
  new ChartroomError(
    'CONFLICT',
    `Someone else changed ${what} after you opened it. Your edits are kept in the form: reload to see theirs, then save again.`,
  );

/** "Mon 08:00–12:00, Mon break 10:00–10:15, ..." — what the audit row says the week became. */
const describeWeek = (hours: readonly HoursBlock[]): string =>
  hours.length === 0
    ? 'no hours'
    : [...hours]
        .sort((a, b) => a.weekday - b.weekday || a.start.localeCompare(b.start))
        .map(
          (block) =>
            `${['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'][block.weekday - 1]} ${block.kind === 'break' ? 'break ' : ''}${block.start}-${block.end}`,
        )
        .join(', ');

/**
 * Schedule setup (issue 5), kept by the office manager: who can be booked and when, rooms, and
 * appointment types. Every write is one transaction with its audit row; providers, rooms and types
 * carry a version so two managers' saves cannot silently overwrite each other. Nothing here is
 * deleted: rooms and types are deactivated, days off are marked removed.
 */
export class ScheduleSetupService {
  readonly #store: () => ChartStore;
  constructor(store: () => ChartStore) {
    this.#store = store;
  }

  #repo(): { store: ChartStore; repo: Repo } {
    return { store: this.#store(), repo: repositories.scheduleSetup };
  }

  read(): ScheduleSetupDto {
    const { store, repo } = this.#repo();
    const parts = { hours: repo.listHours(store.db), daysOff: repo.listDaysOff(store.db) };
    const offeredBy = repo.listTypeProviders(store.db);
    return {
      timeZone: practiceZone(store),
      providers: repo.listProviderCandidates(store.db).map((candidate) => toProviderDto(candidate, parts)),
      rooms: repo.listRooms(store.db).map(toRoomDto),
      types: repo.listTypes(store.db).map((type) =>
        toTypeDto(
          type,
          offeredBy.filter((link) => link.typeId === type.id).map((link) => link.providerId),
        ),
      ),
    };
  }

  saveProvider(
    actor: Actor,
    input: {
      providerId: number;
      expectedVersion: number;
      active: boolean;
      colour: CalendarColour;
      hours: HoursBlock[];
    },
  ): ProviderScheduleDto {
    const { store, repo } = this.#repo();
    return withTransaction(store, () => {
      const candidate = this.#provider(input.providerId);
      if (input.active && !candidate.userActive)
        throw new ChartroomError(
          'BAD_REQUEST',
          `${candidate.fullName}'s account is deactivated, so they cannot be booked. Reactivate the account under Users first.`,
          'active',
        );
      const now = new Date().toISOString();
      const fields = { active: input.active, colour: input.colour, updatedAt: now };
      if (candidate.schedule === null) {
        if (input.expectedVersion !== 0) throw changedUnderneath(`${candidate.fullName}'s schedule`);
        repo.insertProvider(store.db, { userId: input.providerId, ...fields });
      } else if (!repo.updateProvider(store.db, input.providerId, input.expectedVersion, fields)) {
        throw changedUnderneath(`${candidate.fullName}'s schedule`);
      }
      repo.replaceHours(
        store.db,
        input.providerId,
        input.hours.map((block) => ({
          weekday: block.weekday,
          kind: block.kind,
          start: block.start,
          end: block.end,
          label: block.label,
        })),
      );
      this.#audit(actor, 'schedule.provider', 'schedule_provider', input.providerId, [
        input.active ? 'bookable' : 'not bookable',
        input.colour,
        describeWeek(input.hours),
      ]);
      return this.#providerDto(input.providerId);
    });
  }

  addDayOff(
    actor: Actor,
    input: { providerId: number; firstDay: string; lastDay: string; reason: string },
  ): ProviderScheduleDto {
    const { store, repo } = this.#repo();
    return withTransaction(store, () => {
      const candidate = this.#provider(input.providerId);
      const overlapping = repo
        .listDaysOff(store.db)
        .find(
          (day) =>
            day.providerId === input.providerId && day.firstDay <= input.lastDay && input.firstDay <= day.lastDay,
        );
      if (overlapping)
        throw new ChartroomError(
          'CONFLICT',
          `${candidate.fullName} is already off ${overlapping.firstDay === overlapping.lastDay ? `on ${overlapping.firstDay}` : `from ${overlapping.firstDay} to ${overlapping.lastDay}`}. Remove that entry first or pick other days.`,
          'firstDay',
        );
      const now = new Date().toISOString();
      this.#ensureProviderRow(candidate, now);
      const day = repo.insertDayOff(store.db, {
        providerId: input.providerId,
        firstDay: input.firstDay,
        lastDay: input.lastDay,
        reason: input.reason,
        createdAt: now,
      });
      repo.touchProvider(store.db, input.providerId, now);
      this.#audit(actor, 'schedule.day-off', 'schedule_day_off', day.id, [
        `added for provider ${input.providerId}`,
        `${input.firstDay} to ${input.lastDay}`,
        input.reason,
      ]);
      return this.#providerDto(input.providerId);
    });
  }

  removeDayOff(actor: Actor, input: { providerId: number; dayOffId: number }): ProviderScheduleDto {
    const { store, repo } = this.#repo();
    return withTransaction(store, () => {
      this.#provider(input.providerId);
      const day = repo.getDayOff(store.db, input.dayOffId);
      // A day off of another provider is refused as missing: the form named the wrong provider.
      if (!day || day.providerId !== input.providerId || day.removed)
        throw new ChartroomError('NOT_FOUND', 'This day off is no longer on the schedule. Reload the page.');
      repo.markDayOffRemoved(store.db, day.id);
      repo.touchProvider(store.db, input.providerId, new Date().toISOString());
      this.#audit(actor, 'schedule.day-off', 'schedule_day_off', day.id, [
        `removed for provider ${input.providerId}`,
        `${day.firstDay} to ${day.lastDay}`,
      ]);
      return this.#providerDto(input.providerId);
    });
  }

  saveRoom(
    actor: Actor,
    input: { roomId: number | null; expectedVersion: number | null; name: string; active: boolean },
  ): RoomDto {
    const { store, repo } = this.#repo();
    return withTransaction(store, () => {
      const sameName = repo.findRoomByName(store.db, input.name);
      if (sameName && sameName.id !== input.roomId)
        throw new ChartroomError(
          'CONFLICT',
          `There is already a room named "${sameName.name}"${sameName.active ? '' : ' (not in use)'}. Pick another name${sameName.active ? '' : ', or put that room back in use'}.`,
          'name',
        );
      const now = new Date().toISOString();
      let row: repositories.scheduleSetup.RoomRow | undefined;
      if (input.roomId === null) {
        row = repo.insertRoom(store.db, { name: input.name, active: input.active, createdAt: now, updatedAt: now });
      } else {
        if (!repo.getRoom(store.db, input.roomId))
          throw new ChartroomError('NOT_FOUND', 'This room is no longer on the list. Reload the page.');
        row = repo.updateRoom(store.db, input.roomId, input.expectedVersion ?? 0, {
          name: input.name,
          active: input.active,
          updatedAt: now,
        });
        if (!row) throw changedUnderneath('this room');
      }
      this.#audit(actor, 'schedule.room', 'room', row.id, [
        input.roomId === null ? 'added' : 'changed',
        row.name,
        row.active ? 'in use' : 'not in use',
      ]);
      return toRoomDto(row);
    });
  }

  saveType(
    actor: Actor,
    input: {
      typeId: number | null;
      expectedVersion: number | null;
      name: string;
      durationMinutes: number;
      colour: CalendarColour;
      providerIds: number[];
      active: boolean;
    },
  ): AppointmentTypeDto {
    const { store, repo } = this.#repo();
    return withTransaction(store, () => {
      const sameName = repo.findTypeByName(store.db, input.name);
      if (sameName && sameName.id !== input.typeId)
        throw new ChartroomError(
          'CONFLICT',
          `There is already an appointment type named "${sameName.name}"${sameName.active ? '' : ' (turned off)'}. Pick another name.`,
          'name',
        );
      const providerIds = [...input.providerIds].sort((a, b) => a - b);
      for (const providerId of providerIds) {
        const candidate = repo.getProviderCandidate(store.db, providerId);
        if (!candidate)
          throw new ChartroomError(
            'BAD_REQUEST',
            'One of the providers picked is not a physician or nurse on the schedule. Reload the page and pick again.',
            'providerIds',
          );
      }
      const now = new Date().toISOString();
      const fields = {
        name: input.name,
        durationMinutes: input.durationMinutes,
        colour: input.colour,
        active: input.active,
        updatedAt: now,
      };
      let row: repositories.scheduleSetup.AppointmentTypeRow | undefined;
      if (input.typeId === null) {
        row = repo.insertType(store.db, { ...fields, createdAt: now });
      } else {
        if (!repo.getType(store.db, input.typeId))
          throw new ChartroomError('NOT_FOUND', 'This appointment type is no longer on the list. Reload the page.');
        row = repo.updateType(store.db, input.typeId, input.expectedVersion ?? 0, fields);
        if (!row) throw changedUnderneath('this appointment type');
      }
      repo.replaceTypeProviders(store.db, row.id, providerIds);
      this.#audit(actor, 'schedule.type', 'appointment_type', row.id, [
        input.typeId === null ? 'added' : 'changed',
        row.name,
        `${row.durationMinutes} min`,
        row.colour,
        `providers ${providerIds.join(' ') || 'none'}`,
        row.active ? 'active' : 'turned off',
      ]);
      return toTypeDto(row, providerIds);
    });
  }

  #provider(providerId: number): ProviderCandidate {
    const candidate = repositories.scheduleSetup.getProviderCandidate(this.#store().db, providerId);
    if (!candidate)
      throw new ChartroomError(
        'NOT_FOUND',
        'That person is not a provider on the schedule: only active physicians and nurses can be set up. Reload the page.',
      );
    return candidate;
  }

  /** Days off can be added before the hours are saved: the provider's row is made then, bookable as shown. */
  #ensureProviderRow(candidate: ProviderCandidate, now: string): void {
    if (candidate.schedule) return;
    repositories.scheduleSetup.insertProvider(this.#store().db, {
      userId: candidate.userId,
      active: isBookable(candidate),
      colour: defaultColour(candidate.userId),
      updatedAt: now,
    });
  }

  #providerDto(providerId: number): ProviderScheduleDto {
    const store = this.#store();
    const repo = repositories.scheduleSetup;
    return toProviderDto(this.#provider(providerId), {
      hours: repo.listHours(store.db).filter((block) => block.providerId === providerId),
      daysOff: repo.listDaysOff(store.db).filter((day) => day.providerId === providerId),
    });
  }

  #audit(actor: Actor, action: AuditAction, entity: string, entityId: number, detail: string[]): void {
    recordAudit(this.#store(), {
      ...actor,
      action,
      entity,
      entityId,
      detail: detail.filter((part) => part !== '').join('; '),
    });
  }
}
