import { api } from '../../platform';
import { useResource } from '../../ui';
import { guardSession } from '../auth';

/** Every staff account, active or not (office managers only). */
export function useUsers() {
  return useResource(() => guardSession(api.users.list({})));
}
