import type { InputOf } from '../../../../../electron/contract';
import { api } from '../../../platform';
import { usePendingAction } from '../../../ui';
import { backupsChanged } from '../backup-store';

/** Add a folder to back up to; the server checks it is there, writable and outside the data folder. */
export function useAddDestination() {
  return usePendingAction(async (input: InputOf<'backup.addDestination'>) => {
    const result = await api.backup.addDestination(input);
    if (result.ok) void backupsChanged();
    return result;
  });
}
