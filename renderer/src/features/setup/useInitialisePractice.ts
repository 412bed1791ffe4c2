import type { InputOf } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';

/** Creates the encrypted store, the practice and its first office manager; answers with the recovery key. */
export function useInitialisePractice() {
  return usePendingAction((input: InputOf<'setup.initialise'>) => api.setup.initialise(input));
}
