import { api } from '../../../platform';
import { useResource } from '../../../ui';

export const historyLimit = 30;

/** The latest runs, newest first, each with its copy at every destination. */
export function useBackupHistory() {
  return useResource(() => api.backup.history({ limit: historyLimit }));
}
