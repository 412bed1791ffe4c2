import { api } from '../../platform';
import { useResource } from '../../ui';

/** Every staff account, active or not (office managers only). */
export function useUsers() {
  return useResource(() => api.users.list({}));
}
