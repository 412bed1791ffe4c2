import type { InputOf } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';
import { setSession } from './session-store';

export function useChangePassword() {
  return usePendingAction(async (input: InputOf<'auth.changePassword'>) => {
    const result = await api.auth.changePassword(input);
    if (result.ok) {
      // The session no longer demands a password change; read it back rather than guess.
      const session = await api.auth.session({});
      if (session.ok && session.value) setSession(session.value);
    }
    return result;
  });
}
