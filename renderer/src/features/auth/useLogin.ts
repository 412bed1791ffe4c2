import type { InputOf } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';
import { setSession } from './session-store';

export function useLogin() {
  return usePendingAction(async (input: InputOf<'auth.login'>) => {
    const result = await api.auth.login(input);
    if (result.ok) setSession(result.value);
    return result;
  });
}
