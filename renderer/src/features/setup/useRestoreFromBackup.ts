import type { InputOf } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';

/** A new or broken workstation brought back from a backup file and the practice recovery key. */
export function useRestoreFromBackup() {
  return usePendingAction((input: InputOf<'setup.restore'>) => api.setup.restore(input));
}
