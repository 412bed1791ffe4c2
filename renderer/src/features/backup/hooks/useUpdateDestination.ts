import type { InputOf } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';
import { backupsChanged } from '../backup-store';

/** Rename a destination, mark it off-site or not, retire it (active: false) or use it again. */
export function useUpdateDestination() {
  return usePendingAction(async (input: InputOf<'backup.updateDestination'>) => {
    const result = await api.backup.updateDestination(input);
    if (result.ok) void backupsChanged();
    return result;
  });
}
