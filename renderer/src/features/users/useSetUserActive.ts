import { api } from '../../platform';
import { usePendingAction } from '../../ui';
import { guardSession } from '../auth';

/** Deactivate (no more sign-ins, history kept) or reactivate an account. */
export function useSetUserActive() {
  return usePendingAction((userId: number, active: boolean) => guardSession(api.users.setActive({ userId, active })));
}
