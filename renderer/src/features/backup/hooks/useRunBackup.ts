import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';
import { backupsChanged } from '../backup-store';

/** "Back up now": answers when the run has finished, with its result at each destination. */
export function useRunBackup() {
  return usePendingAction(async () => {
    const result = await api.backup.runNow({});
    void backupsChanged();
    return result;
  });
}
