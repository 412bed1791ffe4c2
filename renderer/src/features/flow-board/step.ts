import type { InputOf } from '../../../../electron/contract';

/** What a step dialog asks for: the new status and its details; resolves to the server's message when refused. */
export type StepSubmit = (
  step: Omit<InputOf<'appointments.setStatus'>, 'appointmentId' | 'expectedVersion'>,
) => Promise<string | null>;
