import type { z } from 'zod';
import type { Permission } from './roles';

/**
 * Who may call a procedure:
 * - 'public': no session (setup, login, recovery);
 * - 'locked': a session that may be locked (unlock, read one's own session state);
 * - 'session': any signed-in, unlocked user;
 * - a Permission: an unlocked user whose role has it (roles.ts).
 */
export type Access = 'public' | 'locked' | 'session' | Permission;

export interface Procedure<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  access: Access;
}

export const procedure = <I extends z.ZodType, O extends z.ZodType>(access: Access, input: I, output: O) => ({
  input,
  output,
  access,
});
