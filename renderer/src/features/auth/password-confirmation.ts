import { z } from 'zod';
import { newPassword } from '../../../../electron/contract';

/**
 * A new password typed twice, so a typo does not lock someone out of an account they just set up.
 * The rules for the password itself are the contract's; the server checks them again (and the
 * breached-password list, which only it has).
 */
export const newPasswordPairSchema = z
  .object({ newPassword, confirmPassword: z.string() })
  .refine((values) => values.newPassword === values.confirmPassword, {
    path: ['confirmPassword'],
    error: 'The two passwords are different. Type the same password in both boxes.',
  });

export const newPasswordPairDefaults = { newPassword: '', confirmPassword: '' };
