import { type ChartDb, repositories } from '../../../../db';
import { ChartroomError } from '../../../contract/errors';
import type { ResolvedSlot, SlotConflict } from './slot-conflicts';

/**
 * The checks every booking and move makes before it looks at the calendar: the patient, provider,
 * type and room must exist and be usable. Each refusal names what to pick instead.
 */

export const assertPatientExists = (db: ChartDb, patientId: number): void => {
  if (!repositories.patients.getPatient(db, patientId)) {
    throw new ChartroomError(
      'NOT_FOUND',
      'That patient is not in Chartroom. Search for the patient again, or register them first.',
      'patientId',
    );
  }
};

export const bookableProvider = (db: ChartDb, providerId: number): repositories.appointments.ProviderRow => {
  const provider = repositories.appointments.getProvider(db, providerId);
  if (!provider?.hasCalendar) {
    throw new ChartroomError(
      'NOT_FOUND',
      'That provider has no calendar in Chartroom. Pick a provider from the schedule.',
      'slot.providerId',
    );
  }
  if (!provider.bookable) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `${provider.fullName} cannot be booked: the account is deactivated or the calendar is switched off. Pick another provider, or ask the office manager to switch the calendar on in Schedule setup.`,
      'slot.providerId',
    );
  }
  return provider;
};

export const offeredType = (
  db: ChartDb,
  typeId: number,
  provider: { userId: number; fullName: string },
): repositories.scheduleSetup.AppointmentTypeRow => {
  const type = repositories.scheduleSetup.getType(db, typeId);
  if (!type) {
    throw new ChartroomError('NOT_FOUND', 'That appointment type does not exist. Pick one from the list.', 'typeId');
  }
  if (!type.active) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `${type.name} appointments are no longer offered. Pick another appointment type.`,
      'typeId',
    );
  }
  if (!repositories.appointments.listTypeProviderIds(db, typeId).includes(provider.userId)) {
    throw new ChartroomError(
      'BAD_REQUEST',
      `${provider.fullName} does not offer ${type.name} appointments. Pick another type or another provider.`,
      'typeId',
    );
  }
  return type;
};

export const activeRoom = (db: ChartDb, roomId: number): repositories.scheduleSetup.RoomRow => {
  const room = repositories.scheduleSetup.getRoom(db, roomId);
  if (!room) throw new ChartroomError('NOT_FOUND', 'That room does not exist. Pick one from the list.', 'roomId');
  if (!room.active) {
    throw new ChartroomError('BAD_REQUEST', `${room.name} is no longer in use. Pick another room.`, 'roomId');
  }
  return room;
};

/**
 * Refuses a booking or move over warnings unless the user gave a reason. A single slot lists its
 * warnings; a series names the date of each occurrence that has any, so all of them are seen at once.
 */
export const refuseUnlessOverridden = (
  checked: { slot: ResolvedSlot; conflicts: SlotConflict[] }[],
  override: { reason: string } | undefined,
  verb: 'book' | 'move it',
): void => {
  const withConflicts = checked.filter((entry) => entry.conflicts.length > 0);
  if (withConflicts.length === 0 || override) return;
  const describe = (conflicts: SlotConflict[]) => conflicts.map((conflict) => conflict.message).join(' ');
  const body =
    checked.length === 1
      ? describe(withConflicts[0]?.conflicts ?? [])
      : withConflicts.map((entry) => `On ${entry.slot.localDate}: ${describe(entry.conflicts)}`).join(' ');
  throw new ChartroomError('SCHEDULE_CONFLICT', `${body} Give a reason to ${verb} anyway.`);
};

export const staleVersion = (noun = 'This appointment') =>
  new ChartroomError(
    'CONFLICT',
    `${noun} was changed on another workstation while you had it open. Your change was not saved; look at it again and repeat the change if it still applies.`,
  );
