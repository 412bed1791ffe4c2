import type { InputOf } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';

/** Change a staff member's name or role. */
export function useUpdateUser() {
  return usePendingAction((input: InputOf<'users.update'>) => api.users.update(input));
}
