import type { InputOf } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';
import { backupsChanged } from '../backup-store';

/** Save the schedule and retention; the next scheduled time shown on the page follows. */
export function useUpdateBackupSettings() {
  return usePendingAction(async (input: InputOf<'backup.updateSettings'>) => {
    const result = await api.backup.updateSettings(input);
    if (result.ok) void backupsChanged();
    return result;
  });
}
