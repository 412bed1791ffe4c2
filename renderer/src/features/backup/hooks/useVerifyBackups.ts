import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';
import { backupsChanged } from '../backup-store';

/** "Verify now": opens every kept copy and checks it against its manifest; damaged ones are flagged. */
export function useVerifyBackups() {
  return usePendingAction(async () => {
    const result = await api.backup.verifyNow({});
    void backupsChanged();
    return result;
  });
}
