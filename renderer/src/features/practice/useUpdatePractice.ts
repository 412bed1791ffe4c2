import type { InputOf } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';
import { updateSessionPractice } from '../auth';

export function useUpdatePractice() {
  return usePendingAction(async (input: InputOf<'practice.update'>) => {
    const result = await api.practice.update(input);
    // The top bar shows the practice name, the idle lock uses the minutes and the chart the temperature
    // unit: all come from the session.
    if (result.ok) {
      updateSessionPractice({
        practiceName: result.value.name,
        idleLockMinutes: result.value.idleLockMinutes,
        temperatureUnit: result.value.temperatureUnit,
      });
    }
    return result;
  });
}
