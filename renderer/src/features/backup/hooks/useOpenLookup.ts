import type { InputOf } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';

/** Open a backup read-only beside the live charts, to look something up in it. */
export function useOpenLookup() {
  return usePendingAction((input: InputOf<'restore.openLookup'>) => api.restore.openLookup(input));
}
