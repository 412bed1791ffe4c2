import type { InputOf } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';

/** Give a staff member a temporary password; they must replace it when they next sign in. */
export function useResetPassword() {
  return usePendingAction((input: InputOf<'users.resetPassword'>) => api.users.resetPassword(input));
}
