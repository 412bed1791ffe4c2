import { api } from '../../../platform';
import { useResource } from '../../../ui';

/** The nightly time and how many daily, weekly, monthly and yearly backups to keep. */
export function useBackupSettings() {
  return useResource(() => api.backup.getSettings({}));
}
