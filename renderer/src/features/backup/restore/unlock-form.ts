import { z } from 'zod';
import type { ApiError, InputOf } from '../../../../../electron/contract';

export type UnlockMethod = 'recovery-key' | 'staff-account';

/** How the wizard holds the unlock choice: the method, and the boxes of both methods. */
export const unlockFormSchema = z.discriminatedUnion('method', [
  z.object({
    method: z.literal('recovery-key'),
    recoveryKey: z.string().trim().min(1, { error: 'Type the recovery key from the printed sheet.' }).max(200),
    username: z.string(),
    password: z.string(),
  }),
  z.object({
    method: z.literal('staff-account'),
    recoveryKey: z.string(),
    username: z
      .string()
      .trim()
      .min(1, { error: 'Type the username of an account that existed when the backup was made.' })
      .max(64),
    password: z.string().min(1, { error: 'Type that account’s password as it was then.' }).max(256),
  }),
]);
export type UnlockFormValues = z.input<typeof unlockFormSchema>;
export const unlockFields = ['recoveryKey', 'username', 'password'] as const;

export const emptyUnlock: UnlockFormValues = { method: 'recovery-key', recoveryKey: '', username: '', password: '' };

/** The contract's unlock: only the credential of the chosen method leaves the form. */
export const toUnlock = (values: UnlockFormValues): InputOf<'restore.apply'>['unlock'] =>
  values.method === 'recovery-key'
    ? { recoveryKey: values.recoveryKey.trim() }
    : { username: values.username.trim(), password: values.password };

const unlockCodes: readonly ApiError['code'][] = [
  'WRONG_RECOVERY_KEY',
  'RECOVERY_KEY_TYPO',
  'INVALID_CREDENTIALS',
  'LOCKED_OUT',
];

/** A refusal about the key or the account, which belongs beside the unlock fields rather than on the last step. */
export const isUnlockError = (error: ApiError): boolean =>
  unlockCodes.includes(error.code) ||
  (error.field !== undefined && (unlockFields as readonly string[]).includes(error.field));

/** The field an unlock refusal belongs beside, for the method in use. */
export const unlockErrorField = (error: ApiError, method: UnlockMethod): (typeof unlockFields)[number] => {
  if (error.field === 'recoveryKey' || error.field === 'username' || error.field === 'password') return error.field;
  return method === 'recovery-key' ? 'recoveryKey' : 'password';
};
