import { api } from '../../../platform';
import { useResource } from '../../../ui';

/** Every backup destination, in use or retired. */
export function useDestinations() {
  return useResource(() => api.backup.listDestinations({}));
}
