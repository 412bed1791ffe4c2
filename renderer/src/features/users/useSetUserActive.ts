import { api } from '../../platform';
import { usePendingAction } from '../../ui';

/** Deactivate (no more sign-ins, history kept) or reactivate an account. */
export function useSetUserActive() {
  return usePendingAction((userId: number, active: boolean) => api.users.setActive({ userId, active }));
}
