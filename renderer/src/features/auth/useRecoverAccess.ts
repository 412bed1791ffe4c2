import type { InputOf } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';

/** An office manager who forgot their password sets a new one with the practice recovery key. */
export function useRecoverAccess() {
  return usePendingAction((input: InputOf<'auth.recover'>) => api.auth.recover(input));
}
