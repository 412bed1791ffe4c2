import type { AppointmentDto, AppointmentStatus } from '../../../../electron/contract';

/** The board's columns, in the order a visit moves through them. Cancelled visits and no-shows are not on it. */
export const flowColumns = [
  { status: 'scheduled', title: 'Scheduled' },
  { status: 'arrived', title: 'Arrived' },
  { status: 'roomed', title: 'Roomed' },
  { status: 'with-provider', title: 'With provider' },
  { status: 'checked-out', title: 'Checked out' },
] as const satisfies readonly { status: AppointmentStatus; title: string }[];
export type FlowStatus = (typeof flowColumns)[number]['status'];

export const isOnBoard = (status: AppointmentStatus): status is FlowStatus =>
  flowColumns.some((column) => column.status === status);

/**
 * How long a patient may wait in a status before the board calls them out: 15 minutes in the waiting
 * room after check-in, 20 minutes in an exam room before the provider comes in. Past that, someone
 * should look (and tell the patient). With a provider or checked out, nobody is waiting.
 */
export const waitThresholdMinutes: Partial<Record<FlowStatus, number>> = {
  /** Checked in, still in the waiting room. */
  arrived: 15,
  /** In a room, the provider not yet in. */
  roomed: 20,
};

/** The board reloads and recounts waits this often (another workstation may have moved someone). */
export const refreshMilliseconds = 30_000;

/** When the appointment entered its current status; null before arrival and for statuses off the board. */
export const enteredStatusAt = (appointment: AppointmentDto): string | null => {
  switch (appointment.status) {
    case 'arrived':
      return appointment.arrivedAt;
    case 'roomed':
      return appointment.roomedAt;
    case 'with-provider':
      return appointment.withProviderAt;
    case 'checked-out':
      return appointment.checkedOutAt;
    default:
      return null;
  }
};

/** Whole minutes since the appointment entered its status (never negative), or null when not timed. */
export const minutesInStatus = (appointment: AppointmentDto, now: number): number | null => {
  const since = enteredStatusAt(appointment);
  return since === null ? null : Math.max(0, Math.floor((now - Date.parse(since)) / 60_000));
};

/** True when the patient has waited past the threshold of their status. */
export const waitingTooLong = (appointment: AppointmentDto, now: number): boolean => {
  const threshold = isOnBoard(appointment.status) ? waitThresholdMinutes[appointment.status] : undefined;
  const minutes = minutesInStatus(appointment, now);
  return threshold !== undefined && minutes !== null && minutes >= threshold;
};

/** The step a card's main button takes, and its words. */
export const nextStep: Partial<Record<FlowStatus, { status: Exclude<FlowStatus, 'scheduled'>; label: string }>> = {
  scheduled: { status: 'arrived', label: 'Check in' },
  arrived: { status: 'roomed', label: 'Room' },
  roomed: { status: 'with-provider', label: 'Provider in' },
  'with-provider': { status: 'checked-out', label: 'Check out' },
};

/** Today's board: the visits on it, by column, each column in appointment order. */
export const boardColumns = (
  appointments: readonly AppointmentDto[],
  providerId: number | null,
): Record<FlowStatus, AppointmentDto[]> => {
  const columns = Object.fromEntries(flowColumns.map((c) => [c.status, [] as AppointmentDto[]])) as Record<
    FlowStatus,
    AppointmentDto[]
  >;
  for (const appointment of [...appointments].sort((a, b) => a.startsAt.localeCompare(b.startsAt))) {
    if (providerId !== null && appointment.providerId !== providerId) continue;
    if (isOnBoard(appointment.status)) columns[appointment.status].push(appointment);
  }
  return columns;
};
