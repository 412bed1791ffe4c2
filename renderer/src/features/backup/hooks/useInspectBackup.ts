import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';

/** Read a backup's manifest and check its bytes, before anything is unlocked. */
export function useInspectBackup() {
  return usePendingAction((path: string) => api.restore.inspect({ path }));
}
