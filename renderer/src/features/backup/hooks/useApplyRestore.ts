import type { InputOf } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';

/** Replace this workstation's charts with a backup. The server keeps the old store aside and signs everyone out. */
export function useApplyRestore() {
  return usePendingAction((input: InputOf<'restore.apply'>) => api.restore.apply(input));
}
