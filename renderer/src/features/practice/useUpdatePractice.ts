import type { InputOf } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';
import { updateSessionPractice } from '../auth';

export function useUpdatePractice() {
  return usePendingAction(async (input: InputOf<'practice.update'>) => {
    const result = await api.practice.update(input);
    // The top bar shows the practice name and the idle lock uses the minutes: both come from the session.
    if (result.ok) {
      updateSessionPractice({ practiceName: result.value.name, idleLockMinutes: result.value.idleLockMinutes });
    }
    return result;
  });
}
