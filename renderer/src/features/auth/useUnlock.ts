import type { ErrorCode } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';
import { setSession } from './session-store';

/** The session is gone rather than locked: unlocking cannot work, signing in again can. */
const sessionGoneCodes: readonly ErrorCode[] = ['SESSION_EXPIRED', 'UNAUTHENTICATED'];

export function useUnlock() {
  return usePendingAction(async (password: string) => {
    const result = await api.auth.unlock({ password });
    if (result.ok) setSession(result.value);
    else if (sessionGoneCodes.includes(result.error.code)) setSession(null, result.error.message);
    return result;
  });
}
