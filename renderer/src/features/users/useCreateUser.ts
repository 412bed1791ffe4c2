import type { InputOf } from '../../../../electron/contract';
import { api } from '../../platform';
import { usePendingAction } from '../../ui';

export function useCreateUser() {
  return usePendingAction((input: InputOf<'users.create'>) => api.users.create(input));
}
